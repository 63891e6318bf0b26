import * as v from "valibot";
import type { Actor } from "../actor/index";
import * as Certificate from "../certificate/index";
import {
  type Content,
  documentSchema,
  kindSchema,
  publicQuizSchema,
  textSchema,
  videoSchema,
  worksheetSchema,
} from "../course/content";
import * as Course from "../course/index";
import { isConditionFailure, service } from "../db/index";
import { conflict, DomainError, forbidden, invalid, notFound } from "../error/index";
import * as FollowUp from "../follow-up/index";
import { idSchema, newId } from "../id/index";
import * as Report from "../report/index";
import * as Upload from "../upload/index";
import * as User from "../user/index";
import { answersInput, draw, grade, hideKey } from "./quiz";

export { answersInput };

export const lessonParams = v.object({ courseId: idSchema, lessonId: idSchema });
export const submissionParams = v.object({ submissionId: idSchema });

export const worksheetInput = v.strictObject({
  fields: v.optional(
    v.record(v.pipe(v.string(), v.maxLength(40)), v.pipe(v.string(), v.maxLength(5000))),
    {},
  ),
  uploadId: v.optional(idSchema),
});

export const reviewInput = v.strictObject({
  decision: v.picklist(["accepted", "revision"]),
  feedback: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000)), ""),
});

const enrollmentSchema = v.object({
  courseId: v.string(),
  status: v.picklist(["active", "completed"]),
  progress: v.number(),
  completedLessons: v.array(v.string()),
  lastLessonId: v.nullable(v.string()),
  enrolledAt: v.string(),
  completedAt: v.nullable(v.string()),
});
export const myEnrollmentsSchema = v.object({
  items: v.array(v.object({ ...enrollmentSchema.entries, course: Course.summarySchema })),
});
export { enrollmentSchema };

export const submissionSchema = v.object({
  id: v.string(),
  courseId: v.string(),
  lessonId: v.string(),
  lessonTitle: v.string(),
  learnerName: v.string(),
  fields: v.record(v.string(), v.string()),
  fileUrl: v.nullable(v.string()),
  status: v.picklist(["pending", "accepted", "revision"]),
  feedback: v.nullable(v.string()),
  submittedAt: v.string(),
  reviewedAt: v.nullable(v.string()),
});
export const submissionsSchema = v.object({ items: v.array(submissionSchema) });

const lessonEntries = {
  id: v.string(),
  moduleId: v.string(),
  title: v.string(),
  kind: kindSchema,
  durationMinutes: v.number(),
  required: v.boolean(),
  completed: v.boolean(),
};
/** A lesson as a learner reads it: a quiz without its answer key, a worksheet with the learner's submissions. */
export const lessonBodySchema = v.object({
  ...lessonEntries,
  content: v.union([textSchema, videoSchema, documentSchema, publicQuizSchema, worksheetSchema]),
  /** The body (a worksheet's prompt) as sanitised HTML, rendered by the server from its Markdown; none for a quiz. */
  html: v.optional(v.string()),
  /** Worksheets only: the learner's submissions, newest first. */
  submissions: v.optional(v.array(submissionSchema)),
});

export const attemptSchema = v.object({
  attempt: v.number(),
  attemptsLeft: v.number(),
  score: v.number(),
  maxScore: v.number(),
  percent: v.number(),
  passed: v.boolean(),
  results: v.array(v.object({ questionId: v.string(), correct: v.boolean() })),
  bestPercent: v.number(),
  /** The course's progress after a passed attempt; null when it did not pass. */
  progress: v.nullable(v.number()),
});

export const learnersSchema = v.object({
  items: v.array(
    v.object({
      ...enrollmentSchema.entries,
      userId: v.string(),
      name: v.string(),
      pendingSubmissions: v.array(submissionSchema),
      /** The quizzes the learner has tried: attempts used and the best score. */
      quizzes: v.array(
        v.object({
          lessonId: v.string(),
          attempts: v.number(),
          bestPercent: v.number(),
          passed: v.boolean(),
        }),
      ),
    }),
  ),
});

