import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, json, login, startTestServer, type TestServer } from "../support/local";

/**
 * Who may call what. Every operation in /api/openapi.json must be listed here, so a new route cannot
 * skip access control: a route missing from this table fails the test.
 *   public  — anyone, signed in or not
 *   member  — any signed-in member (anonymous → 401)
 *   admin   — admins only (anonymous → 401, other members → 403)
 *   trainerRole — trainers and admins (learners → 403)
 *   owner   — the trainer who owns the course ("trainer" below); every other member → 403
 *   ownerOrAdmin — the owning trainer and admins
 *   enrolled — learners enrolled in the course ("learner" is, in a course "trainer" owns)
 *   enrolledOrStaff — the enrolled, the course's trainer and admins
 */
type Access =
  | "public"
  | "member"
  | "trainerRole"
  | "admin"
  | "owner"
  | "ownerOrAdmin"
  | "enrolled"
  | "enrolledOrStaff"
  /** Any member except the course's own trainer (separation of duties, ADR 0013). */
  | "memberNotOwner";
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
  "POST /me/password": "member",
  "PUT /me/phone": "member",
  "DELETE /me/sessions": "member",
  "GET /me/sessions": "member",
  "DELETE /me/sessions/{sessionId}": "member",
  "GET /me/notifications": "member",
  "POST /me/notifications/seen": "member",
  "POST /trainer-applications": "member",
  "GET /courses": "public",
  "GET /courses/{courseId}": "public",
  "POST /courses": "trainerRole",
  "PATCH /courses/{courseId}": "owner",
  "DELETE /courses/{courseId}": "owner",
  "POST /courses/{courseId}/modules": "owner",
  "PATCH /courses/{courseId}/modules/{moduleId}": "owner",
  "DELETE /courses/{courseId}/modules/{moduleId}": "owner",
  "POST /courses/{courseId}/modules/{moduleId}/lessons": "owner",
  "PATCH /courses/{courseId}/modules/{moduleId}/lessons/{lessonId}": "owner",
  "DELETE /courses/{courseId}/modules/{moduleId}/lessons/{lessonId}": "owner",
  "POST /courses/{courseId}/import": "owner",
  "POST /courses/{courseId}/submit": "owner",
  "GET /trainer/courses": "trainerRole",
  "GET /trainer/courses/{courseId}": "ownerOrAdmin",
  "GET /trainer/courses/{courseId}/lessons/{lessonId}": "ownerOrAdmin",
  "POST /courses/{courseId}/enroll": "memberNotOwner",
  "GET /courses/{courseId}/lessons/{lessonId}": "enrolledOrStaff",
  "POST /courses/{courseId}/lessons/{lessonId}/open": "enrolledOrStaff",
  "POST /courses/{courseId}/lessons/{lessonId}/complete": "enrolled",
  "POST /courses/{courseId}/lessons/{lessonId}/attempts": "enrolled",
  "POST /courses/{courseId}/lessons/{lessonId}/submissions": "enrolled",
  "GET /me/enrollments": "member",
  "GET /trainer/courses/{courseId}/learners": "ownerOrAdmin",
  "GET /trainer/submissions": "trainerRole",
  "POST /submissions/{submissionId}/review": "trainerRole",
  "GET /me/certificates": "member",
  "GET /certificates/{code}/pdf": "public",
  "GET /certificates/{code}/credential": "public",
  "GET /certificates/{code}/status": "public",
  "GET /verify/{code}": "public",
  "POST /verify": "public",
  "GET /issuer": "public",
  "GET /revocations": "public",
  "GET /keys/{name}": "public",
  "GET /achievements/{courseId}": "public",
  "GET /achievements/{courseId}/image": "public",
  "PUT /admin/courses/{courseId}/badge": "admin",
  "GET /admin/certificates": "admin",
  "POST /admin/certificates/{code}/revoke": "admin",
  "POST /admin/certificates/{code}/approve": "admin",
  "GET /admin/members/{userId}": "admin",
  "GET /admin/reports/summary": "admin",
  "GET /admin/reports/courses": "admin",
  "GET /admin/reports/export.csv": "admin",
  "GET /admin/association": "admin",
  "PATCH /admin/association": "admin",
  "POST /uploads": "member",
  "POST /uploads/{uploadId}/complete": "member",
  "GET /files/{uploadId}": "public",
  "GET /admin/courses": "admin",
  "GET /admin/courses/{courseId}": "admin",
  "GET /admin/courses/{courseId}/lessons/{lessonId}": "admin",
  "POST /admin/courses/{courseId}/approve": "admin",
  "POST /admin/courses/{courseId}/reject": "admin",
  "GET /admin/trainer-applications": "admin",
  "POST /admin/trainer-applications/{applicationId}/approve": "admin",
  "POST /admin/trainer-applications/{applicationId}/reject": "admin",
  "GET /admin/members": "admin",
  "POST /admin/members/{userId}/reset-link": "admin",
  "POST /admin/members/{userId}/remove-trainer": "admin",
  "GET /admin/catalog": "admin",
  "POST /admin/courses/{courseId}/unpublish": "admin",
  "POST /admin/courses/{courseId}/republish": "admin",
  "POST /admin/courses/{courseId}/reassign": "admin",
};

/**
 * Arguments: a draft course of "trainer" made for this test (ids filled in beforeAll), unknown ids
 * where acting would be harmful, and a published course for DELETE so that the owner's call is
 * refused by the rules (409) rather than by access control, and nothing is lost.
 */
