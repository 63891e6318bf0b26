import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededCourse } from "../support/learning";
import { call, json, login, startTestServer, type TestServer } from "../support/local";

/**
 * Notifications: a worksheet sent back, a certificate issued, a course decision and a trainer
 * application's decision reach their member as a list with an unseen count; the trainer's and the
 * association's homes show what waits for them.
 */
let server: TestServer;
let admin: string;
let trainer: string;

let seq = 0;
async function newMember() {
  seq++;
  const phone = `08137700${String(seq).padStart(4, "0")}`;
  const res = await call(server, "POST", "/api/auth/register", {
    body: { name: `Peserta Kabar ${seq}`, phone, password: "kopi-kepahiang-2026" },
    client: `198.19.7.${seq}`,
  });
  expect(res.status).toBe(201);
  return (res.headers.getSetCookie()[0] as string).split(";")[0] as string;
}

const inbox = async (cookie: string) => json(await call(server, "GET", "/api/me/notifications", { cookie }));

beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server, "admin@berdaya.test");
  trainer = await login(server, "pelatih1@berdaya.test");
});
afterAll(() => server?.stop());

describe("a learner's notifications", () => {
  it("tells a learner their worksheet came back, until they hand it in again, and that a certificate was issued", async () => {
    const learner = await newMember();
    expect(await inbox(learner)).toEqual({ items: [], unseen: 0, waiting: {} });

    const base = `/api/courses/${seededCourse.id}`;
    await call(server, "POST", `${base}/enroll`, { cookie: learner });
    const fields = Object.fromEntries(seededCourse.worksheet.fields.map((f) => [f.name, "Belum lengkap"]));
    const waitingBefore = (await inbox(trainer)).waiting.reviews;
    const first = await json(
      await call(server, "POST", `${base}/lessons/${seededCourse.worksheet.id}/submissions`, {
        cookie: learner,
        body: { fields },
      }),
    );
    expect((await inbox(trainer)).waiting.reviews).toBe(waitingBefore + 1);
    const returned = await call(server, "POST", `/api/submissions/${first.id}/review`, {
      cookie: trainer,
      body: { decision: "revision", feedback: "Tambahkan harga jual per porsi." },
    });
    expect(returned.status).toBe(200);
    expect((await inbox(trainer)).waiting.reviews).toBe(waitingBefore);

    const afterReturn = await inbox(learner);
    expect(afterReturn.unseen).toBe(1);
    expect(afterReturn.items).toEqual([
      expect.objectContaining({
        kind: "worksheet_revision",
        courseId: seededCourse.id,
        courseTitle: expect.stringContaining("Kreatif"),
        lessonId: seededCourse.worksheet.id,
        lessonTitle: seededCourse.worksheet.title,
        message: "Tambahkan harga jual per porsi.",
      }),
    ]);

    // Seen: the badge goes; an older "seen" from another tab does not bring it back.
    const seen = await json(
      await call(server, "POST", "/api/me/notifications/seen", {
        cookie: learner,
        body: { until: afterReturn.items[0].at },
      }),
    );
    expect(seen.unseen).toBe(0);
    await call(server, "POST", "/api/me/notifications/seen", {
      cookie: learner,
      body: { until: "2020-01-01T00:00:00.000Z" },
    });
    expect((await inbox(learner)).unseen).toBe(0);

    // Handed in again: nothing is waiting for the learner any more.
    const again = await json(
      await call(server, "POST", `${base}/lessons/${seededCourse.worksheet.id}/submissions`, {
        cookie: learner,
        body: { fields: { ...fields, [seededCourse.worksheet.fields[0]?.name as string]: "Lengkap" } },
      }),
    );
    expect((await inbox(learner)).items).toEqual([]);

    await call(server, "POST", `/api/submissions/${again.id}/review`, {
      cookie: trainer,
      body: { decision: "accepted" },
    });
    for (const lesson of seededCourse.reading)
      await call(server, "POST", `${base}/lessons/${lesson.id}/complete`, { cookie: learner });
    await call(server, "POST", `${base}/lessons/${seededCourse.quiz.id}/open`, { cookie: learner });
    await call(server, "POST", `${base}/lessons/${seededCourse.quiz.id}/attempts`, {
      cookie: learner,
      body: { answers: seededCourse.rightAnswers },
    });
    const done = await inbox(learner);
    expect(done.unseen).toBe(1);
    expect(done.items).toEqual([
      expect.objectContaining({
        kind: "certificate_issued",
        courseId: seededCourse.id,
        code: expect.any(String),
      }),
    ]);
  });

  it("tells a member how the association decided their trainer application, and shows the admins what waits", async () => {
    const member = await newMember();
    const before = (await inbox(admin)).waiting;
    expect(before).toEqual({
      reviews: expect.any(Number),
      courses: expect.any(Number),
      applications: expect.any(Number),
    });
    const applied = await json(
      await call(server, "POST", "/api/trainer-applications", {
        cookie: member,
        body: { motivation: "Saya mengajar pembukuan warung di desa sejak 2019.", expertise: "Pembukuan" },
      }),
    );
    expect((await inbox(admin)).waiting.applications).toBe(before.applications + 1);
    await call(server, "POST", `/api/admin/trainer-applications/${applied.id}/reject`, {
      cookie: admin,
      body: { reason: "Lengkapi contoh materi dulu." },
    });
    expect((await inbox(admin)).waiting.applications).toBe(before.applications);
    expect((await inbox(member)).items).toEqual([
      expect.objectContaining({ kind: "trainer_rejected", message: "Lengkapi contoh materi dulu." }),
    ]);
  });

  it("refuses a seen mark that is not a time, and a visitor", async () => {
    const member = await newMember();
    const bad = await call(server, "POST", "/api/me/notifications/seen", {
      cookie: member,
      body: { until: "kemarin" },
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.code).toBe("invalid_input");
    expect((await call(server, "GET", "/api/me/notifications")).status).toBe(401);
  });
});

describe("a trainer's notifications", () => {
  it("tells the trainer their course was returned with the reason, then approved; the queue count follows", async () => {
    const course = await json(
      await call(server, "POST", "/api/courses", {
        cookie: trainer,
        body: { title: "Label Halal untuk Kripik", category: "pemasaran", level: "pemula" },
      }),
    );
    const module = await json(
      await call(server, "POST", `/api/courses/${course.id}/modules`, {
        cookie: trainer,
        body: { title: "Label" },
      }),
    );
    await call(server, "POST", `/api/courses/${course.id}/modules/${module.id}/lessons`, {
      cookie: trainer,
      body: { title: "Syarat label", content: { kind: "text", body: "Daftarkan produk Anda." } },
    });
    const queued = (await inbox(admin)).waiting.courses;
    await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie: trainer });
    expect((await inbox(admin)).waiting.courses).toBe(queued + 1);
    await call(server, "POST", `/api/admin/courses/${course.id}/reject`, {
      cookie: admin,
      body: { reason: "Tambahkan contoh label." },
    });
    expect((await inbox(admin)).waiting.courses).toBe(queued);
    const returned = (await inbox(trainer)).items.filter(
      (item: { courseId: string }) => item.courseId === course.id,
    );
    expect(returned).toEqual([
      expect.objectContaining({
        kind: "course_returned",
        courseTitle: "Label Halal untuk Kripik",
        message: "Tambahkan contoh label.",
      }),
    ]);

    await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie: trainer });
    await call(server, "POST", `/api/admin/courses/${course.id}/approve`, { cookie: admin });
    const approved = (await inbox(trainer)).items.filter(
      (item: { courseId: string }) => item.courseId === course.id,
    );
    expect(approved).toEqual([expect.objectContaining({ kind: "course_approved", message: null })]);
  });
});

describe("the learners page", () => {
  it("shows each learner's quiz score and attempts", async () => {
    const learner = await newMember();
    const base = `/api/courses/${seededCourse.id}`;
    await call(server, "POST", `${base}/enroll`, { cookie: learner });
    await call(server, "POST", `${base}/lessons/${seededCourse.quiz.id}/open`, { cookie: learner });
    await call(server, "POST", `${base}/lessons/${seededCourse.quiz.id}/attempts`, {
      cookie: learner,
      body: { answers: seededCourse.rightAnswers },
    });
    const me = await json(await call(server, "GET", "/api/me", { cookie: learner }));
    const { items } = await json(
      await call(server, "GET", `/api/trainer/courses/${seededCourse.id}/learners`, { cookie: trainer }),
    );
    const row = items.find((item: { userId: string }) => item.userId === me.id);
    expect(row.quizzes).toEqual([
      { lessonId: seededCourse.quiz.id, attempts: 1, bestPercent: 100, passed: true },
    ]);
  });
});
