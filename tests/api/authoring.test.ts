import { join } from "node:path";
import { zipFolder } from "@berdaya/core/module-package";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZipFile } from "yazl";
import { call, json, login, startTestServer, type TestServer } from "../support/local";

let server: TestServer;
let trainer: string;
let otherTrainer: string;
let learner: string;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  [trainer, otherTrainer, learner, admin] = await Promise.all([
    login(server, "pelatih1@berdaya.test"),
    login(server, "pelatih2@berdaya.test"),
    login(server, "081200000001"),
    login(server, "admin@berdaya.test"),
  ]);
});
afterAll(() => server?.stop());

const pdfBytes = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const htmlBytes = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");

/** Uploads through the real presigned PUT to s3rver, then asks the API to check it. */
async function upload(cookie: string, filename: string, contentType: string, bytes: Buffer) {
  const created = await call(server, "POST", "/api/uploads", {
    cookie,
    body: { filename, contentType, size: bytes.length },
  });
  expect(created.status).toBe(201);
  const { uploadId, url } = await json(created);
  const put = await fetch(url, {
    method: "PUT",
    body: new Uint8Array(bytes),
    headers: { "content-type": contentType },
  });
  expect(put.ok).toBe(true);
  return {
    uploadId: uploadId as string,
    /** The object's address in s3rver, which (unlike S3) serves it without a signature. */
    objectUrl: (url as string).split("?")[0] as string,
    complete: () => call(server, "POST", `/api/uploads/${uploadId}/complete`, { cookie }),
  };
}

const quiz = {
  kind: "quiz",
  passMark: 70,
  attemptLimit: 3,
  questions: [
    {
      id: "q1",
      kind: "single",
      prompt: "Apa arti S dalam SCAMPER?",
      options: ["Substitute", "Sell"],
      correct: 0,
      points: 1,
    },
    { id: "q2", kind: "truefalse", prompt: "Pelanggan selalu benar?", correct: false, points: 1 },
    {
      id: "q3",
      kind: "short",
      prompt: "Ibu kota Provinsi Bengkulu?",
      accepted: ["bengkulu", "kota bengkulu"],
      points: 2,
    },
  ],
};

async function newCourse(cookie = trainer, title = "Mengemas Produk Lokal") {
  const res = await call(server, "POST", "/api/courses", {
    cookie,
    body: { title, summary: "Kemasan yang menjual.", category: "pemasaran", level: "pemula" },
  });
  expect(res.status).toBe(201);
  return json(res);
}

async function addModule(courseId: string, title = "Dasar Kemasan", cookie = trainer) {
  const res = await call(server, "POST", `/api/courses/${courseId}/modules`, { cookie, body: { title } });
  expect(res.status).toBe(201);
  return json(res);
}

async function addLesson(courseId: string, moduleId: string, body: unknown, cookie = trainer) {
  return call(server, "POST", `/api/courses/${courseId}/modules/${moduleId}/lessons`, { cookie, body });
}