const params: Record<string, string> = {
  applicationId: "tidak-ada",
  userId: "tidak-ada",
  uploadId: "tidak-ada",
  code: "BKL-2222-3333-4444",
};
const paramOverrides: Record<string, Record<string, string>> = {
  "DELETE /courses/{courseId}": { courseId: "berpikir-kreatif" },
  "GET /courses/{courseId}": { courseId: "berpikir-kreatif" },
  "POST /courses/{courseId}/enroll": { courseId: "inovasi-produk-scamper" }, // pelatih1 ("trainer") teaches it
  "GET /courses/{courseId}/lessons/{lessonId}": { courseId: "berpikir-kreatif", lessonId: "m1-l1" },
  "POST /courses/{courseId}/lessons/{lessonId}/open": { courseId: "berpikir-kreatif", lessonId: "m1-l1" },
  "POST /courses/{courseId}/lessons/{lessonId}/complete": { courseId: "berpikir-kreatif", lessonId: "m1-l1" },
  "POST /courses/{courseId}/lessons/{lessonId}/attempts": { courseId: "berpikir-kreatif", lessonId: "m1-l1" },
  "POST /courses/{courseId}/lessons/{lessonId}/submissions": {
    courseId: "berpikir-kreatif",
    lessonId: "m1-l1",
  },
};
const bodies: Record<string, unknown> = {
  "POST /courses": {},
  "PATCH /courses/{courseId}": { summary: "Diubah oleh uji akses." },
  "POST /courses/{courseId}/modules": { title: "Modul uji akses" },
  "PATCH /courses/{courseId}/modules/{moduleId}": { title: "Modul diubah" },
  "POST /courses/{courseId}/modules/{moduleId}/lessons": {
    title: "Pelajaran",
    content: { kind: "text", body: "Isi." },
  },
  "PATCH /courses/{courseId}/modules/{moduleId}/lessons/{lessonId}": { title: "Pelajaran diubah" },
  "POST /uploads": {},
  "PATCH /admin/association": {},
  "POST /verify": { credential: "bukan-jwt" },
  "PUT /admin/courses/{courseId}/badge": { uploadId: null },
  "POST /admin/certificates/{code}/revoke": { reason: "Uji akses" },
  "POST /courses/{courseId}/lessons/{lessonId}/attempts": { answers: {} },
  "POST /courses/{courseId}/lessons/{lessonId}/submissions": { fields: {} },
  "POST /submissions/{submissionId}/review": { decision: "accepted" },
  "POST /courses/{courseId}/import": { uploadId: "tidak-ada" },
  "POST /admin/courses/{courseId}/reject": { reason: "Uji akses" },
  "POST /auth/register": {},
  "POST /auth/login": {},
  "POST /auth/reset": {},
  "PATCH /me": {},
  "DELETE /me": { password: "bukan-kata-sandinya" },
  "POST /me/password": { currentPassword: "bukan-kata-sandinya", newPassword: "sandi-baru-uji-akses" },
  "PUT /me/phone": { phone: "081399887766", password: "bukan-kata-sandinya" },
  "POST /trainer-applications": {},
  "POST /admin/trainer-applications/{applicationId}/reject": { reason: "Belum cukup pengalaman" },
  // Nobody has this phone: the rules refuse it (400) and the test course keeps its trainer.
  "POST /admin/courses/{courseId}/reassign": { trainer: "081299999999" },
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
  const allowed: Record<Access, ActorName[]> = {
    public: [],
    member: ["learner", "otherLearner", "trainer", "otherTrainer", "admin"],
    trainerRole: ["trainer", "otherTrainer", "admin"],
    admin: ["admin"],
    owner: ["trainer"],
    ownerOrAdmin: ["trainer", "admin"],
    enrolled: ["learner"],
    enrolledOrStaff: ["learner", "trainer", "admin"],
    memberNotOwner: ["learner", "otherLearner", "otherTrainer", "admin"],
  };
  return allowed[access].includes(actor) ? "allowed" : 403;
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
  const owner = cookies.trainer as string;
  const course = await json(
    await call(server, "POST", "/api/courses", {
      cookie: owner,
      body: { title: "Kursus Uji Akses", category: "inovasi", level: "pemula" },
    }),
  );
  const module = await json(
    await call(server, "POST", `/api/courses/${course.id}/modules`, { cookie: owner, body: { title: "M" } }),
  );
  const lesson = await json(
    await call(server, "POST", `/api/courses/${course.id}/modules/${module.id}/lessons`, {
      cookie: owner,
      body: { title: "L", content: { kind: "text", body: "Isi." } },
    }),
  );
  Object.assign(params, {
    courseId: course.id,
    moduleId: module.id,
    lessonId: lesson.lessonId,
    submissionId: "tidak-ada",
  });
  await call(server, "POST", "/api/courses/berpikir-kreatif/enroll", { cookie: cookies.learner });
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
      const values = { ...params, ...paramOverrides[operation] };
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "tidak-ada");
      // Logging out ends the session it is sent with: use a session of its own.
      const cookie =
        operation === "POST /auth/logout" && actors[actor]
          ? await login(server, actors[actor] as string)
          : cookies[actor];
      const res = await call(server, method, `/api${path}`, { cookie, body: bodies[operation] });
      // Signing out everywhere ends every session of the actor: sign in again for what follows.
      if (operation === "DELETE /me/sessions" && actors[actor])
        cookies[actor] = await login(server, actors[actor] as string);
      const want = expected(table[operation] as Access, actor);
      const allowed = res.status !== 401 && res.status !== 403;
      if (res.status >= 500 || (want === "allowed" ? !allowed : res.status !== want)) {
        mismatches.push(`${operation}: expected ${want}, got ${res.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
