import { afterAll, beforeAll, describe, expect, it } from "vitest";
import yazl from "yazl";
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

async function storedZip(files: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [path, text] of Object.entries(files))
    zip.addBuffer(Buffer.from(text), path, { compress: false });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe("bounded parsing of module packages (ADR 0012)", () => {
  it("refuses nested YAML per file with a clear problem while the server keeps answering", async () => {
    const quizzes = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`kuis-${i + 1}.yaml`, "[".repeat(150_000) + "]".repeat(150_000)]),
    );
    const deep = `a: ${"[".repeat(40_000)}${"]".repeat(40_000)}`;
    const lessons = Array.from(
      { length: 7 },
      (_, i) => `  - title: Kuis ${i + 1}\n    kind: quiz\n    file: kuis-${i + 1}.yaml`,
    );
    const bytes = await storedZip({
      "module.yaml": `title: Modul Jahat\nlessons:\n${lessons.join("\n")}`,
      ...quizzes,
      "kuis-7.yaml": deep,
    });
    expect(bytes.length).toBeGreaterThan(1_800_000);
    const course = await json(
      await call(server, "POST", "/api/courses", {
        cookie: trainer,
        body: { title: "Kursus Paket Jahat", summary: "Uji.", category: "inovasi", level: "pemula" },
      }),
    );
    const created = await json(
      await call(server, "POST", "/api/uploads", {
        cookie: trainer,
        body: { filename: "jahat.zip", contentType: "application/zip", size: bytes.length },
      }),
    );
    await put(created.url, bytes, "application/zip");
    expect(
      (await call(server, "POST", `/api/uploads/${created.uploadId}/complete`, { cookie: trainer })).status,
    ).toBe(200);

    for (const lang of ["id", "en"] as const) {
      let imported = false;
      const importing = call(server, "POST", `/api/courses/${course.id}/import`, {
        cookie: trainer,
        body: { uploadId: created.uploadId },
        headers: { "accept-language": lang },
      }).finally(() => {
        imported = true;
      });
      // Another member's request is answered while the package is being read (before it is done),
      // however busy the machine: no clock, only the order of the answers.
      expect((await call(server, "GET", "/api/courses")).status).toBe(200);
      expect(imported).toBe(false);
      const res = await importing;
      expect(res.status).toBe(400);
      const { error } = await json(res);
      expect(error.code).toBe("package_invalid");
      const byFile = Object.fromEntries(
        error.details.map((d: { file: string; code: string; message: string }) => [d.file, d]),
      );
      for (let i = 1; i <= 6; i++) expect(byFile[`kuis-${i}.yaml`].code).toBe("text_too_large");
      expect(byFile["kuis-7.yaml"].code).toBe("too_deep");
      expect(byFile["kuis-7.yaml"].message).toMatch(lang === "id" ? /terlalu dalam/ : /too deeply/);
    }
    // Still up, and nothing was imported.
    const tree = await json(
      await call(server, "GET", `/api/trainer/courses/${course.id}`, { cookie: trainer }),
    );
    expect(tree.modules).toEqual([]);
  });
});
