import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, json, login, sessionCookieOf, startTestServer, type TestServer } from "../support/local";

/** A member sees the devices signed in to their account and signs one out (ASVS 4.0.3 V3.3.4). */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const phoneUa =
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const laptopUa = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

async function signIn(phone: string, userAgent: string, client: string) {
  const res = await call(server, "POST", "/api/auth/login", {
    body: { identifier: phone, password: "berdaya-demo" },
    headers: { "user-agent": userAgent },
    client,
  });
  expect(res.status).toBe(200);
  return sessionCookieOf(res);
}

describe("my devices", () => {
  it("lists each signed-in device by name, marks this one, and signs another out", async () => {
    const onPhone = await signIn("081200000003", phoneUa, "198.19.8.1");
    const onLaptop = await signIn("081200000003", laptopUa, "198.19.8.2");
    const { items } = await json(await call(server, "GET", "/api/me/sessions", { cookie: onPhone }));
    expect(items.map((s: { device: string; current: boolean }) => [s.device, s.current]).sort()).toEqual([
      ["Chrome · Android", true],
      ["Firefox · Windows", false],
    ]);
    const laptop = items.find((s: { current: boolean }) => !s.current);

    expect((await call(server, "DELETE", `/api/me/sessions/${laptop.id}`, { cookie: onPhone })).status).toBe(
      204,
    );
    expect((await call(server, "GET", "/api/me", { cookie: onLaptop })).status).toBe(401);
    expect((await call(server, "GET", "/api/me", { cookie: onPhone })).status).toBe(200);
    const after = await json(await call(server, "GET", "/api/me/sessions", { cookie: onPhone }));
    expect(after.items).toHaveLength(1);
  });

  it("never signs out another member's device, and refuses an id that is not one", async () => {
    const mine = await signIn("081200000004", phoneUa, "198.19.8.3");
    const theirs = await login(server, "081200000001");
    const { items } = await json(await call(server, "GET", "/api/me/sessions", { cookie: theirs }));
    const res = await call(server, "DELETE", `/api/me/sessions/${items[0].id}`, { cookie: mine });
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe("session_not_found");
    expect((await call(server, "GET", "/api/me", { cookie: theirs })).status).toBe(200);
    expect((await call(server, "DELETE", "/api/me/sessions/zzz", { cookie: mine })).status).toBe(400);
  });
});
