import { service } from "@berdaya/core/db";
import * as Report from "@berdaya/core/report";
import * as Recount from "@berdaya/core/report/recount";
import * as User from "@berdaya/core/user";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededCourse } from "../support/learning";
import { call, json, login, startTestServer, type TestServer } from "../support/local";
import { comparable } from "../support/reports";

let server: TestServer;
let trainer: string; // pelatih1: teaches berpikir-kreatif, inovasi-produk-scamper, bpjs-…
let otherTrainer: string; // pelatih2: teaches business-model-canvas, jualan-whatsapp-business
let learner: string;
let otherLearner: string;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  [trainer, otherTrainer, learner, otherLearner, admin] = await Promise.all([
    login(server, "pelatih1@berdaya.test"),
    login(server, "pelatih2@berdaya.test"),
    login(server, "081200000001"),
    login(server, "081200000002"),
    login(server, "admin@berdaya.test"),
  ]);
});
afterAll(() => server?.stop());

const summary = async () => json(await call(server, "GET", "/api/admin/reports/summary", { cookie: admin }));
const userIdOf = async (identifier: string) => (await User.byIdentifier(identifier))?.userId as string;

/** A refusal: the status, the code, and a message in each language (never a field name or a stack). */
async function refused(
  request: (lang: string) => Promise<Response>,
  status: number,
  code: string,
  words: { id: RegExp; en: RegExp },
) {
  for (const lang of ["id", "en"] as const) {
    const res = await request(lang);
    expect(res.status).toBe(status);
    const { error } = await json(res);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(words[lang]);
  }
}

