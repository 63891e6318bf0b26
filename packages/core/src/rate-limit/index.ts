import { isConditionFailure, service } from "../db/index";
import { DomainError } from "../error/index";

export interface Limit {
  /** What is counted, e.g. "login-fail-id". */
  scope: string;
  max: number;
  windowSeconds: number;
}

const windowOf = (limit: Limit, now: number) => Math.floor(now / 1000 / limit.windowSeconds);

function tooMany(limit: Limit, window: number, now: number) {
  const retryAfter = Math.max(1, (window + 1) * limit.windowSeconds - Math.floor(now / 1000));
  return new DomainError("rate_limited", "too_many_attempts", {
    retryAfter,
    minutes: Math.ceil(retryAfter / 60),
  });
}

/**
 * Fixed-window counters in DynamoDB, so a limit holds across every Lambda instance. Each counter
 * item carries its window's end as the TTL, so old windows clean themselves up.
 */
/** Adds one to the counter (atomic ADD) and throws 429 once the count passes the limit. */
export async function hit(limit: Limit, key: string, now = Date.now()): Promise<number> {
  const window = windowOf(limit, now);
  const { data } = await service.entities.Counter.update({ scope: limit.scope, key, window })
    .add({ count: 1 })
    .set({ expiresAt: (window + 1) * limit.windowSeconds + 60 })
    .go({ response: "all_new" });
  const count = data.count ?? 1;
  if (count > limit.max) throw tooMany(limit, window, now);
  return count;
}

/**
 * Takes one of the window's `max` places before the work it guards (a password check), with one
 * conditional ADD: the write succeeds only while the count is below the limit, so however many
 * requests race, at most `max` get through, and a refused one changes nothing.
 */
export async function reserve(limit: Limit, key: string, now = Date.now()): Promise<number> {
  const window = windowOf(limit, now);
  try {
    const { data } = await service.entities.Counter.update({ scope: limit.scope, key, window })
      .add({ count: 1 })
      .set({ expiresAt: (window + 1) * limit.windowSeconds + 60 })
      .where((attr, op) => `${op.notExists(attr.count)} OR ${op.lt(attr.count, limit.max)}`)
      .go({ response: "all_new" });
    return data.count ?? 1;
  } catch (error) {
    if (isConditionFailure(error)) throw tooMany(limit, window, now);
    throw error;
  }
}

/** The count so far in the current window (for tests and diagnostics). */
export async function count(limit: Limit, key: string, now = Date.now()): Promise<number> {
  const { data } = await service.entities.Counter.get({
    scope: limit.scope,
    key,
    window: windowOf(limit, now),
  }).go();
  return data?.count ?? 0;
}

export async function reset(limit: Limit, key: string, now = Date.now()): Promise<void> {
  await service.entities.Counter.delete({ scope: limit.scope, key, window: windowOf(limit, now) }).go();
}
