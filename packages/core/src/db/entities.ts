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
    /** The name lowercased without accents, for the admin's member search. */
    searchName: { type: "string", required: true },
    phone: { type: "string" },
    email: { type: "string" },
    role: { type: ["learner", "trainer", "admin"] as const, required: true, default: "learner" },
    passwordHash: { type: "string", required: true },
    businessName: { type: "string" },
    sector: { type: "string" },
    regency: { type: "string" },
    /** The latest trainer application and its status, kept here so only one can be pending at a time. */
    applicationId: { type: "string" },
    applicationStatus: { type: ["pending", "approved", "rejected"] as const },
    trainerSince: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["userId"] }, sk: { field: "sk", composite: [] } },
    byCreated: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: [] },
      sk: { field: "gsi1sk", composite: ["createdAt", "userId"] },
    },
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
    learnerCount: { type: "number", required: true, default: 0 },
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
  },
  indexes: {
    byLesson: {
      pk: { field: "pk", composite: ["courseId", "version"] },
      sk: { field: "sk", composite: ["lessonId"] },
    },
  },
});

/** A file a member uploaded straight to S3 with a presigned URL; usable only once checked. */
export const Upload = new Entity({
  model: { entity: "upload", version: "1", service },
  attributes: {
    uploadId: { type: "string", required: true },
    ownerId: { type: "string", required: true },
    kind: { type: ["image", "document", "video", "package"] as const, required: true },
    /** Course material is readable by anyone holding its id; a learner's submission only by its readers. */
    purpose: { type: ["course", "submission"] as const, required: true },
    filename: { type: "string", required: true },
    declaredType: { type: "string", required: true },
    declaredSize: { type: "number", required: true },
    /** Where the presigned PUT writes: never served (ADR 0012). */
    key: { type: "string", required: true },
    status: { type: ["pending", "ready", "rejected"] as const, required: true },
    /** The checked copy, at a key no URL was ever signed for: the only object served or read. */
    checkedKey: { type: "string" },
    etag: { type: "string" },
    contentType: { type: "string" },
    size: { type: "number" },
    /** Who else may read a submission's file: the trainer of the course it was handed in to. */
    sharedWith: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
    /** A pending upload that is never completed disappears (TTL); a ready one stays. */
    expiresAt: { type: "number" },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["uploadId"] }, sk: { field: "sk", composite: [] } },
  },
});

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

/**
 * A certificate, under its public code. Exactly one exists per enrollment: CertificateClaim is
 * written first with a condition, and every retry of issuance reuses the code it holds.
 */
export const Certificate = new Entity({
  model: { entity: "certificate", version: "1", service },
  attributes: {
    code: { type: "string", required: true },
    userId: { type: "string", required: true },
    courseId: { type: "string", required: true },
    /** Removed when the member deletes their account: the code still verifies, without a name. */
    holderName: { type: "string" },
    regency: { type: "string" },
    sector: { type: "string" },
    courseTitle: { type: "string", required: true },
    courseSummary: { type: "string", required: true },
    trainerName: { type: "string", required: true },
    issuerName: { type: "string", required: true },
    status: { type: ["pending", "valid", "revoked"] as const, required: true },
    issuedAt: { type: "string", required: true },
    approvedAt: { type: "string" },
    revokedAt: { type: "string" },
    revokeReason: { type: "string" },
    /** The signed Open Badges 3.0 credential (VC-JWT); removed with the holder's personal data. */
    credential: { type: "string" },
    kid: { type: "string" },
    searchText: { type: "string", required: true },
  },
  indexes: {
    byCode: { pk: { field: "pk", composite: ["code"] }, sk: { field: "sk", composite: [] } },
    byUser: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["userId"] },
      sk: { field: "gsi1sk", composite: ["issuedAt", "code"] },
    },
    byIssued: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: [] },
      sk: { field: "gsi2sk", composite: ["issuedAt", "code"] },
    },
  },
});

