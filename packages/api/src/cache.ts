import type { MiddlewareHandler } from "hono";
import { etag } from "hono/etag";
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
 * Marks a successful anonymous answer as shareable for `times` and gives it an ETag, so a cache or
 * browser holding it gets 304 on If-None-Match. A signed-in request is left alone: its answer is
 * never stored (noStoreUnlessShared).
 */
export function shared(times: SharedCache): MiddlewareHandler<AppEnv> {
  const value = cacheControl(times);
  const tag = etag();
  return async (c, next) => {
    if (c.get("actor")) return next();
    return tag(c, async () => {
      await next();
      if (c.res.ok && !c.res.headers.has("cache-control")) c.header("Cache-Control", value);
    });
  };
}

/**
 * Every answer a route did not mark otherwise is `no-store`: personal ones (ASVS 8.2.1) and errors,
 * which a CDN would otherwise keep for its default error time.
 */
export const noStoreUnlessMarked: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!c.res.headers.has("cache-control")) c.header("Cache-Control", "no-store");
};
