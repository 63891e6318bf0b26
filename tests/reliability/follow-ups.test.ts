import type { Actor } from "@berdaya/core/actor";
import * as Course from "@berdaya/core/course";
import { service } from "@berdaya/core/db";
import * as FollowUp from "@berdaya/core/follow-up";
import * as Reconcile from "@berdaya/core/reconcile";
import { regencies, sectors } from "@berdaya/core/reference";
import * as Report from "@berdaya/core/report";
import * as Recount from "@berdaya/core/report/recount";
import * as User from "@berdaya/core/user";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCalls, failOnCall } from "../support/faults";
import { publishShortCourse, seededCourse } from "../support/learning";
import { call, json, login, startTestServer, type TestServer } from "../support/local";
import { comparable, keptReport } from "../support/reports";

/**
 * Durable follow-ups (docs/decisions/0005-durable-follow-ups.md): a storage fault at any DynamoDB call
 * of a request that has consequences in another domain, then the client's retry and one reconciler
 * run, leave exactly the certificates that are due, report counters equal to a recount, and nothing
 * pending or half-written.
 */
let server: TestServer;
let admin: string;
let trainer: string;
let shortCourse: { id: string; lessonId: string };
const adminActor: Actor = { userId: "reconcile-test", role: "admin", name: "Uji" };

let seq = 0;
async function newLearner() {
  seq++;
  const res = await call(server, "POST", "/api/auth/register", {
    body: {
      name: `Peserta Gangguan ${seq}`,
      phone: `08136600${String(seq).padStart(4, "0")}`,
      password: "kopi-kepahiang-2026",
    },
    client: `198.18.${Math.floor(seq / 250)}.${seq % 250}`,
  });
  expect(res.status).toBe(201);
  return {
    cookie: (res.headers.getSetCookie()[0] as string).split(";")[0] as string,
    id: (await json(res)).user.id as string,
    phone: `08136600${String(seq).padStart(4, "0")}`,
  };
}
type Learner = Awaited<ReturnType<typeof newLearner>>;

beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server, "admin@berdaya.test");
  trainer = await login(server, "pelatih1@berdaya.test");
  shortCourse = await publishShortCourse(server, trainer, admin);
});
afterAll(() => server?.stop());

async function certificatesOf(userId: string, courseId: string) {
  const { data } = await service.entities.Certificate.query.byUser({ userId }).go({ pages: "all" });
  return data.filter((item) => item.courseId === courseId);
}

async function expectSettled(label: string) {
  const result = await Reconcile.run(Date.now() + 10 * 60_000);
  expect(result.failed, label).toBe(0);
  expect(await FollowUp.pending(), label).toEqual([]);
  expect(await keptReport(adminActor), label).toEqual(comparable(Report.shape(await Recount.recount())));
  const { data: cells } = await service.entities.Stat.query.byDimension({}).go({ pages: "all" });
  expect(
    cells.filter((cell) => cell.applied?.length).map((cell) => cell.applied),
    label,
  ).toEqual([]);
  for (const courseId of [shortCourse.id, seededCourse.id]) {
    const { data } = await service.entities.Enrollment.query.byCourse({ courseId }).go({ pages: "all" });
    expect((await Course.head(courseId))?.learnerCount, `${label}: learners of ${courseId}`).toBe(
      data.length,
    );
    expect(
      data.filter((item) => item.followUps?.length),
      label,
    ).toEqual([]);
  }
  const flagged = (items: { followUps?: string[] }[]) => items.filter((item) => item.followUps?.length);
  expect(flagged(await User.all()), label).toEqual([]);
  expect(flagged(await Course.all()), label).toEqual([]);
}

/**
 * Runs `request` once per DynamoDB call it makes, failing that call; a 503 is retried once without a
 * fault and must then succeed as `retryStatuses` say. `prepare` makes a fresh subject for each run.
 */
async function atEveryCall<T>(
  prepare: () => Promise<T>,
  request: (subject: T) => Promise<Response>,
  check: (subject: T, label: string) => Promise<void>,
  retryStatuses: number[],
) {
  const sample = await prepare();
  const calls = await countCalls(async () => {
    const res = await request(sample);
    expect(res.status).toBeLessThan(300);
  });
  expect(calls).toBeGreaterThan(3);
  for (let n = 1; n <= calls; n++) {
    const label = `fault at call ${n} of ${calls}`;
    const subject = await prepare();
    const stop = failOnCall(n, n % 2 ? "throttle" : "network");
    const first = await request(subject).finally(stop);
    if (first.status === 503) {
      expect(first.headers.get("retry-after"), label).toBeTruthy();
      expect(retryStatuses, label).toContain((await request(subject)).status);
    } else expect(first.status, label).toBeLessThan(300);
    await check(subject, label);
    await expectSettled(label);
  }
}

