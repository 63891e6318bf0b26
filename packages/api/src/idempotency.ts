import * as Idempotency from "@berdaya/core/idempotency";
import type { MiddlewareHandler } from "hono";
import { actorOf } from "./auth";
import type { AppEnv } from "./context";

/**
 * Makes a member's POST safe to replay (ADR 17): with an `Idempotency-Key` header, the first request
 * runs and its answer (2xx or 4xx) is stored for a week; a replay with the same key and body gets
 * that answer back (`Idempotent-Replayed: true`) and changes nothing; the same key with another body
 * is a 409. Without the header the route runs as before. Behind requireActor().
 */
export const idempotent = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const header = c.req.header("Idempotency-Key");
  if (header === undefined) return next();
  const key = Idempotency.parseKey(header);
  const { userId } = actorOf(c);
  const fingerprint = Idempotency.fingerprintOf(c.req.method, c.req.path, await c.req.text());
  const claimed = await Idempotency.claim(userId, key, fingerprint);
  if (claimed.kind === "replay") {
    return c.body(claimed.answer.body, claimed.answer.status as 200, {
      "Content-Type": "application/json; charset=UTF-8",
      "Idempotent-Replayed": "true",
    });
  }
  try {
    await next();
  } catch (error) {
    await Idempotency.release(userId, key);
    throw error;
  }
  // An outage or a rate limit is not this request's answer: a replay should run again.
  if (c.res.status >= 500 || c.res.status === 429) await Idempotency.release(userId, key);
  else await Idempotency.finish(userId, key, { status: c.res.status, body: await c.res.clone().text() });
};