describe("trainers build courses", () => {
  it("builds a draft with modules and every lesson kind, reorders them, and keeps it out of the catalog", async () => {
    const course = await newCourse();
    expect(course.state).toMatchObject({ status: "draft", draft: "editing" });
    const m1 = await addModule(course.id, "Modul Satu");
    const m2 = await addModule(course.id, "Modul Dua");

    const text = await addLesson(course.id, m1.id, {
      title: "Pengantar",
      content: { kind: "text", body: "# Halo\n\nKemasan." },
    });
    expect(text.status).toBe(201);
    const pdf = await upload(trainer, "materi.pdf", "application/pdf", pdfBytes);
    expect((await pdf.complete()).status).toBe(200);
    const doc = await addLesson(course.id, m1.id, {
      title: "Slide",
      content: { kind: "document", uploadId: pdf.uploadId },
    });
    expect(doc.status).toBe(201);
    const video = await addLesson(course.id, m2.id, {
      title: "Video",
      content: { kind: "video", source: { type: "youtube", videoId: "abcdefghijk" } },
    });
    expect(video.status).toBe(201);
    const quizLesson = await addLesson(course.id, m2.id, { title: "Kuis", content: quiz });
    expect(quizLesson.status).toBe(201);
    const worksheet = await addLesson(course.id, m2.id, {
      title: "Lembar SCAMPER",
      content: {
        kind: "worksheet",
        prompt: "Isi tiap huruf.",
        fields: [{ name: "substitute", label: "Ganti" }],
      },
    });
    expect(worksheet.status).toBe(201);

    // The trainer's editor sees the answer key; the public never sees a draft.
    const lesson = await json(
      await call(
        server,
        "GET",
        `/api/trainer/courses/${course.id}/lessons/${(await json(quizLesson)).lessonId}`,
        { cookie: trainer },
      ),
    );
    expect(lesson.content.questions[2].accepted).toEqual(["bengkulu", "kota bengkulu"]);
    expect((await server.request(`/api/courses/${course.id}`)).status).toBe(404);
    const catalog = await json(await server.request("/api/courses?limit=100"));
    expect(catalog.items.map((c: { id: string }) => c.id)).not.toContain(course.id);

    // Move module two first, and the worksheet to the front of it.
    await call(server, "PATCH", `/api/courses/${course.id}/modules/${m2.id}`, {
      cookie: trainer,
      body: { position: 0 },
    });
    const moved = await call(
      server,
      "PATCH",
      `/api/courses/${course.id}/modules/${m2.id}/lessons/${(await json(worksheet)).lessonId}`,
      {
        cookie: trainer,
        body: { position: 0 },
      },
    );
    expect(moved.status).toBe(200);
    const tree = await json(
      await call(server, "GET", `/api/trainer/courses/${course.id}`, { cookie: trainer }),
    );
    expect(tree.modules.map((m: { title: string }) => m.title)).toEqual(["Modul Dua", "Modul Satu"]);
    expect(tree.modules[0].lessons.map((l: { title: string }) => l.title)).toEqual([
      "Lembar SCAMPER",
      "Video",
      "Kuis",
    ]);
    expect(tree.lessonCount).toBe(5);

    const mine = await json(await call(server, "GET", "/api/trainer/courses", { cookie: trainer }));
    expect(mine.items.find((c: { id: string }) => c.id === course.id)?.state.draft).toBe("editing");
  });

  it("refuses another trainer (403) and learners (403) on a trainer's course", async () => {
    const course = await newCourse();
    const module = await addModule(course.id);
    for (const cookie of [otherTrainer, learner]) {
      expect(
        (await call(server, "PATCH", `/api/courses/${course.id}`, { cookie, body: { title: "Punyaku" } }))
          .status,
      ).toBe(403);
      expect(
        (await call(server, "POST", `/api/courses/${course.id}/modules`, { cookie, body: { title: "X" } }))
          .status,
      ).toBe(403);
      expect(
        (await addLesson(course.id, module.id, { title: "X", content: { kind: "text", body: "x" } }, cookie))
          .status,
      ).toBe(403);
      expect((await call(server, "DELETE", `/api/courses/${course.id}`, { cookie })).status).toBe(403);
      expect((await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie })).status).toBe(403);
    }
    expect(
      (await call(server, "GET", `/api/trainer/courses/${course.id}`, { cookie: otherTrainer })).status,
    ).toBe(403);
    expect(
      (
        await call(server, "POST", "/api/courses", {
          cookie: learner,
          body: { title: "X", category: "inovasi", level: "pemula" },
        })
      ).status,
    ).toBe(403);
  });
});