describe("a storage fault at any call, then a retry and one reconcile", () => {
  it("enrollment: exactly one enrollment, counted once on the course card and in the reports", async () => {
    await atEveryCall(
      newLearner,
      (learner) => call(server, "POST", `/api/courses/${shortCourse.id}/enroll`, { cookie: learner.cookie }),
      async (learner, label) => {
        const mine = await json(await call(server, "GET", "/api/me/enrollments", { cookie: learner.cookie }));
        expect(
          mine.items.map((e: { courseId: string }) => e.courseId),
          label,
        ).toEqual([shortCourse.id]);
      },
      [200, 201],
    );
  });

  it("completion: exactly one certificate for the enrollment the last lesson completes", async () => {
    const enrolled = async () => {
      const learner = await newLearner();
      await call(server, "POST", `/api/courses/${shortCourse.id}/enroll`, { cookie: learner.cookie });
      return learner;
    };
    await atEveryCall(
      enrolled,
      (learner) =>
        call(server, "POST", `/api/courses/${shortCourse.id}/lessons/${shortCourse.lessonId}/complete`, {
          cookie: learner.cookie,
        }),
      async (learner, label) => {
        expect(await certificatesOf(learner.id, shortCourse.id), label).toHaveLength(1);
      },
      [200],
    );
  });

  it("review: the trainer's acceptance that completes the course leads to exactly one certificate", async () => {
    const base = `/api/courses/${seededCourse.id}`;
    const waitingForReview = async () => {
      const learner = await newLearner();
      await call(server, "POST", `${base}/enroll`, { cookie: learner.cookie });
      for (const lesson of seededCourse.reading)
        await call(server, "POST", `${base}/lessons/${lesson.id}/complete`, { cookie: learner.cookie });
      await call(server, "POST", `${base}/lessons/${seededCourse.quiz.id}/open`, { cookie: learner.cookie });
      await call(server, "POST", `${base}/lessons/${seededCourse.quiz.id}/attempts`, {
        cookie: learner.cookie,
        body: { answers: seededCourse.rightAnswers },
      });
      const fields = Object.fromEntries(
        seededCourse.worksheet.fields.map((f) => [f.name, `Isian ${f.label}`]),
      );
      const submission = await json(
        await call(server, "POST", `${base}/lessons/${seededCourse.worksheet.id}/submissions`, {
          cookie: learner.cookie,
          body: { fields },
        }),
      );
      return { ...learner, submissionId: submission.id as string };
    };
    await atEveryCall(
      waitingForReview,
      (learner) =>
        call(server, "POST", `/api/submissions/${learner.submissionId}/review`, {
          cookie: trainer,
          body: { decision: "accepted" },
        }),
      async (learner, label) => {
        expect(await certificatesOf(learner.id, seededCourse.id), label).toHaveLength(1);
      },
      [200],
    );
  });

  it("revocation: revoked once, counted once, and a retry answers as the first success", async () => {
    const certified = async () => {
      const learner = await newLearner();
      await call(server, "POST", `/api/courses/${shortCourse.id}/enroll`, { cookie: learner.cookie });
      await call(server, "POST", `/api/courses/${shortCourse.id}/lessons/${shortCourse.lessonId}/complete`, {
        cookie: learner.cookie,
      });
      const [certificate] = await certificatesOf(learner.id, shortCourse.id);
      return { ...learner, code: certificate?.code as string };
    };
    await atEveryCall(
      certified,
      (learner) =>
        call(server, "POST", `/api/admin/certificates/${learner.code}/revoke`, {
          cookie: admin,
          body: { reason: "Uji gangguan penyimpanan" },
        }),
      async (learner, label) => {
        const view = await json(await call(server, "GET", `/api/verify/${learner.code}`));
        expect(view.status, label).toBe("revoked");
      },
      [200],
    );
  });

  it("account deletion: the member is forgotten everywhere and counted out once", async () => {
    const certified = async (): Promise<Learner> => {
      const learner = await newLearner();
      await call(server, "POST", `/api/courses/${shortCourse.id}/enroll`, { cookie: learner.cookie });
      await call(server, "POST", `/api/courses/${shortCourse.id}/lessons/${shortCourse.lessonId}/complete`, {
        cookie: learner.cookie,
      });
      return learner;
    };
    await atEveryCall(
      certified,
      (learner) =>
        call(server, "DELETE", "/api/me", {
          cookie: learner.cookie,
          body: { password: "kopi-kepahiang-2026" },
        }),
      async (learner, label) => {
        // The reconciler finishes a deletion whose retry no longer has a session.
        await Reconcile.run();
        expect((await service.entities.User.get({ userId: learner.id }).go()).data, label).toBeNull();
        const relogin = await call(server, "POST", "/api/auth/login", {
          body: { identifier: learner.phone, password: "kopi-kepahiang-2026" },
          client: "198.18.250.1",
        });
        expect(relogin.status, label).toBe(401);
        const [certificate] = await certificatesOf(learner.id, shortCourse.id);
        expect(certificate?.holderName, label).toBeUndefined();
        const { data: enrollments } = await service.entities.Enrollment.query
          .byUser({ userId: learner.id })
          .go();
        expect(
          enrollments.map((e) => e.learnerName),
          label,
        ).toEqual([""]);
      },
      [200, 204, 401],
    );
  });
});

