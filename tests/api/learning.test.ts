import { service } from "@berdaya/core/db";
import { demoCourses } from "@berdaya/core/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, json, login, startTestServer, type TestServer } from "../support/local";

let server: TestServer;
let trainer: string;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  trainer = await login(server, "pelatih1@berdaya.test");
  admin = await login(server, "admin@berdaya.test");
});
afterAll(() => server?.stop());

/** The learner's certificates for the course: issuance follows completion exactly once. */
async function certificatesOf(cookie: string) {
  const mine = await json(await call(server, "GET", "/api/me/certificates", { cookie }));
  return mine.items.filter((c: { course: { id: string } }) => c.course.id === courseId);
}

let seq = 0;
async function newLearner() {
  const phone = `08135500${String(++seq).padStart(4, "0")}`;
  const res = await call(server, "POST", "/api/auth/register", {
    body: { name: `Peserta ${seq}`, phone, password: "kopi-kepahiang-2026" },
    client: `192.0.2.${seq}`,
  });
  const user = (await json(res)).user;
  return { cookie: (res.headers.getSetCookie()[0] as string).split(";")[0] as string, id: user.id as string };
}

const courseId = "berpikir-kreatif";
const seed = demoCourses.find((c) => c.id === courseId);
if (!seed) throw new Error("seed course missing");
const lessonsOf = (kind: string) =>
  seed.modules
    .flatMap((m, mi) => m.lessons.map((l, li) => ({ ...l, id: `m${mi + 1}-l${li + 1}` })))
    .filter((l) => l.kind === kind);
const quizLesson = lessonsOf("quiz")[0] as ReturnType<typeof lessonsOf>[number] & { kind: "quiz" };
const worksheetLesson = lessonsOf("worksheet")[0] as ReturnType<typeof lessonsOf>[number] & {
  kind: "worksheet";
};
const readingLessons = lessonsOf("text");

/** The right answers to the seeded quiz, from the seed's own key. */
function rightAnswers() {
  return Object.fromEntries(
    quizLesson.questions.map((q, i) => [
      `q${i + 1}`,
      q.kind === "short" ? (q.accepted[0] as string).toUpperCase() : q.correct,
    ]),
  );
}
function wrongAnswers() {
  return Object.fromEntries(
    quizLesson.questions.map((q, i) => {
      const id = `q${i + 1}`;
      if (q.kind === "single") return [id, (q.correct + 1) % q.options.length];
      if (q.kind === "multiple") return [id, []];
      if (q.kind === "truefalse") return [id, !q.correct];
      return [id, "jawaban asal"];
    }),
  );
}

const lessonPath = (lessonId: string) => `/api/courses/${courseId}/lessons/${lessonId}`;

describe("catalog search", () => {
  it.each(["KREATIF", "kréatif pelaku", "berpikir"])(
    "finds the creative-thinking course by %s",
    async (q) => {
      const page = await json(await server.request(`/api/courses?q=${encodeURIComponent(q)}`));
      expect(page.items.map((c: { id: string }) => c.id)).toContain(courseId);
    },
  );
  it("finds nothing for words that are not there", async () => {
    expect((await json(await server.request("/api/courses?q=kapal%20selam"))).items).toEqual([]);
  });
});