describe("bad input", () => {
  it("refuses a lesson pointing at a missing, unchecked or someone else's upload with 400", async () => {
    const course = await newCourse();
    const module = await addModule(course.id);
    const missing = await addLesson(course.id, module.id, {
      title: "Slide",
      content: { kind: "document", uploadId: "tidak-ada-unggahan" },
    });
    expect(missing.status).toBe(400);
    expect((await json(missing)).error.code).toBe("upload_not_ready");
    const unchecked = await upload(trainer, "a.pdf", "application/pdf", pdfBytes);
    expect(
      (
        await addLesson(course.id, module.id, {
          title: "Slide",
          content: { kind: "document", uploadId: unchecked.uploadId },
        })
      ).status,
    ).toBe(400);
    const others = await upload(otherTrainer, "b.pdf", "application/pdf", pdfBytes);
    await others.complete();
    expect(
      (
        await addLesson(course.id, module.id, {
          title: "Slide",
          content: { kind: "document", uploadId: others.uploadId },
        })
      ).status,
    ).toBe(400);
    const tree = await json(
      await call(server, "GET", `/api/trainer/courses/${course.id}`, { cookie: trainer }),
    );
    expect(tree.lessonCount).toBe(0);
  });

  it.each([
    [
      "a single-choice question whose answer is not an option",
      { ...quiz.questions[0], correct: 5 },
      "correct",
    ],
    [
      "a multiple-choice question with no correct answer",
      { id: "m", kind: "multiple", prompt: "Pilih", options: ["a", "b"], correct: [], points: 1 },
      "correct",
    ],
    [
      "a short-answer question with no accepted answer",
      { id: "s", kind: "short", prompt: "Tulis", accepted: [], points: 1 },
      "accepted",
    ],
  ])("refuses a quiz with %s with 400 naming the field", async (_, question, field) => {
    const course = await newCourse();
    const module = await addLesson(course.id, (await addModule(course.id)).id, {
      title: "Kuis",
      content: { ...quiz, questions: [question] },
    });
    expect(module.status).toBe(400);
    const { error } = await json(module);
    expect(error.details.map((d: { field: string }) => d.field)).toContain(`content.questions.0.${field}`);
  });

  it("refuses a 10,000-character title with 400 and creates nothing", async () => {
    const before = (await json(await call(server, "GET", "/api/trainer/courses", { cookie: trainer }))).items
      .length;
    const res = await call(server, "POST", "/api/courses", {
      cookie: trainer,
      body: { title: "x".repeat(10_000), category: "inovasi", level: "pemula" },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.details[0]).toMatchObject({ field: "title", code: "max_length" });
    expect(
      (await json(await call(server, "GET", "/api/trainer/courses", { cookie: trainer }))).items.length,
    ).toBe(before);
  });

  it("refuses a .pdf that is really HTML with 400 and deletes the stored object", async () => {
    const fake = await upload(trainer, "materi.pdf", "application/pdf", htmlBytes);
    const res = await fake.complete();
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.code).toBe("upload_content_mismatch");
    expect(error.message).toBe(
      "Berkas ini bukan PDF: isinya jenis berkas lain. Pilih berkas yang benar lalu unggah lagi.",
    );
    // The object is gone from S3, and the upload cannot be used.
    const file = await server.request(`/api/files/${fake.uploadId}`);
    expect(file.status).toBe(404);
    expect((await fetch(fake.objectUrl)).status).toBe(404);
  });

  it("refuses uploads over the kind's size limit with 413, and unknown types with 400", async () => {
    const big = await call(server, "POST", "/api/uploads", {
      cookie: trainer,
      body: { filename: "foto.png", contentType: "image/png", size: 5 * 1024 * 1024 + 1 },
    });
    expect(big.status).toBe(413);
    const pdf = await call(server, "POST", "/api/uploads", {
      cookie: trainer,
      body: { filename: "a.pdf", contentType: "application/pdf", size: 25 * 1024 * 1024 + 1 },
    });
    expect(pdf.status).toBe(413);
    const exe = await call(server, "POST", "/api/uploads", {
      cookie: trainer,
      body: { filename: "a.exe", contentType: "application/x-msdownload", size: 10 },
    });
    expect(exe.status).toBe(400);
    const learnerVideo = await call(server, "POST", "/api/uploads", {
      cookie: learner,
      body: { filename: "v.mp4", contentType: "video/mp4", size: 10 },
    });
    expect(learnerVideo.status).toBe(403);
  });

  it("serves a checked upload through a short-lived presigned GET", async () => {
    const pdf = await upload(trainer, "materi.pdf", "application/pdf", pdfBytes);
    await pdf.complete();
    const res = await server.request(`/api/files/${pdf.uploadId}`);
    expect(res.status).toBe(302);
    const file = await fetch(res.headers.get("location") as string);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdfBytes)).toBe(true);
  });
});

