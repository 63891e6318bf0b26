import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, login, startTestServer, type TestServer } from "../support/local";
import { snapshot } from "../support/snapshot";

/**
 * Thousands of generated malformed requests against every operation in /api/openapi.json, as an
 * anonymous visitor and as an admin (who gets past access control to the validation): never a 5xx,
 * always the error shape, and nothing in the table changes.
 */
let server: TestServer;
let admin: string;
let operations: { method: string; path: string }[];

beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server, "admin@berdaya.test");
  const spec = await json(await server.request("/api/openapi.json"));
  // Logging out takes no input to malform, and would end the admin's session halfway through.
  operations = Object.entries(spec.paths as Record<string, Record<string, unknown>>)
    .flatMap(([path, item]) => Object.keys(item).map((method) => ({ method: method.toUpperCase(), path })))
    // Bodyless sign-outs: whatever else a request carries, they end sessions, which is their job.
    .filter((op) => op.path !== "/auth/logout" && op.path !== "/me/sessions");
});
afterAll(() => server?.stop());

/** Path parameters no id, code or slug can be: too long, or with characters ids never have. */
const badParam = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }).map((s) => `${s}!`),
  fc.constantFrom("..", "%00", "A".repeat(300), "<script>", "ÿÿÿ", "' OR 1=1 --", "12"),
);
/** Bodies no route accepts: not JSON objects, broken JSON, or objects with a field no schema has. */
const badBody = fc.oneof(
  fc
    .jsonValue()
    .filter((v) => typeof v !== "object" || v === null || Array.isArray(v))
    .map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 50 }).map((s) => `{"x": ${s}`),
  fc
    .dictionary(fc.string({ maxLength: 10 }), fc.jsonValue(), { maxKeys: 4 })
    .map((o) => JSON.stringify({ ...o, __bukanKolom: true })),
);
const badQuery = fc.oneof(
  fc.constant(""),
  fc.constantFrom(
    "limit=0",
    "limit=-1",
    "limit=abc",
    "limit=1000",
    "cursor=%25%25%25",
    "status=apa",
    "kind=rahasia",
    "category=sulap",
  ),
  fc
    .tuple(fc.constantFrom("limit", "cursor", "q", "regency", "sector"), fc.string({ maxLength: 300 }))
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`),
);

describe("malformed requests", () => {
  it("never answer 5xx, always in the error shape, and change nothing (2,400 requests)", async () => {
    const before = await snapshot();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        badParam,
        badBody,
        badQuery,
        fc.boolean(),
        fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", ""),
        async (index, param, body, query, asAdmin, contentType) => {
          const op = operations[index % operations.length] as { method: string; path: string };
          const hasParams = op.path.includes("{");
          const path = op.path.replace(/\{\w+\}/g, encodeURIComponent(param));
          const headers: Record<string, string> = { "sec-fetch-site": "same-origin" };
          if (asAdmin) headers.cookie = admin;
          if (contentType) headers["content-type"] = contentType;
          const sendsBody = op.method !== "GET" && op.method !== "HEAD";
          const res = await server.request(`/api${path}${query ? `?${query}` : ""}`, {
            method: op.method,
            headers,
            body: sendsBody ? body : undefined,
          });
          sent++;
          expect(res.status, `${op.method} ${path}`).toBeLessThan(500);
          if (res.status >= 400) {
            const answer = await json(res);
            expect(answer).toEqual({
              error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
            });
          } else {
            // Only operations without parameters and body can pass: a read, or one that ignores its input.
            expect(hasParams && op.method !== "GET", `${op.method} ${path} accepted ${res.status}`).toBe(
              false,
            );
            await res.arrayBuffer();
          }
        },
      ),
      { numRuns: 2400, seed: 20261128 },
    );
    expect(sent).toBe(2400);
    expect(await snapshot()).toEqual(before);
  });
});