describe("a trainer cannot certify themselves (ADR 0013)", () => {
  it("refuses a trainer's enrollment in their own course with 403 in both languages, and creates nothing", async () => {
    const before = (await summary()).totals.enrollments;
    await refused(
      (lang) =>
        call(server, "POST", `/api/courses/${seededCourse.id}/enroll`, {
          cookie: trainer,
          headers: { "accept-language": lang },
        }),
      403,
      "own_course_enroll",
      { id: /pelatih kursus ini/, en: /this course's trainer/ },
    );
    const mine = await json(await call(server, "GET", "/api/me/enrollments", { cookie: trainer }));
    expect(mine.items).toEqual([]);
    expect((await summary()).totals.enrollments).toBe(before);
    // Another trainer's course is fine: a trainer may learn from colleagues.
    const other = await call(server, "POST", "/api/courses/business-model-canvas/enroll", {
      cookie: trainer,
    });
    expect(other.status).toBe(201);
  });

  it("refuses a review of one's own worksheet, and a course's own trainer gets a certificate only an admin approves", async () => {
    // An enrollment made before the rule (or by a direct write): the trainer in their own course.
    const trainerId = await userIdOf("pelatih1@berdaya.test");
    const at = new Date().toISOString();
    await service.entities.Enrollment.create({
      userId: trainerId,
      courseId: seededCourse.id,
      learnerName: "Pelatih Satu",
      status: "active",
      enrolledAt: at,
      updatedAt: at,
    }).go();
    await Report.count("enrollments", {
      course: { id: seededCourse.id, title: "Berpikir Kreatif untuk Pelaku Usaha" },
      at,
    });
    const base = `/api/courses/${seededCourse.id}`;
    for (const lesson of seededCourse.reading)
      await call(server, "POST", `${base}/lessons/${lesson.id}/complete`, { cookie: trainer });
    await call(server, "GET", `${base}/lessons/${seededCourse.quiz.id}`, { cookie: trainer });
    await call(server, "POST", `${base}/lessons/${seededCourse.quiz.id}/attempts`, {
      cookie: trainer,
      body: { answers: seededCourse.rightAnswers },
    });
    const fields = Object.fromEntries(seededCourse.worksheet.fields.map((f) => [f.name, `Isian ${f.label}`]));
    const submission = await json(
      await call(server, "POST", `${base}/lessons/${seededCourse.worksheet.id}/submissions`, {
        cookie: trainer,
        body: { fields },
      }),
    );
    expect(submission.status).toBe("pending");
    await refused(
      (lang) =>
        call(server, "POST", `/api/submissions/${submission.id}/review`, {
          cookie: trainer,
          body: { decision: "accepted" },
          headers: { "accept-language": lang },
        }),
      403,
      "own_work_review",
      { id: /lembar kerja Anda sendiri/, en: /your own worksheet/ },
    );
    const pending = await json(await call(server, "GET", "/api/trainer/submissions", { cookie: trainer }));
    expect(pending.items.map((s: { id: string }) => s.id)).toContain(submission.id);

    // The association reviews it instead; the certificate then waits for an admin.
    const accepted = await call(server, "POST", `/api/submissions/${submission.id}/review`, {
      cookie: admin,
      body: { decision: "accepted" },
    });
    expect(accepted.status).toBe(200);
    let certificates: { items: { status: string; code: string }[] } = { items: [] };
    for (let i = 0; i < 50 && certificates.items.length === 0; i++) {
      certificates = await json(await call(server, "GET", "/api/me/certificates", { cookie: trainer }));
      if (!certificates.items.length) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(certificates.items.map((c) => c.status)).toEqual(["pending"]);
    const verify = await json(await call(server, "GET", `/api/verify/${certificates.items[0]?.code}`));
    expect(verify.status).toBe("pending");
  });

  it("refuses an admin's review of their own worksheet too", async () => {
    const base = `/api/courses/${seededCourse.id}`;
    expect((await call(server, "POST", `${base}/enroll`, { cookie: admin })).status).toBe(201);
    const fields = Object.fromEntries(seededCourse.worksheet.fields.map((f) => [f.name, "Isian admin"]));
    const submission = await json(
      await call(server, "POST", `${base}/lessons/${seededCourse.worksheet.id}/submissions`, {
        cookie: admin,
        body: { fields },
      }),
    );
    const res = await call(server, "POST", `/api/submissions/${submission.id}/review`, {
      cookie: admin,
      body: { decision: "accepted" },
    });
    expect(res.status).toBe(403);
    expect((await json(res)).error.code).toBe("own_work_review");
  });
});

describe("the association takes back a trainer role (ADR 0013)", () => {
  it("demotes a trainer at once, keeps their courses published, and keeps the counters equal to a recount", async () => {
    const pelatih2 = await userIdOf("pelatih2@berdaya.test");
    // A worksheet waiting for pelatih2, which must follow the course to its next trainer.
    await call(server, "POST", "/api/courses/business-model-canvas/enroll", { cookie: learner });
    const before = await summary();
    const res = await call(server, "POST", `/api/admin/members/${pelatih2}/remove-trainer`, {
      cookie: admin,
    });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ id: pelatih2, role: "learner" });
    const after = await summary();
    expect(after.totals.trainers).toBe(before.totals.trainers - 1);
    expect(comparable(after)).toEqual(comparable(Report.shape(await Recount.recount())));

    // The same session loses the trainer's desk on its next request.
    expect((await call(server, "GET", "/api/trainer/submissions", { cookie: otherTrainer })).status).toBe(
      403,
    );
    expect((await call(server, "GET", "/api/trainer/courses", { cookie: otherTrainer })).status).toBe(403);
    const member = await json(await call(server, "GET", `/api/admin/members/${pelatih2}`, { cookie: admin }));
    expect(member.member.role).toBe("learner");
    // Their courses stay in the catalog, under their name, until reassigned.
    const catalog = await json(await call(server, "GET", "/api/admin/catalog", { cookie: admin }));
    const bmc = catalog.items.find((c: { id: string }) => c.id === "business-model-canvas");
    expect(bmc).toMatchObject({ status: "published", trainer: { id: pelatih2 } });

    await refused(
      (lang) =>
        call(server, "POST", `/api/admin/members/${pelatih2}/remove-trainer`, {
          cookie: admin,
          headers: { "accept-language": lang },
        }),
      409,
      "not_a_trainer",
      { id: /bukan pelatih/, en: /not a trainer/ },
    );
    const missing = await call(server, "POST", "/api/admin/members/tidak-ada/remove-trainer", {
      cookie: admin,
    });
    expect(missing.status).toBe(404);
    expect((await summary()).totals.trainers).toBe(after.totals.trainers);
  });

  it("reassigns a course to another trainer, not to a learner nor to a trainer enrolled in it", async () => {
    const pelatih1 = await userIdOf("pelatih1@berdaya.test");
    const reassign = (trainerHandle: string, lang = "id") =>
      call(server, "POST", "/api/admin/courses/business-model-canvas/reassign", {
        cookie: admin,
        body: { trainer: trainerHandle },
        headers: { "accept-language": lang },
      });
    await refused((lang) => reassign("081200000002", lang), 400, "reassign_not_a_trainer", {
      id: /Tidak ada pelatih/,
      en: /no trainer/,
    });
    // pelatih1 enrolled in business-model-canvas in the first test: they would review their own work.
    await refused((lang) => reassign("pelatih1@berdaya.test", lang), 409, "reassign_trainer_enrolled", {
      id: /mengikuti kursus ini sebagai peserta/,
      en: /enrolled in this course/,
    });
    // A worksheet waiting for the old trainer follows the course.
    const wa = "jualan-whatsapp-business";
    await call(server, "POST", `/api/courses/${wa}/enroll`, { cookie: otherLearner });
    const detail = await json(await call(server, "GET", `/api/courses/${wa}`));
    const worksheet = detail.modules
      .flatMap((m: { lessons: { id: string; kind: string }[] }) => m.lessons)
      .find((l: { kind: string }) => l.kind === "worksheet");
    const handedIn = await json(
      await call(server, "POST", `/api/courses/${wa}/lessons/${worksheet.id}/submissions`, {
        cookie: otherLearner,
        body: { fields: { businessProfile: "Warung Kopi Seluma, buka 07.00–21.00." } },
      }),
    );
    expect(handedIn.status).toBe("pending");
    // A course without that conflict moves, with its head and the trainer's course list.
    const res = await call(server, "POST", "/api/admin/courses/jualan-whatsapp-business/reassign", {
      cookie: admin,
      body: { trainer: "pelatih1@berdaya.test" },
    });
    expect(res.status).toBe(200);
    expect((await json(res)).trainer.id).toBe(pelatih1);
    const mine = await json(await call(server, "GET", "/api/trainer/courses", { cookie: trainer }));
    expect(mine.items.map((c: { id: string }) => c.id)).toContain("jualan-whatsapp-business");
    const page = await json(await call(server, "GET", "/api/courses/jualan-whatsapp-business"));
    expect(page.trainer.name).toBe((await User.get(pelatih1))?.name);
    const waiting = await json(await call(server, "GET", "/api/trainer/submissions", { cookie: trainer }));
    expect(waiting.items.map((w: { id: string }) => w.id)).toContain(handedIn.id);
    const reviewed = await call(server, "POST", `/api/submissions/${handedIn.id}/review`, {
      cookie: trainer,
      body: { decision: "accepted" },
    });
    expect(reviewed.status).toBe(200);
  });
});

