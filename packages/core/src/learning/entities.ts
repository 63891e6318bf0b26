import { Entity } from "electrodb";
import { service } from "../db/service";

/**
 * A member taking a course. Completed lessons are a string set grown only with ADD, so parallel
 * completions never lose one another and progress never goes backwards.
 */
export const Enrollment = new Entity({
  model: { entity: "enrollment", version: "1", service },
  attributes: {
    userId: { type: "string", required: true },
    courseId: { type: "string", required: true },
    learnerName: { type: "string", required: true },
    /** Where the member was when enrolling: the reports count the enrollment there. */
    regency: { type: "string" },
    sector: { type: "string" },
    status: { type: ["active", "completed"] as const, required: true },
    completedLessons: { type: "set", items: "string" },
    lastLessonId: { type: "string" },
    enrolledAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
    completedAt: { type: "string" },
    /** Consequences not yet finished (counted, certificate): set with the change that causes them. */
    followUps: { type: "set", items: "string" },
  },
  indexes: {
    byUser: { pk: { field: "pk", composite: ["userId"] }, sk: { field: "sk", composite: ["courseId"] } },
    byCourse: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["courseId"] },
      sk: { field: "gsi1sk", composite: ["enrolledAt", "userId"] },
    },
    /** Every enrollment in time order, for the association's CSV export. */
    byEnrolled: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: [] },
      sk: { field: "gsi2sk", composite: ["enrolledAt", "userId", "courseId"] },
    },
  },
});

/** A learner's quiz on one lesson: attempts used (a counter bounded by a condition), the current draw, the best score. */
export const QuizState = new Entity({
  model: { entity: "quizState", version: "1", service },
  attributes: {
    userId: { type: "string", required: true },
    courseId: { type: "string", required: true },
    lessonId: { type: "string", required: true },
    attempts: { type: "number", required: true, default: 0 },
    /** The question ids drawn for the next attempt, in the order shown. */
    draw: { type: "list", items: { type: "string" } },
    bestPercent: { type: "number" },
    passed: { type: "boolean" },
  },
  indexes: {
    byLesson: {
      pk: { field: "pk", composite: ["userId", "courseId"] },
      sk: { field: "sk", composite: ["lessonId"] },
    },
  },
});

/** One graded attempt, kept for the learner's history and the trainer's view. */
export const QuizAttempt = new Entity({
  model: { entity: "quizAttempt", version: "1", service },
  attributes: {
    userId: { type: "string", required: true },
    courseId: { type: "string", required: true },
    lessonId: { type: "string", required: true },
    attempt: { type: "number", required: true },
    answers: { type: "any", required: true },
    score: { type: "number", required: true },
    maxScore: { type: "number", required: true },
    percent: { type: "number", required: true },
    passed: { type: "boolean", required: true },
    submittedAt: { type: "string", required: true },
  },
  indexes: {
    byLesson: {
      pk: { field: "pk", composite: ["userId", "courseId", "lessonId"] },
      sk: { field: "sk", composite: ["attempt"] },
    },
  },
});

/** A worksheet handed in; the course's trainer accepts it or asks for a revision with feedback. */
export const Submission = new Entity({
  model: { entity: "submission", version: "1", service },
  attributes: {
    submissionId: { type: "string", required: true },
    userId: { type: "string", required: true },
    learnerName: { type: "string", required: true },
    courseId: { type: "string", required: true },
    lessonId: { type: "string", required: true },
    lessonTitle: { type: "string", required: true },
    trainerId: { type: "string", required: true },
    fields: { type: "any" },
    uploadId: { type: "string" },
    status: { type: ["pending", "accepted", "revision"] as const, required: true },
    feedback: { type: "string" },
    submittedAt: { type: "string", required: true },
    reviewedAt: { type: "string" },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["submissionId"] }, sk: { field: "sk", composite: [] } },
    byTrainer: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["trainerId", "status"] },
      sk: { field: "gsi1sk", composite: ["submittedAt", "submissionId"] },
    },
    byLearner: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["userId", "courseId"] },
      sk: { field: "gsi2sk", composite: ["lessonId", "submittedAt"] },
    },
  },
});