describe("review workflow", () => {
  it("goes draft → in review → back with the admin's reason → in review → published in the catalog", async () => {
    const course = await newCourse(trainer, "Foto Produk dengan Ponsel");
    const module = await addModule(course.id);
    expect((await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie: trainer })).status).toBe(
      400,
    );
    await addLesson(course.id, module.id, {
      title: "Cahaya",
      content: { kind: "text", body: "Gunakan cahaya jendela." },
    });

    const submitted = await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie: trainer });
    expect((await json(submitted)).state.draft).toBe("in_review");
    expect(
      (await call(server, "PATCH", `/api/courses/${course.id}`, { cookie: trainer, body: { title: "Ubah" } }))
        .status,
    ).toBe(409);
    const queue = await json(await call(server, "GET", "/api/admin/courses", { cookie: admin }));
    expect(queue.items.map((c: { courseId: string }) => c.courseId)).toContain(course.id);

    const rejected = await call(server, "POST", `/api/admin/courses/${course.id}/reject`, {
      cookie: admin,
      body: { reason: "Tambahkan kuis di akhir." },
    });
    expect(rejected.status).toBe(200);
    const back = await json(
      await call(server, "GET", `/api/trainer/courses/${course.id}`, { cookie: trainer }),
    );
    expect(back.state).toMatchObject({ draft: "editing", reviewReason: "Tambahkan kuis di akhir." });
    await addLesson(course.id, module.id, { title: "Kuis", content: quiz });
    await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie: trainer });

    expect(
      (await call(server, "POST", `/api/admin/courses/${course.id}/approve`, { cookie: trainer })).status,
    ).toBe(403);
    const approved = await call(server, "POST", `/api/admin/courses/${course.id}/approve`, { cookie: admin });
    expect(approved.status).toBe(200);
    const catalog = await json(await server.request("/api/courses?q=foto%20ponsel"));
    expect(catalog.items.map((c: { id: string }) => c.id)).toEqual([course.id]);
    const live = await json(await server.request(`/api/courses/${course.id}`));
    expect(live.lessonCount).toBe(2);
    expect(JSON.stringify(live)).not.toMatch(/accepted|"correct"/);
    expect(
      (await call(server, "POST", `/api/admin/courses/${course.id}/approve`, { cookie: admin })).status,
    ).toBe(409);
    expect((await call(server, "DELETE", `/api/courses/${course.id}`, { cookie: trainer })).status).toBe(409);
  });

  it("edits a published course as a new draft version; learners see the old version until it is approved", async () => {
    const course = await newCourse(trainer, "Harga Pokok Produksi");
    const module = await addModule(course.id);
    const lesson = await json(
      await addLesson(course.id, module.id, {
        title: "Menghitung HPP",
        content: { kind: "text", body: "Versi satu." },
      }),
    );
    await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie: trainer });
    await call(server, "POST", `/api/admin/courses/${course.id}/approve`, { cookie: admin });

    const edited = await call(server, "PATCH", `/api/courses/${course.id}`, {
      cookie: trainer,
      body: { title: "Harga Pokok Produksi (Edisi 2)" },
    });
    expect(edited.status).toBe(200);
    expect((await json(edited)).state).toMatchObject({
      status: "published",
      draft: "editing",
      liveVersion: 1,
      draftVersion: 2,
    });
    await call(server, "PATCH", `/api/courses/${course.id}/modules/${module.id}/lessons/${lesson.lessonId}`, {
      cookie: trainer,
      body: { content: { kind: "text", body: "Versi dua." } },
    });
    expect((await json(await server.request(`/api/courses/${course.id}`))).title).toBe(
      "Harga Pokok Produksi",
    );

    await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie: trainer });
    await call(server, "POST", `/api/admin/courses/${course.id}/approve`, { cookie: admin });
    const live = await json(await server.request(`/api/courses/${course.id}`));
    expect(live.title).toBe("Harga Pokok Produksi (Edisi 2)");
    expect(live.modules[0].lessons[0].id).toBe(lesson.lessonId);
    const body = await json(
      await call(server, "GET", `/api/trainer/courses/${course.id}/lessons/${lesson.lessonId}`, {
        cookie: trainer,
      }),
    );
    expect(body.content.body).toBe("Versi dua.");
  });

  it("deletes a never-published draft", async () => {
    const course = await newCourse();
    await addModule(course.id);
    expect((await call(server, "DELETE", `/api/courses/${course.id}`, { cookie: trainer })).status).toBe(204);
    expect((await call(server, "GET", `/api/trainer/courses/${course.id}`, { cookie: trainer })).status).toBe(
      404,
    );
  });
});