type Head = Course.Head;
type EnrollmentItem = NonNullable<Awaited<ReturnType<typeof getEnrollment>>>;
/** What is left to do after an enrollment changed; flagged on the enrollment with the change itself. */
type Pending = "enrollmentCounted" | "completionCounted" | "certificate";

const now = () => new Date().toISOString();
const subjectOf = (item: { userId: string; courseId: string }) => `${item.userId}#${item.courseId}`;

async function getEnrollment(userId: string, courseId: string) {
  return (await service.entities.Enrollment.get({ userId, courseId }).go()).data;
}

function progressOf(head: Head, completed: string[] | undefined): number {
  const required = head.requiredLessons ?? [];
  if (!required.length) return 100;
  const done = new Set(completed ?? []);
  return Math.round((required.filter((id) => done.has(id)).length / required.length) * 100);
}

function toEnrollment(item: EnrollmentItem, head: Head) {
  return {
    courseId: item.courseId,
    status: item.status,
    progress: progressOf(head, item.completedLessons),
    completedLessons: item.completedLessons ?? [],
    lastLessonId: item.lastLessonId ?? null,
    enrolledAt: item.enrolledAt,
    completedAt: item.completedAt ?? null,
  };
}

async function publishedHead(courseId: string): Promise<Head & { liveVersion: number }> {
  const head = await Course.head(courseId);
  // An unpublished course stays readable for those already in it (ADR 0013); enroll() refuses it.
  const readable = head?.status === "published" || head?.status === "unpublished";
  if (!readable || head.liveVersion === undefined) throw notFound("course_not_found");
  return head as Head & { liveVersion: number };
}

/**
 * Finishes what an enrollment's changes left to do, each step idempotent and its flag cleared only
 * after it: the enrollment counted (course card and reports), the completion counted, the certificate
 * issued. Runs in the request that made the change, in any later request that sees a flag, and in the
 * reconciler. This is where completion leads to a certificate.
 */
export async function settle(item: EnrollmentItem, known?: Head): Promise<EnrollmentItem> {
  const pending = new Set((item.followUps ?? []) as Pending[]);
  if (!pending.size) return item;
  const subject = subjectOf(item);
  const course = known ?? (await Course.head(item.courseId));
  const where = {
    regency: item.regency,
    sector: item.sector,
    course: { id: item.courseId, title: course?.title ?? item.courseId },
  };
  // Every step is idempotent, so the flags are cleared together once all succeeded (one write, not
  // one per flag): a fault in a later step leaves every flag, and the retry repeats harmlessly.
  if (pending.has("enrollmentCounted")) {
    await Course.countLearner(item.courseId, FollowUp.eventId("enrollment", subject, "learnerCount"));
    await Report.countOnce(
      "enrollments",
      { ...where, at: item.enrolledAt },
      FollowUp.eventId("enrollment", subject, "enrollments"),
    );
  }
  const completedAt = item.completedAt ?? item.updatedAt;
  if (pending.has("completionCounted")) {
    await Report.countOnce(
      "completions",
      { ...where, at: completedAt },
      FollowUp.eventId("completion", subject, "completions"),
    );
  }
  if (pending.has("certificate")) {
    await Certificate.issueFor(
      {
        userId: item.userId,
        courseId: item.courseId,
        completedAt,
        regency: item.regency,
        sector: item.sector,
      },
      known,
    );
  }
  await service.entities.Enrollment.update({ userId: item.userId, courseId: item.courseId })
    .delete({ followUps: [...pending] })
    .go();
  if (pending.has("enrollmentCounted")) await FollowUp.settled("enrollment", subject);
  if (item.status === "completed") await FollowUp.settled("completion", subject);
  return { ...item, followUps: [] };
}

/** Settles an enrollment by its key; false when there was nothing to do (the reconciler's view). */
export async function settleByKey(userId: string, courseId: string): Promise<boolean> {
  const item = await getEnrollment(userId, courseId);
  if (!item?.followUps?.length) return false;
  await settle(item);
  return true;
}