describe("report counts of members and courses, with a storage fault at any call", () => {
  const [regencyA = "", regencyB = ""] = regencies;
  const [sector = ""] = sectors;

  it("registration: the member is counted once in their regency and sector", async () => {
    const fresh = () => {
      seq++;
      return Promise.resolve({
        name: `Anggota Baru ${seq}`,
        phone: `08136611${String(seq).padStart(4, "0")}`,
        password: "kopi-kepahiang-2026",
        regency: regencyA,
        sector,
        requestKey: `daftar-ulang-${seq}-0123456789`,
      });
    };
    await atEveryCall(
      fresh,
      (body) => call(server, "POST", "/api/auth/register", { body, client: `198.18.251.${seq % 250}` }),
      async (body, label) => {
        const login = await call(server, "POST", "/api/auth/login", {
          body: { identifier: body.phone, password: body.password },
          client: "198.18.252.1",
        });
        expect(login.status, label).toBe(200);
      },
      [200, 201],
    );
  });

  it("trainer approval and removal: counted as a trainer once, and counted out once", async () => {
    const applied = async () => {
      const learner = await newLearner();
      const application = await json(
        await call(server, "POST", "/api/trainer-applications", {
          cookie: learner.cookie,
          body: { motivation: "Saya mengajar pembukuan warung di desa sejak 2019.", expertise: "Pembukuan" },
        }),
      );
      return { ...learner, applicationId: application.id as string };
    };
    await atEveryCall(
      applied,
      (learner) =>
        call(server, "POST", `/api/admin/trainer-applications/${learner.applicationId}/approve`, {
          cookie: admin,
        }),
      async (learner, label) => {
        expect((await User.get(learner.id))?.role, label).toBe("trainer");
      },
      [200],
    );
    const approved = async () => {
      const learner = await applied();
      await call(server, "POST", `/api/admin/trainer-applications/${learner.applicationId}/approve`, {
        cookie: admin,
      });
      return learner;
    };
    await atEveryCall(
      approved,
      (member) => call(server, "POST", `/api/admin/members/${member.id}/remove-trainer`, { cookie: admin }),
      async (member, label) => {
        expect((await User.get(member.id))?.role, label).toBe("learner");
      },
      [200, 409],
    );
  });

  it("a member moving to another regency leaves one cell and enters the other once", async () => {
    const placed = async () => {
      const learner = await newLearner();
      await call(server, "PATCH", "/api/me", { cookie: learner.cookie, body: { regency: regencyA, sector } });
      return learner;
    };
    await atEveryCall(
      placed,
      (learner) => call(server, "PATCH", "/api/me", { cookie: learner.cookie, body: { regency: regencyB } }),
      async (learner, label) => {
        expect((await User.get(learner.id))?.regency, label).toBe(regencyB);
      },
      [200],
    );
  });

  it("publishing, unpublishing and republishing a course: counted once each way", async () => {
    let courses = 0;
    const submitted = async () => {
      courses++;
      const course = await json(
        await call(server, "POST", "/api/courses", {
          cookie: trainer,
          body: { title: `Kas Warung ${courses}`, category: "keuangan", level: "pemula" },
        }),
      );
      const module = await json(
        await call(server, "POST", `/api/courses/${course.id}/modules`, {
          cookie: trainer,
          body: { title: "Kas" },
        }),
      );
      await call(server, "POST", `/api/courses/${course.id}/modules/${module.id}/lessons`, {
        cookie: trainer,
        body: { title: "Mencatat kas", content: { kind: "text", body: "Catat uang masuk." } },
      });
      await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie: trainer });
      return course.id as string;
    };
    const status = async (courseId: string) => (await Course.head(courseId))?.status;
    await atEveryCall(
      submitted,
      (courseId) => call(server, "POST", `/api/admin/courses/${courseId}/approve`, { cookie: admin }),
      async (courseId, label) => expect(await status(courseId), label).toBe("published"),
      [200, 409],
    );
    const published = async () => {
      const courseId = await submitted();
      await call(server, "POST", `/api/admin/courses/${courseId}/approve`, { cookie: admin });
      return courseId;
    };
    await atEveryCall(
      published,
      (courseId) => call(server, "POST", `/api/admin/courses/${courseId}/unpublish`, { cookie: admin }),
      async (courseId, label) => expect(await status(courseId), label).toBe("unpublished"),
      [200, 409],
    );
    const unpublished = async () => {
      const courseId = await published();
      await call(server, "POST", `/api/admin/courses/${courseId}/unpublish`, { cookie: admin });
      return courseId;
    };
    await atEveryCall(
      unpublished,
      (courseId) => call(server, "POST", `/api/admin/courses/${courseId}/republish`, { cookie: admin }),
      async (courseId, label) => expect(await status(courseId), label).toBe("published"),
      [200, 409],
    );
  });
});
