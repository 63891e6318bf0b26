import { describe, expect, it } from "vitest";
import { ApiError } from "./api";
import { checkFile, createUploadMachine, type UploadTransport } from "./upload-machine";
import { TransferError, type UploadedFile, type UploadSlot, uploadKinds } from "./uploads";

const pdf = (size = 10) => new File([new Uint8Array(size)], "sheet.pdf", { type: "application/pdf" });

/** A transport that answers from a script: each call takes the next answer of its kind. */
function transport(script: { put?: ("ok" | "network")[]; complete?: (UploadedFile | ApiError)[] }) {
  const calls: string[] = [];
  let slots = 0;
  const t: UploadTransport = {
    async createUpload() {
      calls.push("slot");
      slots++;
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      return { uploadId: `u${slots}`, url: `https://storage/u${slots}`, expiresAt } as UploadSlot;
    },
    putFile(url, _file, _type, onProgress) {
      calls.push(`put ${url}`);
      const outcome = script.put?.shift() ?? "ok";
      onProgress(0.5);
      const done = outcome === "ok" ? Promise.resolve() : Promise.reject(new TransferError("network"));
      return { done, cancel: () => {} };
    },
    async completeUpload(uploadId) {
      calls.push(`complete ${uploadId}`);
      const answer = script.complete?.shift();
      if (answer instanceof ApiError) throw answer;
      return answer ?? ({ uploadId, filename: "sheet.pdf", size: 10 } as UploadedFile);
    },
  };
  return { t, calls };
}

const words = (found: { fault: string }) => new Error(found.fault);

describe("checkFile: the server's types and limits, before a byte is sent", () => {
  it("takes the first kind the file is, with its content type", () => {
    expect(checkFile(pdf(), ["image", "document"])).toEqual({
      kind: "document",
      contentType: "application/pdf",
    });
  });

  it("says why a file cannot go", () => {
    expect(checkFile(pdf(), ["image"])).toEqual({ fault: "wrongType" });
    expect(checkFile(pdf(0), ["document"])).toEqual({ fault: "empty" });
    const max = uploadKinds.document.maxBytes;
    const big = { name: "big.pdf", type: "application/pdf", size: max + 1 } as File;
    expect(checkFile(big, ["document"])).toEqual({ fault: "tooLarge", maxBytes: max });
  });
});

describe("createUploadMachine: one file's way to storage", () => {
  it("asks for a slot, sends, has it checked, and is done", async () => {
    const { t, calls } = transport({});
    const up = createUploadMachine(["document"], words, t);
    const done = await up.start(pdf());
    expect(done?.uploadId).toBe("u1");
    expect(up.phase()).toBe("done");
    expect(up.result()?.uploadId).toBe("u1");
    expect(up.progress()).toBe(0.5);
    expect(calls).toEqual(["slot", "put https://storage/u1", "complete u1"]);
  });

  it("refuses a wrong file at once, worded by the caller, with no retry", async () => {
    const { t, calls } = transport({});
    const up = createUploadMachine(["image"], words, t);
    expect(await up.start(pdf())).toBeUndefined();
    expect(up.phase()).toBe("failed");
    expect((up.error() as Error).message).toBe("wrongType");
    expect(up.retryable()).toBe(false);
    expect(up.file()?.name).toBe("sheet.pdf");
    expect(calls).toEqual([]);
  });

  it("retries a broken connection with the same slot", async () => {
    const { t, calls } = transport({ put: ["network", "ok"] });
    const up = createUploadMachine(["document"], words, t);
    await up.start(pdf());
    expect(up.phase()).toBe("failed");
    expect(up.retryable()).toBe(true);
    expect(up.busy()).toBe(false);
    const done = await up.retry();
    expect(done?.uploadId).toBe("u1");
    expect(calls).toEqual(["slot", "put https://storage/u1", "put https://storage/u1", "complete u1"]);
  });

  it("sends again when the file never arrived, but not when the server refused its content", async () => {
    const missing = new ApiError(409, "upload_missing", "missing");
    const refused = new ApiError(422, "upload_content_mismatch", "wrong content");
    const { t, calls } = transport({ complete: [missing, refused] });
    const up = createUploadMachine(["document"], words, t);
    await up.start(pdf());
    expect(up.retryable()).toBe(true);
    await up.retry();
    expect(up.phase()).toBe("failed");
    expect(up.error()).toBe(refused);
    expect(up.retryable()).toBe(false);
    expect(calls).toEqual([
      "slot",
      "put https://storage/u1",
      "complete u1",
      "put https://storage/u1",
      "complete u1",
    ]);
  });

  it("goes back to nothing on reset", async () => {
    const { t } = transport({});
    const up = createUploadMachine(["document"], words, t);
    await up.start(pdf());
    up.reset();
    expect(up.phase()).toBe("idle");
    expect(up.file()).toBeUndefined();
    expect(up.result()).toBeUndefined();
    expect(up.progress()).toBe(0);
  });
});
