import * as v from "valibot";
import { normaliseIdentifier } from "../account/index";
import { type Actor, assertAdmin } from "../actor/index";
import * as Course from "../course/index";
import { isConditionFailure, page, pageEntries } from "../db/index";
import { conflict, invalid, notFound } from "../error/index";
import { idSchema } from "../id/index";
import * as Learning from "../learning/index";
import * as Report from "../report/index";
import * as Upload from "../upload/index";
import * as User from "../user/index";

/**
 * The association taking back what it granted (ADR 0013): a trainer role, a published course, a
 * course's trainer. Nothing here deletes: courses, progress and certificates stay.
 */

export const memberParams = v.object({ userId: idSchema });
export const courseParams = v.object({ courseId: idSchema });
export const reassignInput = v.strictObject({
  /** The new trainer's phone number or email, as the admin knows them. */
  trainer: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(254)),
});
export const catalogInput = v.object({
  status: v.optional(v.picklist(["published", "unpublished"]), "published"),
  ...pageEntries,
});

export const catalogItemSchema = v.object({
  id: v.string(),
  title: v.string(),
  status: v.string(),
  trainer: v.object({ id: v.string(), name: v.string() }),
  learnerCount: v.number(),
  publishedAt: v.nullable(v.string()),
});
export const catalogSchema = v.object({ items: v.array(catalogItemSchema), cursor: v.nullable(v.string()) });
export const roleSchema = v.object({ id: v.string(), role: v.picklist(["learner", "trainer", "admin"]) });

type Head = Course.Head;

const now = () => new Date().toISOString();

const toItem = (head: Head): v.InferOutput<typeof catalogItemSchema> => ({
  id: head.courseId,
  title: head.title,
  status: head.status,
  trainer: { id: head.trainerId, name: head.trainerName },
  learnerCount: head.learnerCount,
  publishedAt: head.publishedAt ?? null,
});

/** Published (or unpublished) courses, newest first: the admin's side of the catalog. */
export async function catalog(
  actor: Actor,
  input: v.InferOutput<typeof catalogInput>,
): Promise<v.InferOutput<typeof catalogSchema>> {
  assertAdmin(actor);
  const result = await page(input.cursor, () =>
    Course.pageByStatus(input.status, input.cursor ?? null, input.limit),
  );
  return { items: result.data.map(toItem), cursor: result.cursor };
}

/**
 * Takes the trainer role back: the member becomes a learner at once (roles are read per request).
 * Their courses stay published under their name until an admin reassigns them.
 */
export async function removeTrainerRole(
  actor: Actor,
  userId: string,
): Promise<v.InferOutput<typeof roleSchema>> {
  assertAdmin(actor);
  const user = await User.get(userId);
  if (!user) throw notFound("member_not_found");
  if (user.role !== "trainer") throw conflict("not_a_trainer");
  // The same cells the recount gives a trainer, taken back.
  const where = { regency: user.regency, sector: user.sector, at: user.trainerSince ?? user.createdAt };
  const moves: Report.Move[] = [{ counter: "trainers", where, by: -1 }];
  const change = await Report.announceChange({ entity: "user", id: userId }, moves);
  await User.patch(userId)
    .set({ role: "learner", updatedAt: now() })
    .remove(["trainerSince"])
    .add({ followUps: [change] })
    .where((attr, op) => op.eq(attr.role, "trainer"))
    .go()
    .catch((error: unknown) => {
      throw isConditionFailure(error) ? conflict("not_a_trainer") : error;
    });
  await User.settleChange(userId, change, moves);
  return { id: userId, role: "learner" };
}

async function headOf(courseId: string): Promise<Head> {
  const head = await Course.head(courseId);
  if (!head) throw notFound("course_not_found");
  return head;
}

/** Moves a course between published and unpublished with one conditional write, and counts it. */
async function setPublished(courseId: string, from: Head["status"], to: Head["status"], code: string) {
  const head = await headOf(courseId);
  if (head.status !== from) throw conflict(code);
  const where = { course: { id: courseId, title: head.title }, at: head.publishedAt ?? head.createdAt };
  const moves: Report.Move[] = [{ counter: "publishedCourses", where, by: to === "published" ? 1 : -1 }];
  const change = await Report.announceChange({ entity: "course", id: courseId }, moves);
  await Course.patch(courseId)
    .set({ status: to, updatedAt: now() })
    .add({ followUps: [change] })
    .where((attr, op) => op.eq(attr.status, from))
    .go()
    .catch((error: unknown) => {
      throw isConditionFailure(error) ? conflict(code) : error;
    });
  await Course.settleChange(courseId, change, moves);
  return toItem({ ...head, status: to });
}

/**
 * Takes a course out of the catalog: nobody new can enroll; enrolled learners keep reading and
 * finishing it, with their progress and certificates (ADR 0013).
 */
export async function unpublish(actor: Actor, courseId: string) {
  assertAdmin(actor);
  return setPublished(courseId, "published", "unpublished", "course_not_published");
}

export async function republish(actor: Actor, courseId: string) {
  assertAdmin(actor);
  return setPublished(courseId, "unpublished", "published", "course_not_unpublished");
}

/**
 * Gives a course to another trainer, with its worksheets waiting for review (and the right to read
 * their files). A trainer enrolled in the course as a learner cannot take it: they would review
 * their own work.
 */
export async function reassign(actor: Actor, courseId: string, input: v.InferOutput<typeof reassignInput>) {
  assertAdmin(actor);
  const head = await headOf(courseId);
  const trainer = await User.byIdentifier(normaliseIdentifier(input.trainer));
  if (trainer?.role !== "trainer") throw invalid("reassign_not_a_trainer");
  if (trainer.userId === head.trainerId) return toItem(head);
  const enrolled = await Learning.enrollmentOf(trainer.userId, courseId);
  if (enrolled) throw conflict("reassign_trainer_enrolled");
  await Course.patch(courseId)
    .set({ trainerId: trainer.userId, trainerName: trainer.name, updatedAt: now() })
    .composite({ createdAt: head.createdAt })
    .where((attr, op) => op.eq(attr.trainerId, head.trainerId))
    .go()
    .catch((error: unknown) => {
      throw isConditionFailure(error) ? conflict("course_changed") : error;
    });
  for (const submission of await Learning.reassignReviews(courseId, head.trainerId, trainer.userId)) {
    if (submission.uploadId) await Upload.shareWith(submission.uploadId, trainer.userId);
  }
  return toItem({ ...head, trainerId: trainer.userId, trainerName: trainer.name });
}