/** Enrolls the actor once: `created` is true only for the request that made the enrollment. */
export async function enroll(
  actor: Actor,
  courseId: string,
): Promise<{ created: boolean; enrollment: v.InferOutput<typeof enrollmentSchema> }> {
  const [head, user] = await Promise.all([publishedHead(courseId), User.get(actor.userId)]);
  if (head.trainerId === actor.userId) throw forbidden("own_course_enroll");
  if (head.status !== "published") {
    const existing = await getEnrollment(actor.userId, courseId);
    if (!existing) throw notFound("course_not_found");
    return { created: false, enrollment: toEnrollment(existing, head) };
  }
  const at = now();
  const key = { userId: actor.userId, courseId };
  await FollowUp.announce("enrollment", subjectOf(key));
  const created = await service.entities.Enrollment.create({
    ...key,
    learnerName: actor.name,
    regency: user?.regency,
    sector: user?.sector,
    status: "active",
    enrolledAt: at,
    updatedAt: at,
    followUps: ["enrollmentCounted"],
  })
    .go()
    .then(({ data }) => data as EnrollmentItem)
    .catch((error: unknown) => {
      if (isConditionFailure(error)) return undefined;
      throw error;
    });
  const item = await settle(
    created ?? ((await getEnrollment(actor.userId, courseId)) as EnrollmentItem),
    head,
  );
  return { created: Boolean(created), enrollment: toEnrollment(item, head) };
}

/** The actor's enrollments, each settled first: a completion seen here is never left without its certificate. */
async function settledEnrollments(actor: Actor) {
  const { data } = await service.entities.Enrollment.query
    .byUser({ userId: actor.userId })
    .go({ pages: "all" });
  return Promise.all(data.map((item) => settle(item)));
}

/** The actor's certificates, after finishing any issuance a fault left undone. */
export async function myCertificates(actor: Actor): Promise<v.InferOutput<typeof Certificate.mineSchema>> {
  await settledEnrollments(actor);
  return Certificate.mine(actor);
}

export async function myEnrollments(actor: Actor): Promise<v.InferOutput<typeof myEnrollmentsSchema>> {
  const data = await settledEnrollments(actor);
  if (!data.length) return { items: [] };
  const heads = await Course.heads(data.map(({ courseId }) => courseId));
  const byId = new Map(heads.map((head) => [head.courseId, head]));
  return {
    items: data
      .filter((item) => byId.has(item.courseId))
      .map((item) => {
        const head = byId.get(item.courseId) as Head;
        return { ...toEnrollment(item, head), course: Course.toSummary(head) };
      })
      .sort((a, b) => (b.enrolledAt > a.enrolledAt ? 1 : -1)),
  };
}

/** The enrollment the actor needs to learn in this course; 403 when not enrolled. */
async function requireEnrollment(actor: Actor, courseId: string) {
  const head = await publishedHead(courseId);
  const enrollment = await getEnrollment(actor.userId, courseId);
  if (!enrollment) throw forbidden("not_enrolled");
  return { head, enrollment };
}

const liveLesson = Course.lessonOf;

/**
 * A lesson's body for a learner (enrolled), the course's trainer or an admin, read without writing
 * anything. A quiz comes without its answer key, with the questions drawn for the learner's next
 * attempt (none yet until `open` draws them); a worksheet with the learner's submissions.
 */
export async function lesson(
  actor: Actor,
  courseId: string,
  lessonId: string,
): Promise<v.InferOutput<typeof lessonBodySchema>> {
  const head = await publishedHead(courseId);
  const enrollment = await getEnrollment(actor.userId, courseId);
  if (!enrollment && !Course.isStaff(actor, head)) throw forbidden("not_enrolled");
  return lessonBody(actor, head, enrollment, await liveLesson(courseId, head.liveVersion, lessonId));
}

/**
 * Opens a lesson: records it as the learner's place to resume, and for a quiz draws the questions of
 * the next attempt unless they are drawn already (reloading does not redraw). Answers as `lesson`.
 */
