import { createHash } from "node:crypto";
import { isConditionFailure, service } from "../db/index";
import { conflict, DomainError, invalid } from "../error/index";

/**
 * Exactly-once replays of a member's actions sent with an `Idempotency-Key` (ADR 17,
 * draft-ietf-httpapi-idempotency-key-header §2): the first request claims the key with a conditional
 * put and stores its answer; a replay with the same request gets that answer back without running
 * again; the same key with another request is refused.
 */

/** How long a key is remembered: long enough for a phone that was offline for days. */
export const keepSeconds = 7 * 24 * 60 * 60;
/** A claim older than this belongs to a request that died before answering (far past the Lambda timeout). */
const abandonedMs = 60_000;
/** How long a concurrent replay waits for the first request's answer before a 409. */
const waitMs = 5_000;
const pollMs = 100;

export interface StoredAnswer {
  status: number;
  body: string;
}

/**
 * The key from the header: a Structured Field String (RFC 8941 §3.3.3, as the draft's §2.1 asks),
 * i.e. in double quotes with `\"` and `\\` escapes, of 1–255 characters.
 */
export function parseKey(header: string): string {
  const quoted = /^"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"$/.exec(header.trim());
  const key = quoted?.[1]?.replace(/\\(["\\])/g, "$1");
  if (!key || key.length > 255) throw invalid("idempotency_key_invalid");
  return key;
}

export const fingerprintOf = (method: string, path: string, body: string) =>
  createHash("sha256").update(`${method}\n${path}\n${body}`).digest("base64url");

type Claim = { kind: "run" } | { kind: "replay"; answer: StoredAnswer };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function put(userId: string, key: string, fingerprint: string, now: number, takeOverAt?: number) {
  const item = {
    userId,
    key,
    fingerprint,
    state: "pending" as const,
    claimedAt: now,
    expiresAt: Math.floor(now / 1000) + keepSeconds,
  };
  try {
    if (takeOverAt === undefined) await service.entities.IdempotencyRecord.create(item).go();
    // An abandoned claim is taken over only if it is still the one we saw.
    else
      await service.entities.IdempotencyRecord.put(item)
        .where((attr, op) => `${op.eq(attr.state, "pending")} AND ${op.eq(attr.claimedAt, takeOverAt)}`)
        .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Claims `key` for this request, or finds its first answer. A concurrent request with the key waits
 * a little for the first to finish and gets its answer; 409 when it takes longer.
 */
export async function claim(userId: string, key: string, fingerprint: string): Promise<Claim> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const now = Date.now();
    if (await put(userId, key, fingerprint, now)) return { kind: "run" };
    const { data } = await service.entities.IdempotencyRecord.get({ userId, key }).go({ consistent: true });
    if (!data) continue; // expired between the two calls
    if (data.fingerprint !== fingerprint) throw conflict("idempotency_key_reused");
    if (data.state === "done")
      return { kind: "replay", answer: { status: data.status ?? 200, body: data.body ?? "" } };
    if (now - data.claimedAt > abandonedMs) {
      if (await put(userId, key, fingerprint, now, data.claimedAt)) return { kind: "run" };
      continue;
    }
    if (now > deadline) throw new DomainError("conflict", "idempotency_in_progress", { retryAfter: 1 });
    await sleep(pollMs);
  }
}

/** Stores the first answer: every later replay of the key gets exactly this. */
export async function finish(userId: string, key: string, answer: StoredAnswer) {
  await service.entities.IdempotencyRecord.patch({ userId, key })
    .set({ state: "done", status: answer.status, body: answer.body })
    .go();
}

/** Lets the key go after a failure that changed nothing for sure (a 5xx): a replay runs again. */
export async function release(userId: string, key: string) {
  await service.entities.IdempotencyRecord.delete({ userId, key })
    .where((attr, op) => op.eq(attr.state, "pending"))
    .go()
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
}

/** Deletes a member's stored answers (they can hold worksheet answers): part of deleting an account. */
export async function forgetMember(userId: string) {
  const { data } = await service.entities.IdempotencyRecord.query.byKey({ userId }).go({ pages: "all" });
  if (data.length)
    await service.entities.IdempotencyRecord.delete(data.map(({ key }) => ({ userId, key }))).go();
}
