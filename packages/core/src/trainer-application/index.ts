import * as v from "valibot";
import { type Actor, assertAdmin } from "../actor/index";
import { isConditionFailure, page, pageEntries, service } from "../db/index";
import { conflict, notFound } from "../error/index";
import { idSchema, newId } from "../id/index";
import { reasonLength } from "../reason/index";
import * as Report from "../report/index";
import * as User from "../user/index";

export const applyInput = v.strictObject({
  motivation: v.pipe(v.string(), v.trim(), v.minLength(20), v.maxLength(2000)),
  expertise: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(300)),
});

export const listInput = v.object({
  status: v.optional(v.picklist(["pending", "approved", "rejected"]), "pending"),
  ...pageEntries,
});

export const rejectInput = v.strictObject({
  reason: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(reasonLength.min),
    v.maxLength(reasonLength.max.application),
  ),
});

export const applicationParams = v.object({ applicationId: idSchema });

export const applicationSchema = v.object({
  id: v.string(),
  userId: v.string(),
  name: v.string(),
  phone: v.nullable(v.string()),
  email: v.nullable(v.string()),
  motivation: v.string(),
  expertise: v.string(),
  status: v.picklist(["pending", "approved", "rejected"]),
  reason: v.nullable(v.string()),
  createdAt: v.string(),
  decidedAt: v.nullable(v.string()),
});
export type Application = v.InferOutput<typeof applicationSchema>;
export const pageSchema = v.object({ items: v.array(applicationSchema), cursor: v.nullable(v.string()) });

type Item = NonNullable<Awaited<ReturnType<typeof read>>>;

function toApplication(item: Item): Application {
  return {
    id: item.applicationId,
    userId: item.userId,
    name: item.name,
    phone: item.phone ?? null,
    email: item.email ?? null,
    motivation: item.motivation,
    expertise: item.expertise,
    status: item.status,
    reason: item.reason ?? null,
    createdAt: item.createdAt,
    decidedAt: item.decidedAt ?? null,
  };
}

export async function read(applicationId: string) {
  return (await service.entities.TrainerApplication.get({ applicationId }).go()).data;
}

/**
 * A learner asks to become a trainer. The user item records the pending application with a
 * conditional write, so two submissions at once make one application, not two.
 */
export async function apply(actor: Actor, input: v.InferOutput<typeof applyInput>): Promise<Application> {
  if (actor.role !== "learner") throw conflict("already_trainer");
  const user = await User.get(actor.userId);
  if (!user) throw notFound("member_not_found");
  const applicationId = newId();
  const now = new Date().toISOString();
  await User.patch(actor.userId)
    .set({ applicationId, applicationStatus: "pending", updatedAt: now })
    .where(
      (attr, op) => `${op.notExists(attr.applicationStatus)} OR ${op.ne(attr.applicationStatus, "pending")}`,
    )
    .go()
    .catch((error: unknown) => {
      throw isConditionFailure(error) ? conflict("application_pending") : error;
    });
  const { data } = await service.entities.TrainerApplication.create({
    applicationId,
    userId: user.userId,
    name: user.name,
    phone: user.phone,
    email: user.email,
    ...input,
    status: "pending",
    createdAt: now,
  }).go();
  return toApplication(data as Item);
}

export async function list(
  actor: Actor,
  input: v.InferOutput<typeof listInput>,
): Promise<v.InferOutput<typeof pageSchema>> {
  assertAdmin(actor);
  const result = await page(input.cursor, () =>
    service.entities.TrainerApplication.query
      .byStatus({ status: input.status })
      .go({ cursor: input.cursor ?? null, limit: input.limit, order: "desc" }),
  );
  return { items: result.data.map(toApplication), cursor: result.cursor };
}

/**
 * Decides an application. Idempotent: deciding it again the same way answers the same result (and
 * finishes the role change if an earlier attempt stopped halfway); the other way answers 409.
 */
export async function decide(
  admin: Actor,
  applicationId: string,
  decision: { status: "approved" } | { status: "rejected"; reason: string },
): Promise<Application> {
  assertAdmin(admin);
  const current = await read(applicationId);
  if (!current) throw notFound("application_not_found");
  if (current.status !== "pending" && current.status !== decision.status)
    throw conflict("application_decided");
  let decided = current;
  if (current.status === "pending") {
    const now = new Date().toISOString();
    const { data } = await service.entities.TrainerApplication.patch({ applicationId })
      .set({ ...decision, decidedAt: now, decidedBy: admin.userId })
      .where((attr, op) => op.eq(attr.status, "pending"))
      .go({ response: "all_new" })
      .catch((error: unknown) => {
        throw isConditionFailure(error) ? conflict("application_decided") : error;
      });
    decided = data as Item;
  }
  const user = await User.get(decided.userId);
  if (user && user.applicationId === applicationId) {
    const becomesTrainer = decision.status === "approved" && user.role === "learner";
    const at = new Date().toISOString();
    const moves: Report.Move[] = [
      { counter: "trainers", where: { regency: user.regency, sector: user.sector, at }, by: 1 },
    ];
    const change = becomesTrainer
      ? await Report.announceChange({ entity: "user", id: user.userId }, moves)
      : undefined;
    const update = User.patch(user.userId).set({
      applicationStatus: decision.status,
      updatedAt: at,
      ...(becomesTrainer ? { role: "trainer" as const, trainerSince: at } : {}),
    });
    // Conditioned on the role read above, so two deciding admins make one trainer, counted once.
    await (change ? update.add({ followUps: [change] }) : update)
      .where((attr, op) => op.eq(attr.role, user.role))
      .go()
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
    if (change && (await User.hasChange(user.userId, change)))
      await User.settleChange(user.userId, change, moves);
  }
  return toApplication(decided);
}

/** How many applications wait for the association's decision (its home's count). */
export async function pendingCount(actor: Actor) {
  assertAdmin(actor);
  const { data } = await service.entities.TrainerApplication.query
    .byStatus({ status: "pending" })
    .go({ pages: "all", attributes: ["applicationId"] });
  return data.length;
}

/** A member's applications, for their export. */
export async function ofUser(userId: string) {
  return (await service.entities.TrainerApplication.query.byUser({ userId }).go({ pages: "all" })).data;
}

/** Deletes a member's applications (forgetting a deleted member). Safe to repeat. */
export async function forgetUser(userId: string) {
  const applications = await ofUser(userId);
  if (applications.length)
    await service.entities.TrainerApplication.delete(
      applications.map(({ applicationId }) => ({ applicationId })),
    ).go();
}