export async function open(
  actor: Actor,
  courseId: string,
  lessonId: string,
): Promise<v.InferOutput<typeof lessonBodySchema>> {
  const head = await publishedHead(courseId);
  const enrollment = await getEnrollment(actor.userId, courseId);
  if (!enrollment && !Course.isStaff(actor, head)) throw forbidden("not_enrolled");
  const live = await liveLesson(courseId, head.liveVersion, lessonId);
  const { content } = live;
  if (enrollment) {
    const key = { userId: actor.userId, courseId };
    await service.entities.Enrollment.patch(key).set({ lastLessonId: lessonId, updatedAt: now() }).go();
    if (content.kind === "quiz") await drawOnce({ ...key, lessonId }, content);
  }
  return lessonBody(actor, head, enrollment && { ...enrollment, lastLessonId: lessonId }, live);
}

type Quiz = Extract<Content, { kind: "quiz" }>;
type QuizKey = { userId: string; courseId: string; lessonId: string };

/** Draws the next attempt's questions unless a draw is waiting already. */
async function drawOnce(key: QuizKey, quiz: Quiz) {
  await service.entities.QuizState.update(key)
    .set({ draw: draw(quiz) })
    .where((attr, op) => op.notExists(attr.draw))
    .go()
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
}

async function lessonBody(
  actor: Actor,
  head: Head & { liveVersion: number },
  enrollment: EnrollmentItem | null | undefined,
  { outline, content, html }: Awaited<ReturnType<typeof liveLesson>>,
) {
  const courseId = head.courseId;
  const lessonId = outline.lessonId;
  const base = {
    id: outline.lessonId,
    moduleId: outline.moduleId,
    title: outline.title,
    kind: outline.kind,
    durationMinutes: outline.durationMinutes,
    required: outline.required,
    completed: enrollment?.completedLessons?.includes(lessonId) ?? false,
  };
  if (content.kind === "quiz") {
    const { data: state } = await service.entities.QuizState.get({
      userId: actor.userId,
      courseId,
      lessonId,
    }).go();
    // Staff preview every question; a learner sees only what was drawn for their next attempt.
    const drawn = enrollment ? (state?.draw ?? []) : content.questions.map((q) => q.id);
    const byId = new Map(content.questions.map((q) => [q.id, q]));
    return {
      ...base,
      content: {
        kind: "quiz" as const,
        passMark: content.passMark,
        attemptLimit: content.attemptLimit,
        attemptsUsed: state?.attempts ?? 0,
        bestPercent: state?.bestPercent ?? null,
        passed: state?.passed ?? false,
        questions: drawn
          .filter((id) => byId.has(id))
          .map((id) => hideKey(byId.get(id) as (typeof content.questions)[number])),
      },
    };
  }
  // Lessons saved before HTML was stored are rendered here.
  const body = { content, html: html ?? (await Course.htmlOf(content)) };
  if (content.kind === "worksheet") {
    return {
      ...base,
      ...body,
      submissions: enrollment ? await mySubmissions(actor.userId, courseId, lessonId) : [],
    };
  }
  return { ...base, ...body };
}

/**
 * Records that a requirement of the course is met, then completes the enrollment when the rule is
 * met. The set only grows (ADD), and completion is a conditional write from active, so it happens
 * exactly once however many requests race here.
 */
async function markDone(userId: string, courseId: string, lessonId: string, head: Head) {
  // patch: only an existing enrollment (a learner not enrolled is refused, nothing is made).
  const { data } = await service.entities.Enrollment.patch({ userId, courseId })
    .add({ completedLessons: [lessonId] })
    .set({ lastLessonId: lessonId, updatedAt: now() })
    .go({ response: "all_new" })
    .catch((error: unknown) => {
      throw isConditionFailure(error) ? forbidden("not_enrolled") : error;
    });
  let item = data as EnrollmentItem;
  const done = new Set(item.completedLessons ?? []);
  const ruleMet = (head.requiredLessons ?? []).every((id) => done.has(id));
  if (ruleMet && item.status === "active") {
    await FollowUp.announce("completion", subjectOf(item));
    item = await service.entities.Enrollment.patch({ userId, courseId })
      .set({ status: "completed", completedAt: now() })
      .add({ followUps: ["completionCounted", "certificate"] })
      .where((attr, op) => op.eq(attr.status, "active"))
      .go({ response: "all_new" })
      .then(({ data: completed }) => completed as EnrollmentItem)
      .catch(async (error: unknown) => {
        if (!isConditionFailure(error)) throw error;
        return (await getEnrollment(userId, courseId)) as EnrollmentItem;
      });
  }
  return toEnrollment(await settle(item, head), head);
}

