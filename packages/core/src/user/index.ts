import { isConditionFailure, page, service } from "../db/index";
import { conflict } from "../error/index";
import * as Report from "../report/index";
import { hashPassword, verifyPassword } from "./password";

export { hashPassword, verifyPassword };

import type { Role } from "../actor/index";

export type { Role };

export interface NewUser {
  userId: string;
  name: string;
  role: Role;
  password: string;
  phone?: string;
  email?: string;
  businessName?: string;
  sector?: string;
  regency?: string;
  registrationKeyHash?: string;
  registrationKeyUntil?: number;
}

/** Lowercase without accents: "Émi Nur" and "emi nur" search alike. */
export const foldText = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase("id");

/**
 * Stores a user and claims its login handles. Each handle is claimed with a conditional put, so two
 * users never share a phone or an email, also when two registrations race; a handle already held by
 * the same user id counts as claimed (safe to retry). On a conflict the handles claimed so far are
 * released and nothing is left behind.
 */
export async function create(input: NewUser): Promise<void> {
  const now = new Date().toISOString();
  const email = input.email?.toLowerCase();
  const handles = [input.phone, email].filter((h): h is string => Boolean(h));
  const claimed: string[] = [];
  const { password, ...profile } = input;
  let counted: { change: string; moves: Report.Move[] } | undefined;
  try {
    for (const identifier of handles) {
      await claim(identifier, input.userId, now);
      claimed.push(identifier);
    }
    const existing = await get(input.userId);
    if (!existing && input.role !== "admin") {
      const where = { regency: input.regency, sector: input.sector, at: now };
      const moves: Report.Move[] = [
        { counter: "members", where, by: 1 },
        ...(input.role === "trainer" ? [{ counter: "trainers" as const, where, by: 1 as const }] : []),
      ];
      counted = { change: await Report.announceChange({ entity: "user", id: input.userId }, moves), moves };
    }
    // A retry rewrites the member as the first attempt did, keeping what it left to count.
    const followUps = existing?.followUps ?? (counted ? [counted.change] : []);
    await service.entities.User.put({
      ...profile,
      email,
      searchName: foldText(input.name),
      passwordHash: await hashPassword(password),
      ...(followUps.length ? { followUps } : {}),
      createdAt: now,
      updatedAt: now,
    }).go();
  } catch (error) {
    // Whatever failed, a handle must not stay claimed by an account that does not exist.
    if (!(await get(input.userId).catch(() => null))) {
      for (const identifier of claimed) await release(identifier, input.userId).catch(() => undefined);
    }
    throw error;
  }
  if (counted) await settleChange(input.userId, counted.change, counted.moves);
}

/** Whether a change's counts are still to be made for this member (the reconciler asks). */
export async function hasChange(userId: string, change: string) {
  return Boolean((await get(userId))?.followUps?.includes(change));
}

/** Counts a change to this member written with `followUps` holding `change`, and forgets it. */
export function settleChange(userId: string, change: string, moves: Report.Move[]) {
  return Report.settleChange(change, moves, async () => {
    await service.entities.User.patch({ userId })
      .delete({ followUps: [change] })
      .go()
      .catch((error: unknown) => {
        // A member deleted since has nothing left to forget.
        if (!isConditionFailure(error)) throw error;
      });
  });
}

/** Claims a login handle for a user (a conditional put); 409 when another user holds it. */
export async function claim(identifier: string, userId: string, now: string) {
  try {
    await service.entities.Identity.create({ identifier, userId, createdAt: now }).go();
  } catch (error) {
    const existing = await service.entities.Identity.get({ identifier }).go();
    if (!existing.data) throw error;
    if (existing.data.userId !== userId) throw conflict("identifier_taken", { identifier });
  }
}

/** Frees a login handle, only if this user still holds it. */
export async function release(identifier: string, userId: string) {
  await service.entities.Identity.delete({ identifier })
    .where((attr, op) => op.eq(attr.userId, userId))
    .go()
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
}

export async function get(userId: string) {
  const { data } = await service.entities.User.get({ userId }).go();
  return data;
}

/** The user who owns a login handle (an E.164 phone or an email), if any. */
export async function byIdentifier(identifier: string) {
  const { data } = await service.entities.Identity.get({ identifier: identifier.toLowerCase() }).go();
  return data ? get(data.userId) : null;
}

/** Members newest first, filtered by part of the folded name, regency and sector; one page of a Query. */
export async function search(input: {
  name?: string;
  regency?: string;
  sector?: string;
  cursor?: string;
  limit: number;
}) {
  return page(input.cursor, () =>
    service.entities.User.query
      .byCreated({})
      .where((attr, op) =>
        [
          input.name && op.contains(attr.searchName, input.name),
          input.regency && op.eq(attr.regency, input.regency),
          input.sector && op.eq(attr.sector, input.sector),
        ]
          .filter(Boolean)
          .join(" AND "),
      )
      .go({ cursor: input.cursor ?? null, limit: input.limit, order: "desc" }),
  );
}

/** Every user, for recounts (a Scan: never in a request path). */
export async function all() {
  return (await service.entities.User.scan.go({ pages: "all" })).data;
}

/** Changes a user's attributes: the ElectroDB patch of that user, to set, remove and condition on. */
export const patch = (userId: string) => service.entities.User.patch({ userId });

/** Moves the member's "notifications seen up to" forward (never back, never past now). */
export async function markNotificationsSeen(userId: string, until: string) {
  const at = until < new Date().toISOString() ? until : new Date().toISOString();
  await service.entities.User.patch({ userId })
    .set({ notificationsSeenAt: at })
    .where(
      (attr, op) => `${op.notExists(attr.notificationsSeenAt)} OR ${op.lt(attr.notificationsSeenAt, at)}`,
    )
    .go()
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
}

/** Deletes the user item (the last step of forgetting a member). */
export async function remove(userId: string) {
  await service.entities.User.delete({ userId }).go();
}

/** One page of users, oldest first, for the association's export. */
export function exportPage(cursor: string | null, limit: number) {
  return service.entities.User.query.byCreated({}).go({ cursor, limit });
}
