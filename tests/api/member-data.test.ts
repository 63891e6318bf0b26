import { service } from "@berdaya/core/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeSeededCourse, seededCourse } from "../support/learning";
import { call, json, login, sessionCookieOf, startTestServer, type TestServer } from "../support/local";

/**
 * The member's data lifecycle (UU PDP): what the export holds and what deleting the account does, for
 * every entity in the table. A new entity fails the first test until someone decides here what
 * happens to it.
 */
type Fate = { export: string; delete: "deleted" | "anonymised" } | { notPersonal: string };
const lifecycle: Record<string, Fate> = {
  User: { export: "profile", delete: "deleted" },
  Identity: { export: "loginIdentifiers", delete: "deleted" },
  Session: { export: "sessions", delete: "deleted" },
  TrainerApplication: { export: "trainerApplications", delete: "deleted" },
  Enrollment: { export: "enrollments", delete: "anonymised" },
  QuizState: { export: "quizzes", delete: "anonymised" },
  QuizAttempt: { export: "quizAttempts", delete: "anonymised" },
  Submission: { export: "submissions", delete: "anonymised" },
  Upload: { export: "submissions", delete: "deleted" },
  // The first answers kept for replays (ADR 17): copies of the member's progress, attempts and submissions.
  IdempotencyRecord: { export: "submissions", delete: "deleted" },
  Certificate: { export: "certificates", delete: "anonymised" },
  ResetToken: { notPersonal: "a hashed one-time token; useless once the user is gone, removed by its TTL" },
  Counter: { notPersonal: "rate-limit windows, removed by their TTL within minutes" },
  CertificateClaim: { notPersonal: "ids only" },
  Revocation: { notPersonal: "a credential id and the association's reason" },
  FollowUp: { notPersonal: "unfinished work; a deletion's entry holds only its report cells" },
  Course: { notPersonal: "course content and its trainer's public name" },
  CourseReview: { notPersonal: "course review queue" },
  CourseVersion: { notPersonal: "course content" },
  Module: { notPersonal: "course content" },
  Lesson: { notPersonal: "course content" },
  LessonContent: { notPersonal: "course content" },
  SigningKey: { notPersonal: "public keys" },
  Stat: { notPersonal: "counts" },
  Association: { notPersonal: "the association's profile" },
};

let server: TestServer;
let trainer: string;
beforeAll(async () => {
  server = await startTestServer();
  trainer = await login(server, "pelatih1@berdaya.test");
});
afterAll(() => server?.stop());

describe("the member's data", () => {
  it("has a decided fate for every entity in the table", () => {
    expect(Object.keys(lifecycle).sort()).toEqual(Object.keys(service.entities).sort());
  });

  it("exports everything stored about the member, and deletion leaves no name, answer or file behind", async () => {
    const password = "kopi-kepahiang-2026";
    const registered = await call(server, "POST", "/api/auth/register", {
      body: {
        name: "Rina Hapus Data",
        phone: "081377001122",
        password,
        regency: "Kepahiang",
        sector: "kuliner",
      },
    });
    const cookie = sessionCookieOf(registered);
    const userId = (await json(registered)).user.id as string;
    await call(server, "POST", "/api/trainer-applications", {
      cookie,
      body: { motivation: "Saya ingin mengajar pembukuan warung di desa saya.", expertise: "Pembukuan" },
    });
    await completeSeededCourse(server, cookie, trainer);
    // One action sent from the outbox: its answer is kept for replays.
    const replayable = await call(
      server,
      "POST",
      `/api/courses/${seededCourse.id}/lessons/${seededCourse.reading[0]?.id}/complete`,
      { cookie, headers: { "Idempotency-Key": '"rina-0001"' } },
    );
    expect(replayable.status).toBe(200);

    const exported = await json(await call(server, "GET", "/api/me/export", { cookie }));
    for (const [entity, fate] of Object.entries(lifecycle)) {
      if (!("export" in fate)) continue;
      const part = exported[fate.export];
      expect(part, `${entity} in the export`).toBeTruthy();
      if (Array.isArray(part)) expect(part.length, `${entity} in the export`).toBeGreaterThan(0);
    }
    expect(exported.profile.name).toBe("Rina Hapus Data");
    expect(exported.submissions[0].fields).not.toEqual({});
    expect(exported.certificates[0].courseId).toBe(seededCourse.id);
    expect(JSON.stringify(exported)).not.toMatch(/passwordHash|registrationKeyHash|resetTokenHash/);

    const deleted = await call(server, "DELETE", "/api/me", { cookie, body: { password } });
    expect(deleted.status).toBeLessThan(300);
    const { entities } = service;
    expect((await entities.User.get({ userId }).go()).data).toBeNull();
    expect((await entities.Identity.get({ identifier: "+6281377001122" }).go()).data).toBeNull();
    expect((await entities.Session.query.byUser({ userId }).go()).data).toEqual([]);
    expect((await entities.TrainerApplication.query.byUser({ userId }).go()).data).toEqual([]);
    expect((await entities.IdempotencyRecord.query.byKey({ userId }).go()).data).toEqual([]);
    const enrollments = (await entities.Enrollment.query.byUser({ userId }).go()).data;
    expect(enrollments.map((e) => e.learnerName)).toEqual([""]);
    const submissions = (
      await entities.Submission.query.byLearner({ userId, courseId: seededCourse.id }).go()
    ).data;
    expect(submissions.length).toBeGreaterThan(0);
    for (const submission of submissions) {
      expect(submission.learnerName).toBe("");
      expect(submission.fields).toEqual({});
    }
    const certificates = (await entities.Certificate.query.byUser({ userId }).go()).data;
    expect(certificates.map((c) => [c.holderName, c.credential])).toEqual([[undefined, undefined]]);
    // The trainer's view and the association's CSV no longer carry the name.
    const learners = await json(
      await call(server, "GET", `/api/trainer/courses/${seededCourse.id}/learners`, { cookie: trainer }),
    );
    expect(JSON.stringify(learners)).not.toContain("Rina Hapus Data");
    const admin = await login(server, "admin@berdaya.test");
    for (const kind of ["members", "enrollments", "certificates"]) {
      const csv = await (
        await call(server, "GET", `/api/admin/reports/export.csv?kind=${kind}`, { cookie: admin })
      ).text();
      expect(csv, kind).not.toContain("Rina Hapus Data");
    }
    // The certificate still verifies, without a name.
    const verified = await json(await call(server, "GET", `/api/verify/${certificates[0]?.code}`));
    expect(verified).toMatchObject({ status: "valid", holder: null });
  });
});
