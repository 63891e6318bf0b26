import { demoCourses } from "@berdaya/core/seed";
import { call, json, type TestServer } from "./local";

/** The seeded creative-thinking course, with the ids the seed gives its lessons and the quiz's key. */
export const seededCourse = (() => {
  const course = demoCourses.find((c) => c.id === "berpikir-kreatif");
  if (!course) throw new Error("seed course missing");
  const lessons = course.modules.flatMap((m, mi) =>
    m.lessons.map((l, li) => ({ ...l, id: `m${mi + 1}-l${li + 1}` })),
  );
  const quiz = lessons.find((l) => l.kind === "quiz") as (typeof lessons)[number] & { kind: "quiz" };
  const worksheet = lessons.find((l) => l.kind === "worksheet") as (typeof lessons)[number] & {
    kind: "worksheet";
  };
  const rightAnswers = Object.fromEntries(
    quiz.questions.map((q, i) => [`q${i + 1}`, q.kind === "short" ? (q.accepted[0] as string) : q.correct]),
  );
  return {
    id: course.id,
    lessons,
    reading: lessons.filter((l) => l.kind === "text"),
    quiz,
    worksheet,
    rightAnswers,
  };
})();

/** Takes a learner through the seeded course to completion: reading, a passed quiz, an accepted worksheet. */
export async function completeSeededCourse(server: TestServer, learner: string, trainer: string) {
  const base = `/api/courses/${seededCourse.id}`;
  await call(server, "POST", `${base}/enroll`, { cookie: learner });
  for (const lesson of seededCourse.reading)
    await call(server, "POST", `${base}/lessons/${lesson.id}/complete`, { cookie: learner });
  await call(server, "POST", `${base}/lessons/${seededCourse.quiz.id}/open`, { cookie: learner });
  await call(server, "POST", `${base}/lessons/${seededCourse.quiz.id}/attempts`, {
    cookie: learner,
    body: { answers: seededCourse.rightAnswers },
  });
  const fields = Object.fromEntries(seededCourse.worksheet.fields.map((f) => [f.name, `Isian ${f.label}`]));
  const submission = await json(
    await call(server, "POST", `${base}/lessons/${seededCourse.worksheet.id}/submissions`, {
      cookie: learner,
      body: { fields },
    }),
  );
  const accepted = await call(server, "POST", `/api/submissions/${submission.id}/review`, {
    cookie: trainer,
    body: { decision: "accepted" },
  });
  if (accepted.status !== 200) throw new Error(`review: ${accepted.status} ${await accepted.text()}`);
}

/** A trainer's one-lesson course (a reading lesson), published by an admin: completed by one click. */
export async function publishShortCourse(server: TestServer, trainer: string, admin: string) {
  const course = await json(
    await call(server, "POST", "/api/courses", {
      cookie: trainer,
      body: { title: "Kas Harian Warung", category: "keuangan", level: "pemula" },
    }),
  );
  const module = await json(
    await call(server, "POST", `/api/courses/${course.id}/modules`, {
      cookie: trainer,
      body: { title: "Kas" },
    }),
  );
  const lesson = await json(
    await call(server, "POST", `/api/courses/${course.id}/modules/${module.id}/lessons`, {
      cookie: trainer,
      body: { title: "Mencatat kas", content: { kind: "text", body: "Catat setiap uang masuk dan keluar." } },
    }),
  );
  await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie: trainer });
  await call(server, "POST", `/api/admin/courses/${course.id}/approve`, { cookie: admin });
  return { id: course.id as string, lessonId: lesson.lessonId as string };
}