/** Which code an enrollment's certificate has: claimed once, with a conditional create. */
export const CertificateClaim = new Entity({
  model: { entity: "certificateClaim", version: "1", service },
  attributes: {
    userId: { type: "string", required: true },
    courseId: { type: "string", required: true },
    code: { type: "string", required: true },
  },
  indexes: {
    byEnrollment: {
      pk: { field: "pk", composite: ["userId", "courseId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** A public signing key in the JWKS. Retired keys stay, so certificates signed with them still verify. */
export const SigningKey = new Entity({
  model: { entity: "signingKey", version: "1", service },
  attributes: {
    kid: { type: "string", required: true },
    publicJwk: { type: "any", required: true },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    byKid: { pk: { field: "pk", composite: [] }, sk: { field: "sk", composite: ["kid"] } },
  },
});

/**
 * Report counters, kept on write with atomic ADD: one item per dimension value (the whole province,
 * a regency, a sector, a course, a month). The dashboard reads them all with one Query.
 */
export const Stat = new Entity({
  model: { entity: "stat", version: "1", service },
  attributes: {
    dimension: { type: ["total", "regency", "sector", "course", "month"] as const, required: true },
    key: { type: "string", required: true },
    label: { type: "string" },
    members: { type: "number" },
    trainers: { type: "number" },
    publishedCourses: { type: "number" },
    enrollments: { type: "number" },
    completions: { type: "number" },
    certificatesIssued: { type: "number" },
    certificatesRevoked: { type: "number" },
  },
  indexes: {
    byDimension: {
      pk: { field: "pk", composite: [] },
      sk: { field: "sk", composite: ["dimension", "key"] },
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
    logoUploadId: { type: "string" },
    /** The association's local time for its exports (WIB when unset: Bengkulu). */
    timeZone: { type: ["WIB", "WITA", "WIT"] as const },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["associationId"] }, sk: { field: "sk", composite: [] } },
  },
});

/** A signed-in device. Only the sha256 of the cookie's token is stored; `expiresAt` is the TTL. */
export const Session = new Entity({
  model: { entity: "session", version: "1", service },
  attributes: {
    tokenHash: { type: "string", required: true },
    userId: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    lastSeenAt: { type: "string", required: true },
    /** Epoch seconds: DynamoDB's TTL removes the item after this; reads check it too. */
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byToken: { pk: { field: "pk", composite: ["tokenHash"] }, sk: { field: "sk", composite: [] } },
    byUser: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["userId"] },
      sk: { field: "gsi1sk", composite: ["createdAt"] },
    },
  },
});

/** A fixed-window counter for rate limits, shared by every Lambda instance; expires with its window. */
export const Counter = new Entity({
  model: { entity: "counter", version: "1", service },
  attributes: {
    scope: { type: "string", required: true },
    key: { type: "string", required: true },
    window: { type: "number", required: true },
    count: { type: "number", required: true, default: 0 },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byKey: { pk: { field: "pk", composite: ["scope", "key", "window"] }, sk: { field: "sk", composite: [] } },
  },
});

export const applicationStatuses = ["pending", "approved", "rejected"] as const;

/** A learner's request to become a trainer, decided by an admin. */
export const TrainerApplication = new Entity({
  model: { entity: "trainerApplication", version: "1", service },
  attributes: {
    applicationId: { type: "string", required: true },
    userId: { type: "string", required: true },
    name: { type: "string", required: true },
    phone: { type: "string" },
    email: { type: "string" },
    motivation: { type: "string", required: true },
    expertise: { type: "string", required: true },
    status: { type: applicationStatuses, required: true },
    reason: { type: "string" },
    decidedBy: { type: "string" },
    decidedAt: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["applicationId"] }, sk: { field: "sk", composite: [] } },
    byStatus: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["status"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "applicationId"] },
    },
    byUser: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["userId"] },
      sk: { field: "gsi2sk", composite: ["createdAt", "applicationId"] },
    },
  },
});

/** A one-time password reset link's token (stored as its sha256), valid for 24 hours. */
export const ResetToken = new Entity({
  model: { entity: "resetToken", version: "1", service },
  attributes: {
    tokenHash: { type: "string", required: true },
    userId: { type: "string", required: true },
    createdBy: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    usedAt: { type: "string" },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byToken: { pk: { field: "pk", composite: ["tokenHash"] }, sk: { field: "sk", composite: [] } },
  },
});

export const entities = {
  User,
  Identity,
  Session,
  Counter,
  TrainerApplication,
  ResetToken,
  Course,
  CourseReview,
  CourseVersion,
  Module,
  Lesson,
  LessonContent,
  Upload,
  Enrollment,
  QuizState,
  QuizAttempt,
  Submission,
  Certificate,
  CertificateClaim,
  SigningKey,
  Stat,
  Association,
};