describe("module packages", () => {
  const samplePackage = () =>
    zipFolder(join(import.meta.dirname, "../../docs/samples/modul-mengenal-pelanggan"));

  it("imports the sample package as a new module with its lessons, images and PDF", async () => {
    const course = await newCourse();
    const zip = await upload(trainer, "modul.zip", "application/zip", await samplePackage());
    expect((await zip.complete()).status).toBe(200);
    const res = await call(server, "POST", `/api/courses/${course.id}/import`, {
      cookie: trainer,
      body: { uploadId: zip.uploadId },
    });
    expect(res.status).toBe(200);
    const tree = await json(res);
    expect(tree.modules).toHaveLength(1);
    const lessons = tree.modules[0].lessons;
    expect(lessons.map((l: { kind: string }) => l.kind)).toEqual(
      expect.arrayContaining(["text", "document", "quiz", "worksheet"]),
    );

    const bodies = await Promise.all(
      lessons.map(async (l: { id: string }) =>
        json(
          await call(server, "GET", `/api/trainer/courses/${course.id}/lessons/${l.id}`, { cookie: trainer }),
        ),
      ),
    );
    const text = bodies.find((b) => b.kind === "text" && b.content.body.includes("/api/files/"));
    expect(text?.content.body).not.toMatch(/asset:/);
    const imageUrl = /\/api\/files\/[a-z0-9]+/.exec(text?.content.body ?? "")?.[0] as string;
    const image = await fetch((await server.request(imageUrl)).headers.get("location") as string);
    expect(image.headers.get("content-type")).toBe("image/png");
    const document = bodies.find((b) => b.kind === "document");
    const pdf = await fetch(
      (await server.request(`/api/files/${document.content.uploadId}`)).headers.get("location") as string,
    );
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("refuses a package with problems, listing each with its file and line, and creates nothing", async () => {
    const course = await newCourse();
    const bad = new ZipFile();
    bad.addBuffer(
      Buffer.from("title: Modul Rusak\nlessons:\n  - title: Satu\n    kind: text\n    file: hilang.md\n"),
      "module.yaml",
    );
    // yazl refuses unsafe names: write a placeholder of the same length and swap the bytes after.
    bad.addBuffer(Buffer.from("jahat"), "xxxxxxxxxxxxxxxx");
    bad.addBuffer(Buffer.from("MZ\x90\x00"), "virus.exe");
    bad.end();
    const chunks: Buffer[] = [];
    for await (const chunk of bad.outputStream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    for (let i = bytes.indexOf("xxxxxxxxxxxxxxxx"); i !== -1; i = bytes.indexOf("xxxxxxxxxxxxxxxx", i + 1)) {
      bytes.write("../../etc/passwd", i);
    }
    const zip = await upload(trainer, "rusak.zip", "application/zip", bytes);
    await zip.complete();
    const res = await call(server, "POST", `/api/courses/${course.id}/import`, {
      cookie: trainer,
      body: { uploadId: zip.uploadId },
    });
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.code).toBe("package_invalid");
    const found = error.details.map((d: { file: string; code: string; line?: number }) => [
      d.file,
      d.code,
      d.line,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["module.yaml", "missing_file", 5],
        [expect.stringContaining("passwd"), "unsafe_path", undefined],
        ["virus.exe", "unknown_file_type", undefined],
      ]),
    );
    expect(error.details.every((d: { message: string }) => d.message.length > 10)).toBe(true);
    const tree = await json(
      await call(server, "GET", `/api/trainer/courses/${course.id}`, { cookie: trainer }),
    );
    expect(tree.modules).toEqual([]);
  });
});
