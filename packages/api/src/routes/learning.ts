import * as Course from "@berdaya/core/course";
import * as Learning from "@berdaya/core/learning";
import { Hono } from "hono";
import { actorOf, requireActor } from "../auth";
import type { AppEnv } from "../context";
import { idempotent } from "../idempotency";
import { doc, validate } from "../validate";

/** Learning inside a course (mounted under /courses). */
export const learning = new Hono<AppEnv>()
  .post(
    "/:courseId/enroll",
    requireActor(),
    doc("learning", "Enroll in a published course: 201 the first time, 200 after", "member", {
      status: 201,
      schema: Learning.enrollmentSchema,
    }),
    validate("param", Course.courseParams),
    async (c) => {
      const { created, enrollment } = await Learning.enroll(actorOf(c), c.req.valid("param").courseId);
      return c.json(enrollment, created ? 201 : 200);
    },
  )
  .get(
    "/:courseId/lessons/:lessonId",
    requireActor(),
    doc(
      "learning",
      "A lesson's body (enrolled learners, the course's trainer, admins); quizzes without answers",
      "member",
      {
        schema: Learning.lessonBodySchema,
      },
    ),
    validate("param", Learning.lessonParams),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      return c.json(await Learning.lesson(actorOf(c), courseId, lessonId));
    },
  )
  .post(
    "/:courseId/lessons/:lessonId/open",
    requireActor(),
    doc(
      "learning",
      "Open a lesson: remember it as the place to resume, and for a quiz draw the next attempt's questions (kept until that attempt); the lesson's body",
      "member",
      { schema: Learning.lessonBodySchema },
    ),
    validate("param", Learning.lessonParams),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      return c.json(await Learning.open(actorOf(c), courseId, lessonId));
    },
  )
  .post(
    "/:courseId/lessons/:lessonId/complete",
    requireActor(),
    doc(
      "learning",
      "Mark a reading, video or document lesson complete (idempotent); the progress after it. Replayable with an Idempotency-Key header (ADR 17)",
      "member",
      {
        schema: Learning.enrollmentSchema,
      },
    ),
    idempotent(),
    validate("param", Learning.lessonParams),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      return c.json(await Learning.completeLesson(actorOf(c), courseId, lessonId));
    },
  )
  .post(
    "/:courseId/lessons/:lessonId/attempts",
    requireActor(),
    doc(
      "learning",
      "Submit a quiz attempt, graded on the server. Replayable with an Idempotency-Key header (ADR 17)",
      "member",
      { status: 201, schema: Learning.attemptSchema },
    ),
    idempotent(),
    validate("param", Learning.lessonParams),
    validate("json", Learning.answersInput),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      return c.json(await Learning.attempt(actorOf(c), courseId, lessonId, c.req.valid("json")), 201);
    },
  )
  .post(
    "/:courseId/lessons/:lessonId/submissions",
    requireActor(),
    doc(
      "learning",
      "Hand in a worksheet: its fields and/or an uploaded file. Replayable with an Idempotency-Key header (ADR 17)",
      "member",
      {
        status: 201,
        schema: Learning.submissionSchema,
      },
    ),
    idempotent(),
    validate("param", Learning.lessonParams),
    validate("json", Learning.worksheetInput),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      return c.json(await Learning.submitWorksheet(actorOf(c), courseId, lessonId, c.req.valid("json")), 201);
    },
  );

export const myEnrollments = new Hono<AppEnv>().get(
  "/",
  requireActor(),
  doc("learning", "My courses with progress, the last lesson and completion", "member", {
    schema: Learning.myEnrollmentsSchema,
  }),
  async (c) => c.json(await Learning.myEnrollments(actorOf(c))),
);

/** The trainer's side of learning: learners' progress and worksheet reviews. */
export const trainerLearning = new Hono<AppEnv>()
  .use(requireActor("trainer", "admin"))
  .get(
    "/courses/:courseId/learners",
    doc("learning", "My course's learners with progress and worksheets waiting for review", "trainer", {
      schema: Learning.learnersSchema,
    }),
    validate("param", Course.courseParams),
    async (c) => c.json(await Learning.learners(actorOf(c), c.req.valid("param").courseId)),
  )
  .get(
    "/submissions",
    doc("learning", "Worksheets waiting for my review", "trainer", { schema: Learning.submissionsSchema }),
    async (c) => c.json(await Learning.pendingSubmissions(actorOf(c))),
  );

export const submissions = new Hono<AppEnv>().post(
  "/:submissionId/review",
  requireActor("trainer", "admin"),
  doc(
    "learning",
    "Accept a worksheet, or ask for a revision with feedback (the course's trainer)",
    "trainer",
    { schema: Learning.submissionSchema },
  ),
  validate("param", Learning.submissionParams),
  validate("json", Learning.reviewInput),
  async (c) =>
    c.json(await Learning.review(actorOf(c), c.req.valid("param").submissionId, c.req.valid("json"))),
);