/**
 * Marks a reading, video or document lesson complete (idempotent). The course's head names those
 * lessons, so the usual completion is three reads less than checking the enrollment and the lesson
 * first (issue 14): the conditional update itself refuses a learner who is not enrolled.
 */
export async function completeLesson(
  actor: Actor,
  courseId: string,
  lessonId: string,
): Promise<v.InferOutput<typeof enrollmentSchema>> {
  const head = await publishedHead(courseId);
  if (!head.markableLessons?.includes(lessonId)) {
    // Not one to mark (or a course published before the head named them): say why, in the same order as ever.
    await requireEnrollment(actor, courseId);
    const outline = await Course.lessonOutline(courseId, head.liveVersion, lessonId);
    if (outline.kind === "quiz") throw conflict("quiz_must_be_passed");
    if (outline.kind === "worksheet") throw conflict("worksheet_must_be_submitted");
  }
  return markDone(actor.userId, courseId, lessonId, head);
}

/**
 * Grades a quiz attempt. The attempt number comes from a counter that only increments while it is
 * below the limit (a conditional ADD), so the limit holds under any number of parallel submissions.
 */
export async function attempt(
  actor: Actor,
  courseId: string,
  lessonId: string,
  input: v.InferOutput<typeof answersInput>,
): Promise<v.InferOutput<typeof attemptSchema>> {
  const { head, enrollment: current } = await requireEnrollment(actor, courseId);
  const { content } = await liveLesson(courseId, head.liveVersion as number, lessonId);
  if (content.kind !== "quiz") throw invalid("not_a_quiz");
  const key = { userId: actor.userId, courseId, lessonId };
  const { data: state } = await service.entities.QuizState.get(key).go();
  // Passed before, but a fault stopped the lesson from counting: count it now, whatever this attempt does.
  if (state?.passed && !current.completedLessons?.includes(lessonId))
    await markDone(actor.userId, courseId, lessonId, head);
  const drawn = state?.draw ?? (content.drawCount ? undefined : content.questions.map((q) => q.id));
  if (!drawn) throw conflict("quiz_not_opened");
  const result = grade(content, drawn, input.answers);
  const limit = content.attemptLimit;
  const counted = await service.entities.QuizState.update(key)
    .add({ attempts: 1 })
    .where((attr, op) => `${op.notExists(attr.attempts)} OR ${op.lt(attr.attempts, limit)}`)
    .go({ response: "all_new" })
    .catch((error: unknown) => {
      if (isConditionFailure(error)) throw new DomainError("conflict", "attempt_limit", { limit });
      throw error;
    });
  const number = counted.data.attempts ?? 1;
  await service.entities.QuizAttempt.create({
    ...key,
    attempt: number,
    answers: input.answers,
    ...result,
    submittedAt: now(),
  }).go();
  const best = await service.entities.QuizState.patch(key)
    .set({ bestPercent: result.percent, passed: result.passed })
    .where((attr, op) => `${op.notExists(attr.bestPercent)} OR ${op.lt(attr.bestPercent, result.percent)}`)
    .go({ response: "all_new" })
    .then((r) => r.data)
    .catch(async (error: unknown) => {
      if (!isConditionFailure(error)) throw error;
      return (await service.entities.QuizState.get(key).go()).data;
    });
  // The next attempt gets a fresh draw, made here rather than by reading the lesson.
  if (number < limit)
    await service.entities.QuizState.patch(key)
      .set({ draw: draw(content) })
      .go();
  const enrollment = result.passed ? await markDone(actor.userId, courseId, lessonId, head) : null;
  return {
    attempt: number,
    attemptsLeft: Math.max(0, limit - number),
    ...result,
    bestPercent: best?.bestPercent ?? result.percent,
    progress: enrollment?.progress ?? null,
  };
}

