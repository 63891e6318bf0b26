import * as Learning from "@berdaya/core/learning";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededCourse } from "../support/learning";
import { call, json, startTestServer, type TestServer } from "../support/local";

/** Replays of a learner's actions with an Idempotency-Key apply once and answer as the first time (ADR 17). */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

let seq = 0;
async function enrolledLearner() {
  const phone = `08137700${String(++seq).padStart(4, "0")}`;
  const res = await call(server, "POST", "/api/auth/register", {
    body: { name: `Peserta Sinyal ${seq}`, phone, password: "kopi-kepahiang-2026" },
    client: `198.51.100.${seq}`,
  });
  const user = (await json(res)).user;
  const cookie = (res.headers.getSetCookie()[0] as string).split(";")[0] as string;
  await call(server, "POST", `/api/courses/${seededCourse.id}/enroll`, { cookie });
  return { cookie, id: user.id as string };
}

const lessonPath = (lessonId: string) => `/api/courses/${seededCourse.id}/lessons/${lessonId}`;
const keyed = (key: string) => ({ "Idempotency-Key": `"${key}"` });
const stored = (userId: string) => Learning.exportFor(userId);

async function openQuiz(cookie: string) {
  await call(server, "POST", `${lessonPath(seededCourse.quiz.id)}/open`, { cookie });
}

describe("Idempotency-Key on a learner's actions", () => {
  it("answers a replayed quiz attempt with the first answer and grades it once", async () => {
    const learner = await enrolledLearner();
    await openQuiz(learner.cookie);
    const send = () =>
      call(server, "POST", `${lessonPath(seededCourse.quiz.id)}/attempts`, {
        cookie: learner.cookie,
        headers: keyed("attempt-0001-aaaa"),
        body: { answers: seededCourse.rightAnswers },
      });
    const first = await send();
    expect(first.status).toBe(201);
    const firstBody = await first.text();
    const replay = await send();
    expect(replay.status).toBe(201);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await replay.text()).toBe(firstBody);
    expect(JSON.parse(firstBody)).toMatchObject({ attempt: 1, passed: true });
    const { quizAttempts, enrollments } = await stored(learner.id);
    expect(quizAttempts).toHaveLength(1);
    expect(enrollments[0]?.completedLessons).toContain(seededCourse.quiz.id);
  });

  it("refuses the same key with a different body (409, in Bahasa) and changes nothing", async () => {
    const learner = await enrolledLearner();
    await openQuiz(learner.cookie);
    const path = `${lessonPath(seededCourse.quiz.id)}/attempts`;
    const headers = keyed("attempt-0002-bbbb");
    const first = await call(server, "POST", path, {
      cookie: learner.cookie,
      headers,
      body: { answers: seededCourse.rightAnswers },
    });
    expect(first.status).toBe(201);
    const other = await call(server, "POST", path, {
      cookie: learner.cookie,
      headers,
      body: { answers: { ...seededCourse.rightAnswers, q1: 3 } },
    });
    expect(other.status).toBe(409);
    const { error } = await json(other);
    expect(error.code).toBe("idempotency_key_reused");
    expect(error.message).toMatch(/sudah dipakai untuk permintaan lain/);
    expect((await stored(learner.id)).quizAttempts).toHaveLength(1);
  });

  it("applies concurrent replays of one worksheet hand-in once, and all get the same answer", async () => {
    const learner = await enrolledLearner();
    const fields = Object.fromEntries(seededCourse.worksheet.fields.map((f) => [f.name, `Isian ${f.label}`]));
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        call(server, "POST", `${lessonPath(seededCourse.worksheet.id)}/submissions`, {
          cookie: learner.cookie,
          headers: keyed("worksheet-0003-cccc"),
          body: { fields },
        }),
      ),
    );
    expect(answers.map((res) => res.status)).toEqual(Array(6).fill(201));
    const bodies = await Promise.all(answers.map((res) => res.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(answers.filter((res) => res.headers.get("Idempotent-Replayed") === "true")).toHaveLength(5);
    expect((await stored(learner.id)).submissions).toHaveLength(1);
  });

  it("applies concurrent replays of a quiz attempt once: one attempt used of the limit", async () => {
    const learner = await enrolledLearner();
    await openQuiz(learner.cookie);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        call(server, "POST", `${lessonPath(seededCourse.quiz.id)}/attempts`, {
          cookie: learner.cookie,
          headers: keyed("attempt-0004-dddd"),
          body: { answers: seededCourse.rightAnswers },
        }),
      ),
    );
    expect(answers.map((res) => res.status)).toEqual(Array(5).fill(201));
    expect((await stored(learner.id)).quizAttempts).toHaveLength(1);
    const lesson = await json(
      await call(server, "GET", lessonPath(seededCourse.quiz.id), { cookie: learner.cookie }),
    );
    expect(lesson.content.attemptsUsed).toBe(1);
  });

  it("replays a refusal as it was: a completion in a course the member is not in is 403 each time", async () => {
    const learner = await enrolledLearner();
    const other = (await enrolledLearner()).cookie;
    const path = `${lessonPath(seededCourse.reading[0]?.id as string)}/complete`;
    // Another member's key space is separate: the same key applies for them too.
    const mine = await call(server, "POST", path, { cookie: learner.cookie, headers: keyed("done-0005") });
    const theirs = await call(server, "POST", path, { cookie: other, headers: keyed("done-0005") });
    expect([mine.status, theirs.status]).toEqual([200, 200]);
    const notEnrolled = await call(
      server,
      "POST",
      `/api/courses/bpjs-ketenagakerjaan-pekerja-mandiri/lessons/m1-l1/complete`,
      {
        cookie: learner.cookie,
        headers: keyed("done-0006"),
      },
    );
    expect(notEnrolled.status).toBe(403);
    const again = await call(
      server,
      "POST",
      `/api/courses/bpjs-ketenagakerjaan-pekerja-mandiri/lessons/m1-l1/complete`,
      {
        cookie: learner.cookie,
        headers: keyed("done-0006"),
      },
    );
    expect(again.status).toBe(notEnrolled.status);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
  });

  it.each([
    ['""', "empty"],
    [`"${"x".repeat(256)}"`, "too long"],
    ['"unterminated', "badly quoted"],
    ["bare-token", "not a quoted string"],
  ])("refuses a malformed key (%s: %s) with 400 and runs nothing", async (header) => {
    const learner = await enrolledLearner();
    const res = await call(server, "POST", `${lessonPath(seededCourse.reading[0]?.id as string)}/complete`, {
      cookie: learner.cookie,
      headers: { "Idempotency-Key": header },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.code).toBe("idempotency_key_invalid");
    expect((await stored(learner.id)).enrollments[0]?.completedLessons).toEqual([]);
  });
});
