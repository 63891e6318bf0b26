import { forbidden } from "../error/index";

export type Role = "learner" | "trainer" | "admin";

/**
 * Who a core function acts for, read from the session on every request (so a role change applies at
 * once). Core functions take it and check their own rule; routes only pass it on. Follow-ups and the
 * reconciler act for nobody: they finish what an actor's change already decided.
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
