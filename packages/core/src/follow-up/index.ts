import { service } from "../db/index";

/**
 * Durable follow-ups (docs/decisions/0005-durable-follow-ups.md). A change whose consequences reach
 * another domain (an enrollment counted, a completion certified, an account forgotten) is announced
 * here before it is made, flagged on its own item when it is made, and settled by the request that
 * made it, by any later request that sees the flag, or by the reconciler.
 */
export type Kind = "enrollment" | "completion" | "certificate" | "deletion" | "counts";

export interface Entry {
  kind: Kind;
  subject: string;
  payload?: unknown;
  createdAt: string;
}

/** Announces a follow-up before the change that causes it; writing it twice is harmless. */
export async function announce(kind: Kind, subject: string, payload?: unknown): Promise<void> {
  await service.entities.FollowUp.put({
    kind,
    subject,
    // DynamoDB stores no undefined values: a payload is kept as plain JSON.
    ...(payload === undefined ? {} : { payload: JSON.parse(JSON.stringify(payload)) }),
    createdAt: new Date().toISOString(),
  }).go();
}

/** The follow-up is finished: nothing is left to do for it. */
export async function settled(kind: Kind, subject: string): Promise<void> {
  await service.entities.FollowUp.delete({ kind, subject }).go();
}

/** Every follow-up not finished yet: one Query, for the reconciler. */
export async function pending(): Promise<Entry[]> {
  const { data } = await service.entities.FollowUp.query.byKind({}).go({ pages: "all" });
  return data as Entry[];
}

/** The id under which one count of one follow-up is remembered on the counted items (db `once`). */
export const eventId = (kind: Kind, subject: string, what: string) => `${kind}|${subject}|${what}`;

/** The follow-up an event id belongs to, for the reconciler's sweep of remembered ids. */
export function ownerOf(id: string): { kind: Kind; subject: string } | undefined {
  const [kind, subject] = id.split("|");
  return kind && subject ? { kind: kind as Kind, subject } : undefined;
}
