import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, json, login, startTestServer, type TestServer } from "../support/local";

/**
 * Who may call what. Every operation in /api/openapi.json must be listed here, so a new route cannot
 * skip access control: a route missing from this table fails the test.
 *   public  — anyone, signed in or not
 *   member  — any signed-in member (anonymous → 401)
 *   admin   — admins only (anonymous → 401, other members → 403)
 */
type Access = "public" | "member" | "admin";
const table: Record<string, Access> = {
  "GET /health": "public",
  "GET /reference": "public",
  "POST /auth/register": "public",
  "POST /auth/login": "public",
  "POST /auth/logout": "public",
  "POST /auth/reset": "public",
  "GET /me": "member",
  "PATCH /me": "member",
  "GET /me/export": "member",
  "DELETE /me": "member",
  "POST /trainer-applications": "member",
  "GET /courses": "public",
  "GET /courses/{courseId}": "public",
  "GET /admin/trainer-applications": "admin",
  "POST /admin/trainer-applications/{applicationId}/approve": "admin",
  "POST /admin/trainer-applications/{applicationId}/reject": "admin",
  "GET /admin/members": "admin",
  "POST /admin/members/{userId}/reset-link": "admin",
};

/** Harmless arguments: real ids where reading is harmless, unknown ids or wrong bodies where acting is not. */
const params: Record<string, string> = {
  courseId: "berpikir-kreatif",
  applicationId: "tidak-ada",
  userId: "tidak-ada",
};
const bodies: Record<string, unknown> = {
  "POST /auth/register": {},
  "POST /auth/login": {},
  "POST /auth/reset": {},
  "PATCH /me": {},
  "DELETE /me": { password: "bukan-kata-sandinya" },
  "POST /trainer-applications": {},
  "POST /admin/trainer-applications/{applicationId}/reject": { reason: "Belum cukup pengalaman" },
};

const actors = {
  anonymous: undefined,
  learner: "081200000001",
  otherLearner: "081200000002",
  trainer: "pelatih1@berdaya.test",
  otherTrainer: "pelatih2@berdaya.test",
  admin: "admin@berdaya.test",
} as const;
type ActorName = keyof typeof actors;

function expected(access: Access, actor: ActorName): "allowed" | 401 | 403 {
  if (access === "public") return "allowed";
  if (actor === "anonymous") return 401;
  if (access === "admin" && actor !== "admin") return 403;
  return "allowed";
}

let server: TestServer;
let operations: string[];
const cookies: Partial<Record<ActorName, string>> = {};

beforeAll(async () => {
  server = await startTestServer();
  const spec = await json(await server.request("/api/openapi.json"));
  operations = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
  for (const [name, identifier] of Object.entries(actors)) {
    if (identifier) cookies[name as ActorName] = await login(server, identifier);
  }
});
afterAll(() => server?.stop());

describe("access control on every route", () => {
  it("has an expected-access entry for every operation in /api/openapi.json, and no stale ones", () => {
    expect(operations.length).toBeGreaterThan(10);
    expect(operations.filter((op) => !(op in table))).toEqual([]);
    expect(Object.keys(table).filter((op) => !operations.includes(op))).toEqual([]);
  });

  it.each(Object.keys(actors) as ActorName[])("answers %s as the table says", async (actor) => {
    const mismatches: string[] = [];
    for (const operation of operations) {
      const [method, template] = operation.split(" ") as [string, string];
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "tidak-ada");
      // Logging out ends the session it is sent with: use a session of its own.
      const cookie =
        operation === "POST /auth/logout" && actors[actor]
          ? await login(server, actors[actor] as string)
          : cookies[actor];
      const res = await call(server, method, `/api${path}`, { cookie, body: bodies[operation] });
      const want = expected(table[operation] as Access, actor);
      const allowed = res.status !== 401 && res.status !== 403;
      if (res.status >= 500 || (want === "allowed" ? !allowed : res.status !== want)) {
        mismatches.push(`${operation}: expected ${want}, got ${res.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
