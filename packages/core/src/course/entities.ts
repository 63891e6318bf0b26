import { Entity } from "electrodb";
import { service } from "../db/service";

export const courseStatuses = ["draft", "published", "unpublished"] as const;

/**
 * A course's head: who owns it, which version is live (what learners see) and which is the draft being
 * edited or reviewed, plus the live version's summary for the catalog card. Publishing a new version is
 * one conditional update of this item, so learners never see a half-published course.
 */
export const Course = new Entity({
  model: { entity: "course", version: "1", service },
  attributes: {
    courseId: { type: "string", required: true },
    trainerId: { type: "string", required: true },
    trainerName: { type: "string", required: true },
    /** "published" once a version is live; only published courses are in the catalog index. */
    status: { type: courseStatuses, required: true },
    liveVersion: { type: "number" },
    draftVersion: { type: "number" },
    draftState: { type: ["copying", "editing", "in_review"] as const },
    /** The admin's reason when the last review sent the draft back. */
    reviewReason: { type: "string" },
    /** The association's last decision on a submitted draft and when: the trainer's notification. */
    reviewDecision: { type: ["approved", "returned"] as const },
    reviewedAt: { type: "string" },
    submittedAt: { type: "string" },
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    category: { type: "string", required: true },
    level: { type: "string", required: true },
    language: { type: "string", required: true },
    coverUploadId: { type: "string" },
    /** Folded title and summary for the catalog search. */
    searchText: { type: "string", required: true, default: "" },
    durationMinutes: { type: "number", required: true, default: 0 },
    moduleCount: { type: "number", required: true, default: 0 },
    lessonCount: { type: "number", required: true, default: 0 },
    /** The live version's completion rule: the lessons a learner must complete (quizzes passed, worksheets accepted). */
    requiredLessons: { type: "list", items: { type: "string" } },
    /**
     * The live version's reading, video and document lessons: those a learner completes by marking
     * them done, so a completion needs no read of the lesson (absent on courses published before).
     */
    markableLessons: { type: "list", items: { type: "string" } },
    learnerCount: { type: "number", required: true, default: 0 },
    /** The association's badge image for this course's certificates; a generated one when absent. */
    badgeUploadId: { type: "string" },
    /** Report counts of a change to this course (published, taken back) not counted yet (ADR 5). */
    followUps: { type: "set", items: "string" },
    /** Events already counted in learnerCount (see db `once`); swept by the reconciler. */
    applied: { type: "set", items: "string" },
    certificateApproval: { type: "boolean", required: true, default: false },
    publishedAt: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["courseId"] }, sk: { field: "sk", composite: [] } },
    byStatus: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["status"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "courseId"] },
    },
    byTrainer: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["trainerId"] },
      sk: { field: "gsi2sk", composite: ["createdAt", "courseId"] },
    },
  },
});

/** A draft waiting in the association's review queue; removed when an admin decides. */
export const CourseReview = new Entity({
  model: { entity: "courseReview", version: "1", service },
  attributes: {
    courseId: { type: "string", required: true },
    version: { type: "number", required: true },
    title: { type: "string", required: true },
    trainerName: { type: "string", required: true },
    submittedAt: { type: "string", required: true },
  },
  indexes: {
    byCourse: { pk: { field: "pk", composite: ["courseId"] }, sk: { field: "sk", composite: [] } },
    queue: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: [] },
      sk: { field: "gsi1sk", composite: ["submittedAt", "courseId"] },
    },
  },
});

/** One version of a course's own fields; with its modules and lessons it forms the `courseTree` collection. */
export const CourseVersion = new Entity({
  model: { entity: "courseVersion", version: "1", service },
  attributes: {
    courseId: { type: "string", required: true },
    version: { type: "number", required: true },
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    description: { type: "string", required: true },
    category: { type: "string", required: true },
    level: { type: "string", required: true },
    language: { type: "string", required: true },
    coverUploadId: { type: "string" },
    certificateApproval: { type: "boolean", required: true, default: false },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byVersion: {
      collection: "courseTree",
      pk: { field: "pk", composite: ["courseId", "version"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

export const Module = new Entity({
  model: { entity: "module", version: "1", service },
  attributes: {
    courseId: { type: "string", required: true },
    version: { type: "number", required: true },
    moduleId: { type: "string", required: true },
    title: { type: "string", required: true },
    summary: { type: "string", required: true, default: "" },
    position: { type: "number", required: true },
  },
  indexes: {
    byVersion: {
      collection: "courseTree",
      pk: { field: "pk", composite: ["courseId", "version"] },
      sk: { field: "sk", composite: ["moduleId"] },
    },
  },
});

export const lessonKinds = ["text", "video", "document", "quiz", "worksheet"] as const;

/**
 * A lesson's outline: what the course page lists, and the completion rule's part of it (is it
 * required; must a worksheet be accepted). Its body lives in LessonContent.
 */
export const Lesson = new Entity({
  model: { entity: "lesson", version: "1", service },
  attributes: {
    courseId: { type: "string", required: true },
    version: { type: "number", required: true },
    lessonId: { type: "string", required: true },
    moduleId: { type: "string", required: true },
    title: { type: "string", required: true },
    kind: { type: lessonKinds, required: true },
    durationMinutes: { type: "number", required: true, default: 0 },
    position: { type: "number", required: true },
    required: { type: "boolean", required: true, default: true },
    mustBeAccepted: { type: "boolean", required: true, default: false },
  },
  indexes: {
    byVersion: {
      collection: "courseTree",
      pk: { field: "pk", composite: ["courseId", "version"] },
      sk: { field: "sk", composite: ["lessonId"] },
    },
  },
});

/**
 * A lesson's body (Markdown, video, quiz with its answer key, worksheet fields). Kept out of the
 * `courseTree` collection so the course page's Query never reads lesson bodies or answer keys.
 */
export const LessonContent = new Entity({
  model: { entity: "lessonContent", version: "1", service },
  attributes: {
    courseId: { type: "string", required: true },
    version: { type: "number", required: true },
    lessonId: { type: "string", required: true },
    content: { type: "any", required: true },
    /** What the learner reads, rendered and sanitised from the content's Markdown when it was saved (render.ts). */
    html: { type: "string" },
  },
  indexes: {
    byLesson: {
      pk: { field: "pk", composite: ["courseId", "version"] },
      sk: { field: "sk", composite: ["lessonId"] },
    },
  },
});
