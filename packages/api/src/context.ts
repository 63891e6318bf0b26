import type { Actor } from "@berdaya/core/actor";
import type { Context } from "hono";

export type Lang = "id" | "en";

/** Variables every route can read from the Hono context. */
export interface AppEnv {
  Variables: {
    lang: Lang;
    /** The signed-in member, from the session cookie only; absent for anonymous requests. */
    actor?: Actor;
  };
}

/** Bahasa Indonesia unless the client asks for English first. */
export function langOf(acceptLanguage: string | undefined): Lang {
  return /^\s*en\b/i.test(acceptLanguage ?? "") ? "en" : "id";
}

export type AppContext = Context<AppEnv>;

/**
 * The client's address, for per-client rate limits: the first X-Forwarded-For hop (set by CloudFront
 * on AWS), else the socket's address in local mode.
 */
export function clientOf(c: Context): string {
  const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded;
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
    ?.socket;
  return socket?.remoteAddress ?? "unknown";
}