async function mySubmissions(userId: string, courseId: string, lessonId: string) {
  const { data } = await service.entities.Submission.query
    .byLearner({ userId, courseId })
    .begins({ lessonId })
    .go({ pages: "all", order: "desc" });
  return data.map(toSubmission);
}

type SubmissionItem = NonNullable<Awaited<ReturnType<typeof getSubmission>>>;
async function getSubmission(submissionId: string) {
  return (await service.entities.Submission.get({ submissionId }).go()).data;
}

const toSubmission = (item: SubmissionItem) => ({
  id: item.submissionId,
  courseId: item.courseId,
  lessonId: item.lessonId,
  lessonTitle: item.lessonTitle,
  learnerName: item.learnerName,
  fields: (item.fields ?? {}) as Record<string, string>,
  fileUrl: item.uploadId ? Course.fileUrl(item.uploadId) : null,
  status: item.status,
  feedback: item.feedback ?? null,
  submittedAt: item.submittedAt,
  reviewedAt: item.reviewedAt ?? null,
});

/** Two worksheets' answers are the same whatever order their fields were stored in. */
const sameFields = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** Hands in a worksheet: its named fields and/or a file; a worksheet that need not be accepted is done at once. */
export async function submitWorksheet(
  actor: Actor,
  courseId: string,
  lessonId: string,
  input: v.InferOutput<typeof worksheetInput>,
): Promise<v.InferOutput<typeof submissionSchema>> {
  const { head } = await requireEnrollment(actor, courseId);
  const { outline, content } = await liveLesson(courseId, head.liveVersion as number, lessonId);
  if (content.kind !== "worksheet") throw invalid("not_a_worksheet");
  const names = new Set(content.fields.map((f) => f.name));
  const unknown = Object.keys(input.fields).find((name) => !names.has(name));
  if (unknown) throw invalid("worksheet_field_unknown", { field: unknown });
  const filled = Object.fromEntries(
    Object.entries(input.fields)
      .map(([k, value]) => [k, value.trim()])
      .filter(([, value]) => value),
  );
  if (input.uploadId) {
    if (!content.allowUpload) throw invalid("worksheet_no_upload");
    await Upload.requireReady(actor, input.uploadId, ["image", "document"]);
    await Upload.shareWith(input.uploadId, head.trainerId);
  }
  if (!Object.keys(filled).length && !input.uploadId) throw invalid("worksheet_empty");
  const previous = (await mySubmissions(actor.userId, courseId, lessonId))[0];
  const sameAsBefore =
    previous &&
    sameFields(previous.fields, filled) &&
    previous.fileUrl === (input.uploadId ? Course.fileUrl(input.uploadId) : null);
  if (sameAsBefore && previous.status !== "revision") {
    // A retry of a hand-in that was stored: answer as the first time, and finish what it started.
    if (previous.status === "accepted") await markDone(actor.userId, courseId, lessonId, head);
    return previous;
  }
  if (previous?.status === "pending") throw conflict("submission_pending");
  if (previous?.status === "accepted") {
    // Accepted before, but a fault may have stopped the lesson from counting: count it, then refuse.
    await markDone(actor.userId, courseId, lessonId, head);
    throw conflict("submission_accepted");
  }
  const submissionId = newId();
  const mustBeAccepted = outline.mustBeAccepted;
  await service.entities.Submission.create({
    submissionId,
    userId: actor.userId,
    learnerName: actor.name,
    courseId,
    lessonId,
    lessonTitle: outline.title,
    trainerId: head.trainerId,
    fields: filled,
    ...(input.uploadId ? { uploadId: input.uploadId } : {}),
    status: mustBeAccepted ? "pending" : "accepted",
    submittedAt: now(),
  }).go();
  if (!mustBeAccepted) await markDone(actor.userId, courseId, lessonId, head);
  return toSubmission((await getSubmission(submissionId)) as SubmissionItem);
}