describe("enrollment", () => {
  it("is idempotent: 201 the first time, 200 after", async () => {
    const learner = await newLearner();
    const first = await call(server, "POST", `/api/courses/${courseId}/enroll`, { cookie: learner.cookie });
    expect(first.status).toBe(201);
    const again = await call(server, "POST", `/api/courses/${courseId}/enroll`, { cookie: learner.cookie });
    expect(again.status).toBe(200);
    expect((await json(again)).progress).toBe(0);
  });

  it("makes exactly one enrollment from 20 parallel requests, counted once", async () => {
    const learner = await newLearner();
    const course = "inovasi-produk-scamper";
    const before = (await json(await server.request(`/api/courses/${course}`))).learnerCount;
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(server, "POST", `/api/courses/${course}/enroll`, { cookie: learner.cookie }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    expect((await json(await server.request(`/api/courses/${course}`))).learnerCount).toBe(before + 1);
    const mine = await json(await call(server, "GET", "/api/me/enrollments", { cookie: learner.cookie }));
    expect(mine.items.map((e: { courseId: string }) => e.courseId)).toEqual([course]);
  });

  it("refuses lessons of a course one is not enrolled in with 403", async () => {
    const learner = await newLearner();
    const lesson = readingLessons[0]?.id as string;
    expect(
      (await call(server, "POST", `${lessonPath(lesson)}/complete`, { cookie: learner.cookie })).status,
    ).toBe(403);
    expect((await call(server, "GET", lessonPath(lesson), { cookie: learner.cookie })).status).toBe(403);
    expect((await call(server, "GET", lessonPath(lesson))).status).toBe(401);
    // The course's trainer may read it.
    expect((await call(server, "GET", lessonPath(lesson), { cookie: trainer })).status).toBe(200);
  });
});

describe("lessons and progress", () => {
  it("a lesson's text arrives as sanitised HTML made when it was saved, and one saved before that still reads", async () => {
    const learner = await newLearner();
    await call(server, "POST", `/api/courses/${courseId}/enroll`, { cookie: learner.cookie });
    const reading = lessonsOf("text")[0] as ReturnType<typeof lessonsOf>[number] & { kind: "text" };
    const opened = await json(
      await call(server, "POST", `${lessonPath(reading.id)}/open`, { cookie: learner.cookie }),
    );
    expect(opened.content.body).toBe(reading.body);
    expect(opened.html).toMatch(/^<(p|h\d|ul|ol)>/);
    expect(opened.html).not.toMatch(/<script|\son\w+=/i);
    const paragraph = reading.body
      .split("\n\n")
      .find((block) => /^[A-Z]/.test(block) && !block.includes("*"));
    if (paragraph) expect(opened.html).toContain(paragraph.split("\n")[0]);
    // A lesson stored before HTML was kept beside its Markdown is rendered when read, the same way.
    const key = { courseId, version: 1, lessonId: reading.id };
    await service.entities.LessonContent.patch(key).remove(["html"]).go();
    const again = await json(
      await call(server, "POST", `${lessonPath(reading.id)}/open`, { cookie: learner.cookie }),
    );
    expect(again.html).toBe(opened.html);
  });

  it("loses no completed lesson from 20 parallel completions", async () => {
    const learner = await newLearner();
    await call(server, "POST", `/api/courses/${courseId}/enroll`, { cookie: learner.cookie });
    const ids = readingLessons.map((l) => l.id);
    const calls = Array.from({ length: 20 }, (_, i) => ids[i % ids.length] as string);
    const results = await Promise.all(
      calls.map((id) => call(server, "POST", `${lessonPath(id)}/complete`, { cookie: learner.cookie })),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const mine = await json(await call(server, "GET", "/api/me/enrollments", { cookie: learner.cookie }));
    const enrollment = mine.items.find((e: { courseId: string }) => e.courseId === courseId);
    expect([...enrollment.completedLessons].sort()).toEqual([...ids].sort());
    expect(enrollment.progress).toBe(Math.round((ids.length / (ids.length + 2)) * 100));
    expect(enrollment.status).toBe("active");
  });

  it("serves a quiz without its answer key, and grades attempts on the server", async () => {
    const learner = await newLearner();
    await call(server, "POST", `/api/courses/${courseId}/enroll`, { cookie: learner.cookie });
    // Reading a quiz changes nothing: no questions are drawn and the place to resume stays put.
    const unopened = await json(
      await call(server, "GET", lessonPath(quizLesson.id), { cookie: learner.cookie }),
    );
    expect(unopened.content.questions).toEqual([]);
    const before = await json(await call(server, "GET", "/api/me/enrollments", { cookie: learner.cookie }));
    expect(before.items[0].lastLessonId).toBeNull();
    // Opening it (a POST) draws the questions and remembers the place; reading it again shows the same draw.
    const body = await call(server, "POST", `${lessonPath(quizLesson.id)}/open`, { cookie: learner.cookie });
    const text = await body.text();
    expect(text).not.toMatch(/"correct"|"accepted"/);
    const quiz = JSON.parse(text).content;
    expect(quiz.questions).toHaveLength(quizLesson.questions.length);
    const reread = await json(
      await call(server, "GET", lessonPath(quizLesson.id), { cookie: learner.cookie }),
    );
    expect(reread.content.questions).toEqual(quiz.questions);
    const after = await json(await call(server, "GET", "/api/me/enrollments", { cookie: learner.cookie }));
    expect(after.items[0].lastLessonId).toBe(quizLesson.id);

    const wrong = await json(
      await call(server, "POST", `${lessonPath(quizLesson.id)}/attempts`, {
        cookie: learner.cookie,
        body: { answers: wrongAnswers() },
      }),
    );
    expect(wrong).toMatchObject({ attempt: 1, passed: false, percent: 0, attemptsLeft: 2 });
    expect(wrong.results.every((r: { correct: boolean }) => !r.correct)).toBe(true);
    const right = await json(
      await call(server, "POST", `${lessonPath(quizLesson.id)}/attempts`, {
        cookie: learner.cookie,
        body: { answers: rightAnswers() },
      }),
    );
    expect(right).toMatchObject({ attempt: 2, passed: true, percent: 100, bestPercent: 100 });
    const worse = await json(
      await call(server, "POST", `${lessonPath(quizLesson.id)}/attempts`, {
        cookie: learner.cookie,
        body: { answers: wrongAnswers() },
      }),
    );
    expect(worse).toMatchObject({ attempt: 3, passed: false, bestPercent: 100 });
    const blocked = await call(server, "POST", `${lessonPath(quizLesson.id)}/attempts`, {
      cookie: learner.cookie,
      body: { answers: rightAnswers() },
    });
    expect(blocked.status).toBe(409);
    expect((await json(blocked)).error.code).toBe("attempt_limit");
  });

  it("refuses answers of the wrong shape with 400", async () => {
    const learner = await newLearner();
    await call(server, "POST", `/api/courses/${courseId}/enroll`, { cookie: learner.cookie });
    await call(server, "POST", `${lessonPath(quizLesson.id)}/open`, { cookie: learner.cookie });
    for (const answers of [
      { ...rightAnswers(), q1: "bukan angka" },
      { q1: 0 },
      { ...rightAnswers(), q99: 1 },
    ]) {
      const res = await call(server, "POST", `${lessonPath(quizLesson.id)}/attempts`, {
        cookie: learner.cookie,
        body: { answers },
      });
      expect(res.status).toBe(400);
    }
    expect(
      (
        await call(server, "POST", `${lessonPath(quizLesson.id)}/attempts`, {
          cookie: learner.cookie,
          body: { answers: "semua benar" },
        })
      ).status,
    ).toBe(400);
    // None of them used up an attempt.
    expect(
      (await json(await call(server, "GET", lessonPath(quizLesson.id), { cookie: learner.cookie }))).content
        .attemptsUsed,
    ).toBe(0);
  });

  it("allows no more attempts than the limit from 20 parallel submissions", async () => {
    const learner = await newLearner();
    await call(server, "POST", `/api/courses/${courseId}/enroll`, { cookie: learner.cookie });
    await call(server, "POST", `${lessonPath(quizLesson.id)}/open`, { cookie: learner.cookie });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(server, "POST", `${lessonPath(quizLesson.id)}/attempts`, {
          cookie: learner.cookie,
          body: { answers: wrongAnswers() },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(quizLesson.attemptLimit);
    expect(results.filter((r) => r.status === 409)).toHaveLength(20 - quizLesson.attemptLimit);
    const attempts = await Promise.all(
      results.filter((r) => r.status === 201).map(async (r) => (await json(r)).attempt),
    );
    expect(attempts.sort()).toEqual([1, 2, 3].slice(0, quizLesson.attemptLimit));
  });
});

describe("worksheets and completion", () => {
  it("takes a learner from enrollment to completion exactly once: a returned, then accepted worksheet and a passed quiz", async () => {
    const learner = await newLearner();
    await call(server, "POST", `/api/courses/${courseId}/enroll`, { cookie: learner.cookie });
    for (const lesson of readingLessons)
      await call(server, "POST", `${lessonPath(lesson.id)}/complete`, { cookie: learner.cookie });
    await call(server, "POST", `${lessonPath(quizLesson.id)}/open`, { cookie: learner.cookie });
    await call(server, "POST", `${lessonPath(quizLesson.id)}/attempts`, {
      cookie: learner.cookie,
      body: { answers: rightAnswers() },
    });

    const fields = Object.fromEntries(
      worksheetLesson.fields.map((f) => [f.name, `Jawaban untuk ${f.label}`]),
    );
    const unknownField = await call(server, "POST", `${lessonPath(worksheetLesson.id)}/submissions`, {
      cookie: learner.cookie,
      body: { fields: { bukanKolom: "x" } },
    });
    expect(unknownField.status).toBe(400);
    const tooLong = await call(server, "POST", `${lessonPath(worksheetLesson.id)}/submissions`, {
      cookie: learner.cookie,
      body: { fields: Object.fromEntries(worksheetLesson.fields.map((f) => [f.name, "x".repeat(30_000)])) },
    });
    expect([400, 413]).toContain(tooLong.status);
    const first = await call(server, "POST", `${lessonPath(worksheetLesson.id)}/submissions`, {
      cookie: learner.cookie,
      body: { fields },
    });
    expect(first.status).toBe(201);
    const submission = await json(first);
    expect(submission.status).toBe("pending");

    const pending = await json(await call(server, "GET", "/api/trainer/submissions", { cookie: trainer }));
    expect(pending.items.map((s: { id: string }) => s.id)).toContain(submission.id);
    const other = await login(server, "pelatih2@berdaya.test");
    expect(
      (
        await call(server, "POST", `/api/submissions/${submission.id}/review`, {
          cookie: other,
          body: { decision: "accepted" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(server, "POST", `/api/submissions/${submission.id}/review`, {
          cookie: trainer,
          body: { decision: "revision" },
        })
      ).status,
    ).toBe(400);
    const returned = await call(server, "POST", `/api/submissions/${submission.id}/review`, {
      cookie: trainer,
      body: { decision: "revision", feedback: "Tambahkan contoh pelanggan yang lebih spesifik." },
    });
    expect((await json(returned)).status).toBe("revision");
    const lesson = await json(
      await call(server, "GET", lessonPath(worksheetLesson.id), { cookie: learner.cookie }),
    );
    expect(lesson.submissions[0]).toMatchObject({
      status: "revision",
      feedback: "Tambahkan contoh pelanggan yang lebih spesifik.",
    });
    expect(await certificatesOf(learner.cookie)).toHaveLength(0);

    const second = await json(
      await call(server, "POST", `${lessonPath(worksheetLesson.id)}/submissions`, {
        cookie: learner.cookie,
        body: { fields },
      }),
    );
    const learnersView = await json(
      await call(server, "GET", `/api/trainer/courses/${courseId}/learners`, { cookie: trainer }),
    );
    const row = learnersView.items.find((l: { userId: string }) => l.userId === learner.id);
    expect(row.pendingSubmissions.map((s: { id: string }) => s.id)).toEqual([second.id]);
    expect(row.progress).toBeLessThan(100);

    // Accepting twice at once completes the enrollment, and sets off issuance, exactly once.
    const accepts = await Promise.all([
      call(server, "POST", `/api/submissions/${second.id}/review`, {
        cookie: trainer,
        body: { decision: "accepted" },
      }),
      call(server, "POST", `/api/submissions/${second.id}/review`, {
        cookie: admin,
        body: { decision: "accepted" },
      }),
    ]);
    // Both reviewers agree: both answer as the first did, and the course completes once.
    expect(accepts.map((r) => r.status)).toEqual([200, 200]);
    const mine = await json(await call(server, "GET", "/api/me/enrollments", { cookie: learner.cookie }));
    expect(mine.items[0]).toMatchObject({ courseId, status: "completed", progress: 100 });
    expect(await certificatesOf(learner.cookie)).toHaveLength(1);
  });

  it("completes exactly once when the last requirements are met by parallel requests", async () => {
    const learner = await newLearner();
    await call(server, "POST", `/api/courses/${courseId}/enroll`, { cookie: learner.cookie });
    await call(server, "POST", `${lessonPath(quizLesson.id)}/open`, { cookie: learner.cookie });
    await call(server, "POST", `${lessonPath(quizLesson.id)}/attempts`, {
      cookie: learner.cookie,
      body: { answers: rightAnswers() },
    });
    const fields = Object.fromEntries(worksheetLesson.fields.map((f) => [f.name, "isi"]));
    const submission = await json(
      await call(server, "POST", `${lessonPath(worksheetLesson.id)}/submissions`, {
        cookie: learner.cookie,
        body: { fields },
      }),
    );
    await call(server, "POST", `/api/submissions/${submission.id}/review`, {
      cookie: trainer,
      body: { decision: "accepted" },
    });
    await Promise.all(
      [...readingLessons, ...readingLessons].map((lesson) =>
        call(server, "POST", `${lessonPath(lesson.id)}/complete`, { cookie: learner.cookie }),
      ),
    );
    expect(await certificatesOf(learner.cookie)).toHaveLength(1);
  });
});

describe("worksheet files", () => {
  it("lets the learner attach a photo that only they, the course's trainer and admins can open", async () => {
    const learner = await newLearner();
    await call(server, "POST", `/api/courses/${courseId}/enroll`, { cookie: learner.cookie });
    // A 1×1 PNG.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    );
    const created = await json(
      await call(server, "POST", "/api/uploads", {
        cookie: learner.cookie,
        body: { filename: "lembar.png", contentType: "image/png", size: png.length },
      }),
    );
    await fetch(created.url, {
      method: "PUT",
      body: new Uint8Array(png),
      headers: { "content-type": "image/png" },
    });
    expect(
      (await call(server, "POST", `/api/uploads/${created.uploadId}/complete`, { cookie: learner.cookie }))
        .status,
    ).toBe(200);
    const submitted = await call(server, "POST", `${lessonPath(worksheetLesson.id)}/submissions`, {
      cookie: learner.cookie,
      body: { uploadId: created.uploadId },
    });
    expect(submitted.status).toBe(201);
    const file = `/api/files/${created.uploadId}`;
    expect((await call(server, "GET", file, { cookie: learner.cookie })).status).toBe(302);
    expect((await call(server, "GET", file, { cookie: trainer })).status).toBe(302);
    expect((await call(server, "GET", file, { cookie: admin })).status).toBe(302);
    expect((await call(server, "GET", file, { cookie: (await newLearner()).cookie })).status).toBe(404);
    expect((await call(server, "GET", file)).status).toBe(404);
  });
});
