import { createHash } from "node:crypto";
import type { Context, MiddlewareHandler, TypedResponse } from "hono";
import type { JSONParsed, JSONValue } from "hono/utils/types";
import type { AppEnv } from "./context";

/**
 * How long an anonymous public answer may be reused (docs/decisions/0016). `sMaxAge` binds shared
 * caches (CloudFront); browsers get `maxAge` (0: revalidate every time, cheap with the ETag);
 * `staleWhileRevalidate` lets any cache answer with a stale copy while it fetches a fresh one.
 * A change is visible everywhere within `sMaxAge + staleWhileRevalidate` seconds.
 */
export interface SharedCache {
  maxAge: number;
  sMaxAge: number;
  staleWhileRevalidate: number;
}

export const cacheTimes = {
  /** The catalog and course pages: a publish or unpublish shows within 5 minutes. */
  catalog: { maxAge: 0, sMaxAge: 60, staleWhileRevalidate: 240 },
  /** Verify answers and the revocation list: a revocation shows within 60 seconds. */
  status: { maxAge: 0, sMaxAge: 30, staleWhileRevalidate: 30 },
  /** Public keys, the JWKS and the issuer profile: a new key or profile shows within 10 minutes. */
  keys: { maxAge: 300, sMaxAge: 300, staleWhileRevalidate: 300 },
} satisfies Record<string, SharedCache>;

export const cacheControl = (times: SharedCache) =>
  `public, max-age=${times.maxAge}, s-maxage=${times.sMaxAge}, stale-while-revalidate=${times.staleWhileRevalidate}`;

/**
 * Marks a successful anonymous answer (or its 304) as shareable for `times`. A signed-in request is
 * left alone: its answer is never stored (noStoreUnlessMarked). Routes under it answer with
 * `taggedJson` or `taggedHtml`, so a cache or browser holding the answer gets 304 on If-None-Match.
 */
export function shared(times: SharedCache): MiddlewareHandler<AppEnv> {
  const value = cacheControl(times);
  return async (c, next) => {
    if (c.get("actor")) return next();
    await next();
    if ((c.res.ok || c.res.status === 304) && !c.res.headers.has("cache-control"))
      c.res.headers.set("Cache-Control", value);
  };
}

/**
 * A strong ETag (RFC 9110 §8.8.3) hashed from the text the route sends. Hashing the finished
 * response instead (hono/etag) copied it into a web stream on every request (ADR 16).
 */
const tagOf = (text: string) => `"${createHash("sha1").update(text).digest("base64url")}"`;

/** If-None-Match names `tag` (weak comparison, RFC 9110 §13.1.2: a compressed copy's W/ tag matches). */
const held = (c: Context, tag: string) =>
  c.req
    .header("if-none-match")
    ?.split(",")
    .some((asked) => asked.trim() === "*" || asked.trim().replace(/^W\//, "") === tag) ?? false;

/** `text` as `type` with its ETag, or 304 with no body when the client already holds it. */
function tagged(c: Context, text: string, type: string): Response {
  const tag = tagOf(text);
  return held(c, tag)
    ? c.body(null, 304, { ETag: tag })
    : c.body(text, 200, { ETag: tag, "Content-Type": type });
}

/**
 * `data` as JSON (`type`), tagged. Typed as `c.json` types its answer, so the web's client keeps
 * the route's answer type; the JSON is made once, for both the tag and the body.
 */
export const taggedJson = <T extends JSONValue | object>(c: Context, data: T, type = "application/json") =>
  tagged(c, JSON.stringify(data), type) as Response & TypedResponse<JSONParsed<T>, 200, "json">;

/** An HTML page, tagged. */
export const taggedHtml = (c: Context, html: string) => tagged(c, html, "text/html; charset=UTF-8");

/**
 * Every answer a route did not mark otherwise is `no-store`: personal ones (ASVS 8.2.1) and errors,
 * which a CDN would otherwise keep for its default error time.
 */
export const noStoreUnlessMarked: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!c.res.headers.has("cache-control")) c.res.headers.set("Cache-Control", "no-store");
};