/** The course's trainer accepts a submission (the lesson counts as done) or asks for a revision with feedback. */
export async function review(
  actor: Actor,
  submissionId: string,
  input: v.InferOutput<typeof reviewInput>,
): Promise<v.InferOutput<typeof submissionSchema>> {
  const submission = await getSubmission(submissionId);
  if (!submission) throw notFound("submission_not_found");
  await Course.assertOwner(actor, submission.courseId, "read");
  if (submission.userId === actor.userId) throw forbidden("own_work_review");
  if (input.decision === "revision" && !input.feedback) throw invalid("feedback_required");
  const { data } = await service.entities.Submission.patch({ submissionId })
    // The trainer index's key is built from trainerId and status together.
    .set({ status: input.decision, trainerId: submission.trainerId, reviewedAt: now() })
    .set(input.feedback ? { feedback: input.feedback } : {})
    .where((attr, op) => op.eq(attr.status, "pending"))
    .go({ response: "all_new" })
    .catch(async (error: unknown) => {
      if (!isConditionFailure(error)) throw error;
      // Decided already: the same decision (a retry, or two reviewers agreeing) answers as the first did.
      const current = (await getSubmission(submissionId)) as SubmissionItem;
      const same =
        current.status === input.decision &&
        (input.decision === "accepted" || current.feedback === input.feedback);
      if (!same) throw conflict("submission_reviewed");
      return { data: current };
    });
  if (input.decision === "accepted") {
    const head = await publishedHead(submission.courseId);
    await markDone(submission.userId, submission.courseId, submission.lessonId, head);
  }
  return toSubmission(data as SubmissionItem);
}

export async function pendingSubmissions(actor: Actor): Promise<v.InferOutput<typeof submissionsSchema>> {
  const { data } = await service.entities.Submission.query
    .byTrainer({ trainerId: actor.userId, status: "pending" })
    .go({ pages: "all" });
  return { items: data.map(toSubmission) };
}

/** A trainer's view of one course's learners: progress and worksheets waiting for review. */
export async function learners(
  actor: Actor,
  courseId: string,
): Promise<v.InferOutput<typeof learnersSchema>> {
  const head = await Course.assertOwner(actor, courseId, "read");
  const [enrollments, pending] = await Promise.all([
    service.entities.Enrollment.query.byCourse({ courseId }).go({ pages: "all" }),
    service.entities.Submission.query
      .byTrainer({ trainerId: head.trainerId, status: "pending" })
      .go({ pages: "all" }),
  ]);
  const waiting = pending.data.filter((s) => s.courseId === courseId);
  const quizzes = await Promise.all(
    enrollments.data.map(({ userId }) =>
      service.entities.QuizState.query.byLesson({ userId, courseId }).go({ pages: "all" }),
    ),
  );
  return {
    items: enrollments.data.map((item, index) => ({
      userId: item.userId,
      name: item.learnerName,
      ...toEnrollment(item, head),
      pendingSubmissions: waiting.filter((s) => s.userId === item.userId).map(toSubmission),
      quizzes: (quizzes[index]?.data ?? [])
        .filter((quiz) => quiz.attempts > 0)
        .map(({ lessonId, attempts, bestPercent, passed }) => ({
          lessonId,
          attempts,
          bestPercent: bestPercent ?? 0,
          passed: passed ?? false,
        })),
    })),
  };
}

/**
 * A member's worksheets whose latest hand-in was sent back for a revision (for their notifications).
 * A submission's sort key is its lesson then its time, so the last one per lesson is the latest.
 */
export async function returnedWorksheets(userId: string) {
  const enrollments = await enrollmentsOf(userId);
  const lists = await Promise.all(
    enrollments.map(({ courseId }) =>
      service.entities.Submission.query.byLearner({ userId, courseId }).go({ pages: "all" }),
    ),
  );
  const latest = new Map<string, SubmissionItem>();
  for (const item of lists.flatMap(({ data }) => data)) latest.set(`${item.courseId}/${item.lessonId}`, item);
  return [...latest.values()].filter((item) => item.status === "revision").map(toSubmission);
}

/** A member's enrollments as stored, for the association's member page and the member's own export. */
export async function enrollmentsOf(userId: string) {
  return (await service.entities.Enrollment.query.byUser({ userId }).go({ pages: "all" })).data;
}

/** Every enrollment, for recounts (a Scan: never in a request path). */
export async function allEnrollments() {
  return (await service.entities.Enrollment.scan.go({ pages: "all" })).data;
}

