/**
 * Stands in for hono's cookie serializer inside `hono/client` (see vite.config.ts). hc uses it only to
 * build a Cookie request header, which browsers refuse to send from script (a forbidden request
 * header in the Fetch standard): the session cookie goes with `credentials: "same-origin"`. Leaving
 * the 1.5 KB serializer out keeps the catalog's first download within its budget.
 */
export const serialize = (name: string, value: string): string => `${name}=${encodeURIComponent(value)}`;
