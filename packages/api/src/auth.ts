import * as Account from "@berdaya/core/account";
import type { Actor, Role } from "@berdaya/core/actor";
import * as RateLimit from "@berdaya/core/rate-limit";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { type AppEnv, clientOf, isHttps } from "./context";
import { fail } from "./errors";

export const sessionCookie = "berdaya_session";

/**
 * Over HTTPS the cookie is `__Host-berdaya_session` (Secure, Path=/, no Domain: no subdomain can set
 * or shadow it); on http://localhost browsers refuse that prefix, so it keeps the plain name.
 */
export function setSessionCookie(c: Context, session: Account.NewSession) {
  setCookie(c, sessionCookie, session.token, {
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
    path: "/",
    maxAge: session.maxAgeSeconds,
    ...(isHttps(c) && { prefix: "host" as const }),
  });
}

export function clearSessionCookie(c: Context) {
  const options = { path: "/", secure: true, httpOnly: true, sameSite: "Lax" } as const;
  deleteCookie(c, sessionCookie, options);
  if (isHttps(c)) deleteCookie(c, sessionCookie, { ...options, prefix: "host" });
}

/** The session token from either cookie name (the prefixed one wins). */
export const sessionToken = (c: Context) =>
  getCookie(c, sessionCookie, "host") ?? getCookie(c, sessionCookie);

/** Reads the actor from the session cookie (and only from there) on every API request. */
export const session: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = sessionToken(c);
  if (token) {
    const found = await Account.authenticate(token);
    if (found) {
      c.set("actor", found.actor);
      if (found.renewed) setSessionCookie(c, found.renewed);
    }
  }
  await next();
};

/** 401 without a session; 403 when the member's role is not one of `roles` (when given). */
export function requireActor(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get("actor");
    if (!actor) return fail(c, 401, "unauthenticated");
    if (roles.length && !roles.includes(actor.role)) return fail(c, 403, "forbidden");
    await next();
  };
}

/** The signed-in actor, for handlers behind requireActor(). */
export function actorOf(c: Context<AppEnv>): Actor {
  const actor = c.get("actor");
  if (!actor) throw new Error("actorOf() used on a route without requireActor()");
  return actor;
}

/** Counts every request from one client against a limit shared by all instances, before any other work. */
export function limitPerClient(limit: RateLimit.Limit): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await RateLimit.hit(limit, clientOf(c));
    await next();
  };
}
