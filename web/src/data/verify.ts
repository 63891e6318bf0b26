import { type AnswerOf, call, client } from "./api";

/**
 * Looking a certificate up by its code: what anyone holding the code (or its QR) may ask. This module
 * is small on purpose: the router imports it to start the lookup while the verify page's code is
 * still on its way to a phone. Everything else about certificates is in data/certificates.ts.
 */

export type CertificateView = AnswerOf<(typeof client.verify)[":code"]["$get"]>;
export type CertificateStatus = CertificateView["status"];
/** Which check a credential failed, in the order the server runs them. */
export type CredentialCheck = NonNullable<AnswerOf<typeof client.verify.$post>["failed"]>;

const lookups = new Map<string, { at: number; request: Promise<CertificateView> }>();
// A lookup started by hovering a link and never used is not trusted for long: a certificate can be
// revoked in the meantime.
const freshForMs = 20_000;

/** A route parameter as typed: the router leaves "%20" and the like as they came in the address. */
export function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The certificate behind a code: 404 certificate_not_found, 400 for a code that cannot be one. */
export function verifyCode(code: string): Promise<CertificateView> {
  return call(client.verify[":code"].$get({ param: { code } }));
}

/**
 * Starts the lookup for the route (alongside the page's code) and hands it to the page once: a
 * second visit asks again, so a certificate revoked meanwhile is never shown from a stale answer.
 */
export function preloadVerification(param: string): void {
  // As the server reads a code (and the page, which asks for the same key): "bkl 7esj…" → "BKL-7ESJ…".
  const code = decodeParam(param)
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, "-");
  const started = lookups.get(code);
  if (started && Date.now() - started.at < freshForMs) return;
  const request = verifyCode(code);
  request.catch(() => {});
  lookups.set(code, { at: Date.now(), request });
}

export function takeVerification(code: string): Promise<CertificateView> {
  const preloaded = lookups.get(code);
  lookups.delete(code);
  return preloaded && Date.now() - preloaded.at < freshForMs ? preloaded.request : verifyCode(code);
}
