import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failOnCall } from "../support/faults";
import { call, json, login, sessionCookieOf, startTestServer, type TestServer } from "../support/local";

/**
 * Fault injection: the DynamoDB client throttles (or loses its connection) on the Nth call of a
 * request. The API answers 503 with Retry-After, and a retry of the same request succeeds as if the
 * fault never happened: nothing half-written stands in its way.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe("storage faults", () => {
  it("registration: 503 with Retry-After at any failing call, then the retry registers the member once", async () => {
    for (let n = 1; n <= 8; n++) {
      const body = {
        name: `Uji Gangguan ${n}`,
        phone: `08139900${String(n).padStart(4, "0")}`,
        password: "kopi-kepahiang-2026",
        // The web app sends one key per registration form with every retry (docs/decisions/0010).
        requestKey: `uji-gangguan-kunci-${n}-${Date.now()}`,
      };
      const restore = failOnCall(n, n % 2 ? "throttle" : "network");
      const first = await call(server, "POST", "/api/auth/register", {
        body,
        client: `203.0.113.${n}`,
      });
      restore();
      expect([201, 503], `call ${n}`).toContain(first.status);
      if (first.status === 503) {
        expect(first.headers.get("retry-after")).toBeTruthy();
        expect((await json(first)).error.code).toBe("storage_unavailable");
        const retry = await call(server, "POST", "/api/auth/register", {
          body,
          client: `203.0.113.${n}`,
        });
        expect(retry.status, `retry after a fault at call ${n}`).toBe(201);
      }
      await login(server, body.phone, body.password);
    }
  });

  it("enrollment and lesson completion: 503 at any failing call, and the retry leaves exactly one enrollment with the lesson done", async () => {
    const res = await call(server, "POST", "/api/auth/register", {
      body: { name: "Peserta Gangguan", phone: "081399009999", password: "kopi-kepahiang-2026" },
      client: "203.0.113.99",
    });
    const cookie = sessionCookieOf(res);
    const courses = [
      "berpikir-kreatif",
      "inovasi-produk-scamper",
      "business-model-canvas",
      "jualan-whatsapp-business",
      "bpjs-ketenagakerjaan-pekerja-mandiri",
    ];
    for (const [n, course] of courses.entries()) {
      const restore = failOnCall(n + 3, "throttle");
      const first = await call(server, "POST", `/api/courses/${course}/enroll`, { cookie });
      restore();
      expect([201, 503]).toContain(first.status);
      const retry = await call(server, "POST", `/api/courses/${course}/enroll`, { cookie });
      expect([200, 201]).toContain(retry.status);
      const restoreAgain = failOnCall(n + 3, "network");
      const done = await call(server, "POST", `/api/courses/${course}/lessons/m1-l1/complete`, { cookie });
      restoreAgain();
      expect([200, 503]).toContain(done.status);
      if (done.status === 503)
        expect(
          (await call(server, "POST", `/api/courses/${course}/lessons/m1-l1/complete`, { cookie })).status,
        ).toBe(200);
    }
    const mine = await json(await call(server, "GET", "/api/me/enrollments", { cookie }));
    expect(mine.items.map((e: { courseId: string }) => e.courseId).sort()).toEqual([...courses].sort());
    expect(
      mine.items.every((e: { completedLessons: string[] }) => e.completedLessons.includes("m1-l1")),
    ).toBe(true);
  });
});
