import type { Actor } from "@berdaya/core/actor";
import { getConnInfo } from "@hono/node-server/conninfo";
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

/** What the platform underneath passes a request: the Lambda event on AWS, the socket locally. */
interface Bindings {
  /** hono/aws-lambda: the API Gateway event's request context. */
  requestContext?: { http?: { sourceIp?: string }; identity?: { sourceIp?: string } };
  /** @hono/node-server: the incoming message, whose socket is the TCP peer. */
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * Proxies whose X-Forwarded-For we believe, from BERDAYA_TRUSTED_PROXIES (comma-separated socket
 * addresses, e.g. "127.0.0.1,::1" behind a local reverse proxy). Empty by default: then no
 * client-written header is read at all.
 */
export function trustedProxies(value = process.env.BERDAYA_TRUSTED_PROXIES): Set<string> {
  return new Set(
    (value ?? "")
      .split(",")
      .map((address) => address.trim())
      .filter(Boolean),
  );
}

/**
 * The client's address, for per-client rate limits (docs/decisions/0010). On AWS, the source IP
 * API Gateway saw on the connection; locally, the socket's peer, or, only when that peer is a
 * configured trusted proxy, the hop that proxy appended last to X-Forwarded-For. Never a hop the
 * client wrote itself.
 */
export function clientOf(c: Context): string {
  const env = (c.env ?? {}) as Bindings;
  const context = env.requestContext;
  if (context) return context.http?.sourceIp ?? context.identity?.sourceIp ?? "unknown";
  const peer = env.incoming?.socket ? getConnInfo(c).remote.address : undefined;
  if (!peer) return "unknown";
  if (trustedProxies().has(peer)) {
    const last = c.req.header("x-forwarded-for")?.split(",").pop()?.trim();
    if (last) return last;
  }
  return peer;
}

/** Whether the member reached us over HTTPS (AWS always; locally only through a trusted TLS proxy). */
export function isHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  const peer = ((c.env ?? {}) as Bindings).incoming?.socket?.remoteAddress;
  return Boolean(peer && trustedProxies().has(peer) && c.req.header("x-forwarded-proto") === "https");
}
