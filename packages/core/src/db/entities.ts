import { Entity } from "electrodb";

/**
 * Every entity of the single table. Keys are built here and only here (ElectroDB composites);
 * the access patterns of each are listed in packages/core/README.md.
 */
const service = "berdaya";

export const User = new Entity({
  model: { entity: "user", version: "1", service },
  attributes: {
    userId: { type: "string", required: true },
    name: { type: "string", required: true },
    phone: { type: "string" },
    email: { type: "string" },
    role: { type: ["learner", "trainer", "admin"] as const, required: true, default: "learner" },
    passwordHash: { type: "string", required: true },
    businessName: { type: "string" },
    sector: { type: "string" },
    regency: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["userId"] }, sk: { field: "sk", composite: [] } },
  },
});

/** A login handle (an E.164 phone or a lowercased email) owned by exactly one user. */
export const Identity = new Entity({
  model: { entity: "identity", version: "1", service },
  attributes: {
    identifier: { type: "string", required: true },
    userId: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byIdentifier: { pk: { field: "pk", composite: ["identifier"] }, sk: { field: "sk", composite: [] } },
  },
});

export const courseStatuses = ["draft", "in_review", "published"] as const;

export const Course = new Entity({
  model: { entity: "course", version: "1", service },
  attributes: {
    courseId: { type: "string", required: true },
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    description: { type: "string", required: true },
    category: { type: "string", required: true },
    level: { type: "string", required: true },
    language: { type: "string", required: true },
    coverKey: { type: "string" },
    trainerId: { type: "string", required: true },
    trainerName: { type: "string", required: true },
    status: { type: courseStatuses, required: true },
    durationMinutes: { type: "number", required: true, default: 0 },
    moduleCount: { type: "number", required: true, default: 0 },
    lessonCount: { type: "number", required: true, default: 0 },
    learnerCount: { type: "number", required: true, default: 0 },
    certificateApproval: { type: "boolean", required: true, default: false },
    publishedAt: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: {
      collection: "courseTree",
      pk: { field: "pk", composite: ["courseId"] },
      sk: { field: "sk", composite: [] },
    },
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

export const Module = new Entity({
  model: { entity: "module", version: "1", service },
  attributes: {
    courseId: { type: "string", required: true },
    moduleId: { type: "string", required: true },
    title: { type: "string", required: true },
    summary: { type: "string", required: true, default: "" },
    position: { type: "number", required: true },
  },
  indexes: {
    byCourse: {
      collection: "courseTree",
      pk: { field: "pk", composite: ["courseId"] },
      sk: { field: "sk", composite: ["moduleId"] },
    },
  },
});

export const lessonKinds = ["text", "video", "document", "quiz", "worksheet"] as const;

/** A lesson's outline: what the course page lists. Its body lives in LessonContent. */
export const Lesson = new Entity({
  model: { entity: "lesson", version: "1", service },
  attributes: {
    courseId: { type: "string", required: true },
    lessonId: { type: "string", required: true },
    moduleId: { type: "string", required: true },
    title: { type: "string", required: true },
    kind: { type: lessonKinds, required: true },
    durationMinutes: { type: "number", required: true, default: 0 },
    position: { type: "number", required: true },
  },
  indexes: {
    byCourse: {
      collection: "courseTree",
      pk: { field: "pk", composite: ["courseId"] },
      sk: { field: "sk", composite: ["lessonId"] },
    },
  },
});

/**
 * A lesson's body (Markdown, video, quiz with its answer key, worksheet fields). Kept apart from the
 * outline so the course page's single Query never reads lesson bodies or answer keys.
 */
export const LessonContent = new Entity({
  model: { entity: "lessonContent", version: "1", service },
  attributes: {
    courseId: { type: "string", required: true },
    lessonId: { type: "string", required: true },
    content: { type: "any", required: true },
  },
  indexes: {
    byLesson: {
      pk: { field: "pk", composite: ["courseId"] },
      sk: { field: "sk", composite: ["lessonId"] },
    },
  },
});

/** The association that runs this deployment: its name and the people who sign its certificates. */
export const Association = new Entity({
  model: { entity: "association", version: "1", service },
  attributes: {
    associationId: { type: "string", required: true },
    name: { type: "string", required: true },
    shortName: { type: "string", required: true },
    address: { type: "string", required: true, default: "" },
    issuerUrl: { type: "string", required: true },
    signerName: { type: "string", required: true },
    signerTitle: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["associationId"] }, sk: { field: "sk", composite: [] } },
  },
});

export const entities = { User, Identity, Course, Module, Lesson, LessonContent, Association };
