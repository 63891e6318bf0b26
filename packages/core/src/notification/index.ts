import * as v from "valibot";
import { type Actor, isAdmin } from "../actor/index";
import * as Authoring from "../authoring/index";
import * as Certificate from "../certificate/index";
import * as Course from "../course/index";
import * as Learning from "../learning/index";
import * as TrainerApplication from "../trainer-application/index";
import * as User from "../user/index";

/**
 * A member's notifications, derived on read from what the domains already store (a worksheet's
 * latest hand-in sent back, a certificate issued or revoked, a course decision, a trainer
 * application decided): nothing extra is written when those happen, so no notification can be lost
 * or left behind by a fault. Only "seen up to" is stored, on the member.
 */

export const kinds = [
  "worksheet_revision",
  "certificate_issued",
  "certificate_revoked",
  "course_approved",
  "course_returned",
  "trainer_approved",
  "trainer_rejected",
] as const;

export const notificationSchema = v.object({
  /** Stable for the same event, so a list can key on it. */
  id: v.string(),
  kind: v.picklist(kinds),
  at: v.string(),
  courseId: v.nullable(v.string()),
  courseTitle: v.nullable(v.string()),
  lessonId: v.nullable(v.string()),
  lessonTitle: v.nullable(v.string()),
  code: v.nullable(v.string()),
  /** The reviewer's words: a worksheet's feedback, a course's or an application's reason. */
  message: v.nullable(v.string()),
});
export type Notification = v.InferOutput<typeof notificationSchema>;

export const waitingSchema = v.object({
  /** Worksheets waiting for this trainer's review. */
  reviews: v.optional(v.number()),
  /** Drafts in the association's review queue. */
  courses: v.optional(v.number()),
  /** Trainer applications waiting for the association. */
  applications: v.optional(v.number()),
});

export const inboxSchema = v.object({
  items: v.array(notificationSchema),
  /** How many items are newer than what the member has seen. */
  unseen: v.number(),
  waiting: waitingSchema,
});

export const seenInput = v.strictObject({ until: v.pipe(v.string(), v.isoTimestamp()) });

const blank = {
  courseId: null,
  courseTitle: null,
  lessonId: null,
  lessonTitle: null,
  code: null,
  message: null,
};

async function derived(actor: Actor): Promise<Notification[]> {
  const trainer = actor.role !== "learner";
  const [worksheets, certificates, courses, applications] = await Promise.all([
    Learning.returnedWorksheets(actor.userId),
    Certificate.mine(actor),
    trainer ? Authoring.decisionsFor(actor) : [],
    TrainerApplication.ofUser(actor.userId),
  ]);
  const worksheetCourses = await Course.heads([...new Set(worksheets.map((s) => s.courseId))]);
  const titleOf = new Map(worksheetCourses.map((head) => [head.courseId, head.title]));
  const items: Notification[] = [
    ...worksheets.map((s) => ({
      ...blank,
      id: `worksheet:${s.id}`,
      kind: "worksheet_revision" as const,
      at: s.reviewedAt ?? s.submittedAt,
      courseId: s.courseId,
      courseTitle: titleOf.get(s.courseId) ?? null,
      lessonId: s.lessonId,
      lessonTitle: s.lessonTitle,
      message: s.feedback,
    })),
    ...certificates.items.flatMap((c) => {
      const base = { ...blank, courseId: c.course.id, courseTitle: c.course.title, code: c.code };
      return [
        ...(c.status === "pending"
          ? []
          : [
              {
                ...base,
                id: `issued:${c.code}`,
                kind: "certificate_issued" as const,
                at: c.approvedAt ?? c.issuedAt,
              },
            ]),
        ...(c.revokedAt
          ? [
              {
                ...base,
                id: `revoked:${c.code}`,
                kind: "certificate_revoked" as const,
                at: c.revokedAt,
                message: c.revokeReason,
              },
            ]
          : []),
      ];
    }),
    ...courses.map((c) => ({
      ...blank,
      id: `course:${c.courseId}:${c.at}`,
      kind: c.decision === "approved" ? ("course_approved" as const) : ("course_returned" as const),
      at: c.at,
      courseId: c.courseId,
      courseTitle: c.title,
      message: c.reason,
    })),
    ...applications.flatMap((a) =>
      a.decidedAt && a.status !== "pending"
        ? [
            {
              ...blank,
              id: `application:${a.applicationId}`,
              kind: a.status === "approved" ? ("trainer_approved" as const) : ("trainer_rejected" as const),
              at: a.decidedAt,
              message: a.reason ?? null,
            },
          ]
        : [],
    ),
  ];
  return items.sort((a, b) => b.at.localeCompare(a.at));
}

/** The member's notifications, newest first, with how many are unseen and what waits for them. */
export async function inbox(actor: Actor): Promise<v.InferOutput<typeof inboxSchema>> {
  const admin = isAdmin(actor);
  const [items, user, reviews, courses, applications] = await Promise.all([
    derived(actor),
    User.get(actor.userId),
    actor.role === "learner"
      ? undefined
      : Learning.pendingSubmissions(actor).then(({ items }) => items.length),
    admin ? Authoring.queueSize(actor) : undefined,
    admin ? TrainerApplication.pendingCount(actor) : undefined,
  ]);
  const seenAt = user?.notificationsSeenAt ?? "";
  return {
    items,
    unseen: items.filter((item) => item.at > seenAt).length,
    waiting: {
      ...(reviews === undefined ? {} : { reviews }),
      ...(courses === undefined ? {} : { courses }),
      ...(applications === undefined ? {} : { applications }),
    },
  };
}

/**
 * Marks the notifications up to `until` (the newest one the member was shown) as seen. Never moves
 * back: an older page open in another tab does not bring seen ones back.
 */
export async function markSeen(actor: Actor, input: v.InferOutput<typeof seenInput>) {
  await User.markNotificationsSeen(actor.userId, input.until);
  return inbox(actor);
}