/**
 * Takes a deleted member's name and worksheet answers off their enrollments and submissions (the
 * trainer sees "deleted account"), and deletes their worksheet files. Progress stays, nameless, so
 * the course's figures do not change. Safe to repeat.
 */
export async function forgetLearner(userId: string) {
  const { data: enrollments } = await service.entities.Enrollment.query
    .byUser({ userId })
    .go({ pages: "all" });
  for (const enrollment of enrollments) {
    if (enrollment.learnerName)
      await service.entities.Enrollment.patch({ userId, courseId: enrollment.courseId })
        .set({ learnerName: "" })
        .go();
    const { data: submissions } = await service.entities.Submission.query
      .byLearner({ userId, courseId: enrollment.courseId })
      .go({ pages: "all" });
    for (const submission of submissions) {
      if (submission.uploadId) await Upload.forget(submission.uploadId);
      await service.entities.Submission.patch({ submissionId: submission.submissionId })
        .set({ learnerName: "", fields: {}, trainerId: submission.trainerId, status: submission.status })
        .remove(["uploadId"])
        .go();
    }
  }
}

/** Everything learning keeps about a member (UU PDP export): enrollments, quiz attempts, submissions. */
export async function exportFor(userId: string) {
  const enrollments = await enrollmentsOf(userId);
  const perCourse = await Promise.all(
    enrollments.map(async ({ courseId }) => {
      const quizzes = await service.entities.QuizState.query
        .byLesson({ userId, courseId })
        .go({ pages: "all" });
      const [attempts, submissions] = await Promise.all([
        Promise.all(
          quizzes.data.map(({ lessonId }) =>
            service.entities.QuizAttempt.query
              .byLesson({ userId, courseId, lessonId })
              .go({ pages: "all" })
              .then(({ data }) => data),
          ),
        ).then((lists) => lists.flat()),
        service.entities.Submission.query
          .byLearner({ userId, courseId })
          .go({ pages: "all" })
          .then(({ data }) => data.map(toSubmission)),
      ]);
      return { quizzes: quizzes.data, attempts, submissions };
    }),
  );
  return {
    enrollments: enrollments.map(({ followUps: _f, ...enrollment }) => ({
      ...enrollment,
      completedLessons: enrollment.completedLessons ?? [],
    })),
    quizzes: perCourse.flatMap(({ quizzes }) => quizzes.map(({ userId: _u, draw: _d, ...quiz }) => quiz)),
    quizAttempts: perCourse.flatMap(({ attempts }) => attempts.map(({ userId: _u, ...attempt }) => attempt)),
    submissions: perCourse.flatMap(({ submissions }) => submissions),
  };
}

/** One enrollment as stored, or null. */
export async function enrollmentOf(userId: string, courseId: string) {
  return getEnrollment(userId, courseId);
}

/** Moves a course's waiting worksheets to its new trainer; the moved ones, for their files' access. */
export async function reassignReviews(courseId: string, from: string, to: string) {
  const { data } = await service.entities.Submission.query
    .byTrainer({ trainerId: from, status: "pending" })
    .go({ pages: "all" });
  const moved = data.filter((s) => s.courseId === courseId);
  for (const submission of moved)
    await service.entities.Submission.patch({ submissionId: submission.submissionId })
      .set({ trainerId: to, status: "pending" })
      .go();
  return moved;
}

/** One page of enrollments in time order, for the association's export. */
export function enrollmentPage(cursor: string | null, limit: number) {
  return service.entities.Enrollment.query.byEnrolled({}).go({ cursor, limit });
}

/**
 * A course as its viewer may see it: published ones for anyone; an unpublished one only for its
 * learners, its trainer and admins (ADR 13).
 */
export async function courseFor(courseId: string, viewer?: Actor): Promise<Course.Detail> {
  const head = await Course.head(courseId);
  const mayView =
    head?.status === "published" ||
    (head?.status === "unpublished" &&
      viewer &&
      (Course.isStaff(viewer, head) || Boolean(await getEnrollment(viewer.userId, courseId))));
  if (!head || !mayView) throw notFound("course_not_found");
  return Course.detailOf(head);
}
