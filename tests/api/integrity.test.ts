import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, json, login, startTestServer, type TestServer } from "../support/local";

let server: TestServer;
let trainer: string;
let learner: string;

beforeAll(async () => {
  server = await startTestServer();
  [trainer, learner] = await Promise.all([
    login(server, "pelatih1@berdaya.test"),
    login(server, "081200000001"),
  ]);
});
afterAll(() => server?.stop());

const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );

async function put(url: string, bytes: Buffer, contentType: string) {
  const res = await fetch(url, {
    method: "PUT",
    body: new Uint8Array(bytes),
    headers: { "content-type": contentType },
  });
  expect(res.ok).toBe(true);
}

async function served(uploadId: string, cookie?: string): Promise<Buffer> {
  const res = await call(server, "GET", `/api/files/${uploadId}`, { cookie });
  expect(res.status).toBe(302);
  return Buffer.from(await (await fetch(res.headers.get("location") as string)).arrayBuffer());
}

describe("checked uploads are immutable (ADR 0012)", () => {
  it("a second PUT with the same presigned URL and length after complete changes nothing that is served", async () => {
    const checked = pdf("the checked worksheet answer");
    const swapped = Buffer.from(`<html><script>alert(1)</script>${" ".repeat(checked.length)}`).subarray(
      0,
      checked.length,
    );
    expect(swapped.length).toBe(checked.length);
    const created = await call(server, "POST", "/api/uploads", {
      cookie: learner,
      body: { filename: "jawaban.pdf", contentType: "application/pdf", size: checked.length },
    });
    const { uploadId, url } = await json(created);
    await put(url, checked, "application/pdf");
    const done = await call(server, "POST", `/api/uploads/${uploadId}/complete`, { cookie: learner });
    expect(done.status).toBe(200);
    expect((await served(uploadId, learner)).equals(checked)).toBe(true);

    // s3rver does not check signatures, so this write lands: the server must not serve it.
    await put(url, swapped, "application/pdf");
    expect((await served(uploadId, learner)).equals(checked)).toBe(true);
    // Completing again does not re-check (and so cannot adopt) the new bytes either.
    const again = await call(server, "POST", `/api/uploads/${uploadId}/complete`, { cookie: learner });
    expect(again.status).toBe(200);
    expect((await served(uploadId, learner)).equals(checked)).toBe(true);
  });

  it("serves what was checked even when the PUT lands again between two completes of course material", async () => {
    const first = pdf("materi versi pertama");
    const created = await call(server, "POST", "/api/uploads", {
      cookie: trainer,
      body: { filename: "materi.pdf", contentType: "application/pdf", size: first.length },
    });
    const { uploadId, url } = await json(created);
    await put(url, first, "application/pdf");
    const [a, b] = await Promise.all([
      call(server, "POST", `/api/uploads/${uploadId}/complete`, { cookie: trainer }),
      call(server, "POST", `/api/uploads/${uploadId}/complete`, { cookie: trainer }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await put(url, pdf("materi diganti diam-diam").subarray(0, first.length), "application/pdf");
    expect((await served(uploadId)).equals(first)).toBe(true);
  });
});
