import { forbidden } from "../error/index";

export type Role = "learner" | "trainer" | "admin";

/**
 * Who a core function acts for: read from the session on every request (so a role change applies at
 * once), or the platform itself for follow-ups and the reconciler. Core functions take it and check
 * their own rule; routes only pass it on.
 */
export interface Actor {
  userId: string;
  role: Role;
  name: string;
}

export const isAdmin = (actor: Actor) => actor.role === "admin";

/** The one place where "only the association's admins may do this" is enforced. */
export function assertAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw forbidden("forbidden");
}

/** A trainer (or an admin, who may do what trainers do). */
export function assertTrainer(actor: Actor): void {
  if (actor.role !== "trainer" && !isAdmin(actor)) throw forbidden("forbidden");
}