describe("the association unpublishes a course (ADR 0013)", () => {
  const id = "bpjs-ketenagakerjaan-pekerja-mandiri";

  it("takes it out of the catalog; enrolled learners keep reading; newcomers cannot enroll; counters stay right", async () => {
    expect((await call(server, "POST", `/api/courses/${id}/enroll`, { cookie: learner })).status).toBe(201);
    const before = await summary();
    const res = await call(server, "POST", `/api/admin/courses/${id}/unpublish`, { cookie: admin });
    expect(res.status).toBe(200);
    expect((await json(res)).status).toBe("unpublished");
    const after = await summary();
    expect(after.totals.publishedCourses).toBe(before.totals.publishedCourses - 1);
    expect(comparable(after)).toEqual(comparable(Report.shape(await Recount.recount())));

    const catalog = await json(await call(server, "GET", "/api/courses?limit=50"));
    expect(catalog.items.map((c: { id: string }) => c.id)).not.toContain(id);
    // The enrolled learner still has it, with its page and lessons.
    const mine = await json(await call(server, "GET", "/api/me/enrollments", { cookie: learner }));
    expect(mine.items.map((e: { courseId: string }) => e.courseId)).toContain(id);
    const detail = await call(server, "GET", `/api/courses/${id}`, { cookie: learner });
    expect(detail.status).toBe(200);
    const lessonId = (await json(detail)).modules[0].lessons[0].id;
    expect(
      (await call(server, "GET", `/api/courses/${id}/lessons/${lessonId}`, { cookie: learner })).status,
    ).toBe(200);
    expect(
      (await call(server, "POST", `/api/courses/${id}/lessons/${lessonId}/complete`, { cookie: learner }))
        .status,
    ).toBe(200);
    // Anyone else: gone.
    expect((await call(server, "GET", `/api/courses/${id}`)).status).toBe(404);
    expect((await call(server, "GET", `/api/courses/${id}`, { cookie: otherLearner })).status).toBe(404);
    const enroll = await call(server, "POST", `/api/courses/${id}/enroll`, { cookie: otherLearner });
    expect(enroll.status).toBe(404);
    expect((await summary()).totals.enrollments).toBe(after.totals.enrollments);

    await refused(
      (lang) =>
        call(server, "POST", `/api/admin/courses/${id}/unpublish`, {
          cookie: admin,
          headers: { "accept-language": lang },
        }),
      409,
      "course_not_published",
      { id: /tidak sedang terbit/, en: /not published/ },
    );
    const listed = await json(
      await call(server, "GET", "/api/admin/catalog?status=unpublished", { cookie: admin }),
    );
    expect(listed.items.map((c: { id: string }) => c.id)).toEqual([id]);
  });

  it("publishes it again, counted once", async () => {
    const before = await summary();
    expect((await call(server, "POST", `/api/admin/courses/${id}/republish`, { cookie: admin })).status).toBe(
      200,
    );
    expect((await call(server, "POST", `/api/admin/courses/${id}/republish`, { cookie: admin })).status).toBe(
      409,
    );
    const after = await summary();
    expect(after.totals.publishedCourses).toBe(before.totals.publishedCourses + 1);
    expect(comparable(after)).toEqual(comparable(Report.shape(await Recount.recount())));
    expect((await call(server, "POST", `/api/courses/${id}/enroll`, { cookie: otherLearner })).status).toBe(
      201,
    );
  });

  it("refuses these to anyone but an admin, changing nothing", async () => {
    for (const cookie of [learner, trainer]) {
      expect((await call(server, "POST", `/api/admin/courses/${id}/unpublish`, { cookie })).status).toBe(403);
    }
    expect((await call(server, "GET", `/api/courses/${id}`)).status).toBe(200);
  });
});
