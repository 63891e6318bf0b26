import { createHash } from "node:crypto";
import * as Account from "@berdaya/core/account";
import { service } from "@berdaya/core/db";
import * as RateLimit from "@berdaya/core/rate-limit";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { call, json, login, sessionCookieOf, startTestServer, type TestServer } from "../support/local";

// Closes the findings of the ASVS level-2 test (issue 13, items 1, 2, 3 and 10); see
// docs/decisions/0010-sessions-and-client-address.md.

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server, "admin@berdaya.test");
});
afterAll(() => server?.stop());
afterEach(() => {
  vi.useRealTimers();
});

/** Rate limits count in fixed 15-minute windows: start a test at a window's start. */
const atWindowStart = () => {
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 1000);
};

const password = "kopi-kepahiang-2026";
let seq = 0;
async function newMember(name = "Anggota Uji") {
  const phone = `+6281388${String(++seq).padStart(6, "0")}`;
  const res = await call(server, "POST", "/api/auth/register", {
    body: { name, phone, password },
    client: `192.0.2.${seq % 250}`,
  });
  expect(res.status).toBe(201);
  return { phone, cookie: sessionCookieOf(res), id: (await json(res)).user.id as string };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");
const tokenOf = (cookie: string) => cookie.split("=")[1] as string;
const loginAs = (identifier: string, secret: string, client?: string) =>
  call(server, "POST", "/api/auth/login", { body: { identifier, password: secret }, client });

describe("attempts are counted before the password is checked", () => {
  it("30 concurrent guesses with the right one among them: no session, and at most 5 scrypt runs", async () => {
    atWindowStart();
    const member = await newMember();
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 29 ? password : `tebakan-salah-${i}`));
    const answers = await Promise.all(
      guesses.map((guess, i) => loginAs(member.phone, guess, `203.0.113.${i}`)),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses).not.toContain(200);
    expect(answers.flatMap((r) => r.headers.getSetCookie())).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(25);
    // Every scrypt run took a place in the counter first; a refused attempt adds nothing.
    expect(await RateLimit.count(Account.limits.passwordChecks, member.id)).toBe(5);
    const refused = answers[statuses.indexOf(429)] as Response;
    expect((await json(refused)).error.message).toMatch(/Terlalu banyak percobaan/);
  });

  it("counts every password check of an account together: login, password change, phone change and deletion", async () => {
    atWindowStart();
    const member = await newMember();
    expect((await loginAs(member.phone, "salah-satu-x")).status).toBe(401);
    expect((await loginAs(member.phone.replace("+62", "0"), "salah-dua-x")).status).toBe(401);
    const wrongChange = await call(server, "POST", "/api/me/password", {
      cookie: member.cookie,
      body: { currentPassword: "salah-tiga-x", newPassword: "nasi-uduk-pagi-hari" },
    });
    expect(wrongChange.status).toBe(400);
    expect((await json(wrongChange)).error.code).toBe("password_incorrect");
    const wrongPhone = await call(server, "PUT", "/api/me/phone", {
      cookie: member.cookie,
      body: { phone: "081388999001", password: "salah-empat-x" },
    });
    expect(wrongPhone.status).toBe(400);
    const wrongDelete = await call(server, "DELETE", "/api/me", {
      cookie: member.cookie,
      body: { password: "salah-lima-x" },
    });
    expect(wrongDelete.status).toBe(400);
    const sixth = await call(server, "DELETE", "/api/me", { cookie: member.cookie, body: { password } });
    expect(sixth.status).toBe(429);
    expect((await call(server, "GET", "/api/me", { cookie: member.cookie })).status).toBe(200);
    expect((await loginAs(member.phone, password)).status).toBe(429);
  });

  it("a right password gives the places back", async () => {
    atWindowStart();
    const member = await newMember();
    for (let i = 0; i < 4; i++) expect((await loginAs(member.phone, `salah-${i}-x`)).status).toBe(401);
    expect((await loginAs(member.phone, password)).status).toBe(200);
    expect(await RateLimit.count(Account.limits.passwordChecks, member.id)).toBe(0);
  });
});

describe("registration is no login", () => {
  const body = (phone: string, extra: Record<string, unknown> = {}) => ({
    name: "Pendaftar",
    phone,
    password,
    ...extra,
  });

  it("a registration that meets a taken phone answers 409 even with the right name and password, and checks no password", async () => {
    atWindowStart();
    const member = await newMember("Pendaftar");
    const again = await call(server, "POST", "/api/auth/register", { body: body(member.phone) });
    expect(again.status).toBe(409);
    expect(again.headers.getSetCookie()).toEqual([]);
    expect((await json(again)).error.code).toBe("identifier_taken");
    expect(await RateLimit.count(Account.limits.passwordChecks, member.id)).toBe(0);
  });

  it("the client's own retry, with the key it sent the first time, signs in; another key gets 409", async () => {
    const phone = `+6281389${String(++seq).padStart(6, "0")}`;
    const requestKey = "kunci-pendaftaran-0123456789";
    const first = await call(server, "POST", "/api/auth/register", { body: body(phone, { requestKey }) });
    expect(first.status).toBe(201);
    const id = (await json(first)).user.id;
    const retry = await call(server, "POST", "/api/auth/register", { body: body(phone, { requestKey }) });
    expect(retry.status).toBe(201);
    expect((await json(retry)).user.id).toBe(id);
    sessionCookieOf(retry);
    const guessed = await call(server, "POST", "/api/auth/register", {
      body: body(phone, { requestKey: "kunci-lain-9876543210abc" }),
    });
    expect(guessed.status).toBe(409);
    // The key is kept only as a hash, and only for a short while.
    const { data } = await service.entities.User.get({ userId: id }).go();
    expect(data?.registrationKeyHash).toBe(sha256(requestKey));
    await service.entities.User.patch({ userId: id })
      .set({ registrationKeyUntil: Math.floor(Date.now() / 1000) - 1 })
      .go();
    const late = await call(server, "POST", "/api/auth/register", { body: body(phone, { requestKey }) });
    expect(late.status).toBe(409);
  });

  it("refuses a malformed key with a 400 naming it", async () => {
    const res = await call(server, "POST", "/api/auth/register", {
      body: body("081389999990", { requestKey: "pendek" }),
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.details).toContainEqual(expect.objectContaining({ field: "requestKey" }));
  });
});

describe("the client address is the socket's, never a header the client wrote", () => {
  it("locally, a spoofed X-Forwarded-For does not move the per-client counter", async () => {
    atWindowStart();
    const socket = "203.0.113.201";
    const before = await RateLimit.count(Account.limits.loginsPerClient, socket);
    for (let i = 0; i < 3; i++) {
      const res = await call(server, "POST", "/api/auth/login", {
        body: { identifier: `0813890000${i}`, password: "salah-sekali" },
        headers: { "x-forwarded-for": `10.9.8.${i}` },
        client: socket,
      });
      expect(res.status).toBe(401);
    }
    expect(await RateLimit.count(Account.limits.loginsPerClient, socket)).toBe(before + 3);
    for (let i = 0; i < 3; i++)
      expect(await RateLimit.count(Account.limits.loginsPerClient, `10.9.8.${i}`)).toBe(0);
  });

  it("behind a configured trusted proxy, the hop that proxy appended (the last) counts", async () => {
    atWindowStart();
    vi.stubEnv("BERDAYA_TRUSTED_PROXIES", "127.0.0.1, ::1");
    try {
      const res = await call(server, "POST", "/api/auth/login", {
        body: { identifier: "081389000099", password: "salah-sekali" },
        headers: { "x-forwarded-for": "10.7.7.7, 198.51.100.77" },
        client: "127.0.0.1",
      });
      expect(res.status).toBe(401);
      expect(await RateLimit.count(Account.limits.loginsPerClient, "198.51.100.77")).toBe(1);
      expect(await RateLimit.count(Account.limits.loginsPerClient, "10.7.7.7")).toBe(0);
      // Behind a TLS-terminating proxy the cookie takes the __Host- prefix; without the proxy it cannot.
      const viaTls = (client: string) =>
        call(server, "POST", "/api/auth/login", {
          body: { identifier: "admin@berdaya.test", password: "berdaya-demo" },
          headers: { "x-forwarded-proto": "https" },
          client,
        });
      expect((await viaTls("127.0.0.1")).headers.getSetCookie().join()).toMatch(/^__Host-berdaya_session=/);
      expect((await viaTls("203.0.113.9")).headers.getSetCookie().join()).toMatch(/^berdaya_session=/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("on AWS, API Gateway's sourceIp counts, whatever X-Forwarded-For says (a real HTTP API v2 event)", async () => {
    atWindowStart();
    const { handler } = await import("../../packages/api/src/lambda");
    const sourceIp = "198.51.100.123";
    // Shaped like the payload format 2.0 sample in the API Gateway developer guide
    // ("Create AWS Lambda proxy integrations for HTTP APIs"), with the route our stack declares.
    const event = (i: number) => ({
      version: "2.0",
      routeKey: "ANY /api/{proxy+}",
      rawPath: "/api/auth/login",
      rawQueryString: "",
      cookies: [],
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        "content-length": "58",
        host: "abc123.execute-api.ap-southeast-3.amazonaws.com",
        "sec-fetch-site": "same-origin",
        "user-agent": "Mozilla/5.0 (Linux; Android 10)",
        "x-amzn-trace-id": "Root=1-5e7fe714-fee6909429159440eb352c40",
        "x-forwarded-for": `10.6.6.${i}, ${sourceIp}`,
        "x-forwarded-port": "443",
        "x-forwarded-proto": "https",
      },
      requestContext: {
        accountId: "123456789012",
        apiId: "abc123",
        domainName: "abc123.execute-api.ap-southeast-3.amazonaws.com",
        domainPrefix: "abc123",
        http: {
          method: "POST",
          path: "/api/auth/login",
          protocol: "HTTP/1.1",
          sourceIp,
          userAgent: "Mozilla/5.0 (Linux; Android 10)",
        },
        requestId: `JKJaXmPLvHcESHA=${i}`,
        routeKey: "ANY /api/{proxy+}",
        stage: "$default",
        time: "01/Dec/2026:07:03:58 +0000",
        timeEpoch: Date.now(),
      },
      pathParameters: { proxy: "auth/login" },
      body: JSON.stringify({ identifier: `08138900010${i}`, password: "salah-sekali" }),
      isBase64Encoded: false,
    });
    const before = await RateLimit.count(Account.limits.loginsPerClient, sourceIp);
    for (let i = 0; i < 3; i++) {
      const result = (await handler(event(i) as never, {} as never)) as { statusCode: number; body: string };
      expect(result.statusCode).toBe(401);
      expect(JSON.parse(result.body).error.code).toBe("invalid_credentials");
    }
    expect(await RateLimit.count(Account.limits.loginsPerClient, sourceIp)).toBe(before + 3);
    for (let i = 0; i < 3; i++)
      expect(await RateLimit.count(Account.limits.loginsPerClient, `10.6.6.${i}`)).toBe(0);

    // Served over HTTPS there, the session cookie carries the __Host- prefix.
    const ok = (await handler(
      {
        ...event(9),
        body: JSON.stringify({ identifier: "admin@berdaya.test", password: "berdaya-demo" }),
      } as never,
      {} as never,
    )) as { statusCode: number; cookies?: string[]; multiValueHeaders?: Record<string, string[]> };
    expect(ok.statusCode).toBe(200);
    const cookie = (ok.cookies ?? []).join("\n");
    expect(cookie).toMatch(/^__Host-berdaya_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toMatch(/Path=\/;/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).not.toMatch(/Domain=/i);
    // A request carrying the prefixed cookie is signed in.
    const me = (await handler(
      {
        ...event(10),
        rawPath: "/api/me",
        requestContext: {
          ...event(10).requestContext,
          http: { ...event(10).requestContext.http, method: "GET", path: "/api/me" },
        },
        cookies: [cookie.split(";")[0] as string],
        body: undefined,
      } as never,
      {} as never,
    )) as { statusCode: number; headers: Record<string, string> };
    expect(me.statusCode).toBe(200);
    expect(me.headers["cache-control"]).toBe("no-store");
  });
});

describe("sessions (ASVS V3.3)", () => {
  it("a member's session ends 30 days after login however active, and after 7 idle days", async () => {
    const member = await newMember();
    const hash = sha256(tokenOf(member.cookie));
    const now = Date.now();
    await service.entities.Session.patch({ tokenHash: hash })
      .set({ lastSeenAt: new Date(now - 60_000).toISOString() })
      .go();
    expect((await call(server, "GET", "/api/me", { cookie: member.cookie })).status).toBe(200);

    // Active a minute ago, but logged in 30 days ago: over.
    const old = await newMember();
    const oldHash = sha256(tokenOf(old.cookie));
    const { data } = await service.entities.Session.get({ tokenHash: oldHash }).go();
    await service.entities.Session.delete({ tokenHash: oldHash }).go();
    await service.entities.Session.create({
      ...(data as NonNullable<typeof data>),
      createdAt: new Date(now - 30 * 86_400_000 - 1000).toISOString(),
      lastSeenAt: new Date(now - 60_000).toISOString(),
      expiresAt: Math.floor(now / 1000) + 86_400,
    }).go();
    expect((await call(server, "GET", "/api/me", { cookie: old.cookie })).status).toBe(401);

    // Idle for 7 days: over.
    const idle = await newMember();
    await service.entities.Session.patch({ tokenHash: sha256(tokenOf(idle.cookie)) })
      .set({
        lastSeenAt: new Date(now - 7 * 86_400_000 - 1000).toISOString(),
        expiresAt: Math.floor(now / 1000) + 86_400,
      })
      .go();
    expect((await call(server, "GET", "/api/me", { cookie: idle.cookie })).status).toBe(401);
  });

  it("an admin's session idles out after 30 minutes and ends 12 hours after login", async () => {
    const first = await login(server, "admin@berdaya.test");
    const res = await call(server, "POST", "/api/auth/login", {
      body: { identifier: "admin@berdaya.test", password: "berdaya-demo" },
    });
    expect(res.headers.getSetCookie().join()).toMatch(/Max-Age=1800/);
    const now = Date.now();
    await service.entities.Session.patch({ tokenHash: sha256(tokenOf(first)) })
      .set({ lastSeenAt: new Date(now - 31 * 60_000).toISOString() })
      .go();
    expect((await call(server, "GET", "/api/me", { cookie: first })).status).toBe(401);
    const second = sessionCookieOf(res);
    const hash = sha256(tokenOf(second));
    const { data } = await service.entities.Session.get({ tokenHash: hash }).go();
    await service.entities.Session.delete({ tokenHash: hash }).go();
    await service.entities.Session.create({
      ...(data as NonNullable<typeof data>),
      createdAt: new Date(now - 12 * 3_600_000 - 1000).toISOString(),
      lastSeenAt: new Date(now - 60_000).toISOString(),
    }).go();
    expect((await call(server, "GET", "/api/me", { cookie: second })).status).toBe(401);
  });

  it("changing the password needs the current one, keeps this device and ends the others", async () => {
    const member = await newMember();
    const other = await login(server, member.phone, password);
    const change = (body: unknown) =>
      call(server, "POST", "/api/me/password", { cookie: member.cookie, body });

    const weak = await change({ currentPassword: password, newPassword: "sayang123" });
    expect(weak.status).toBe(400);
    const { error } = await json(weak);
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/terlalu umum/);
    expect(error.details).toContainEqual(expect.objectContaining({ field: "newPassword" }));
    const personal = await change({ currentPassword: password, newPassword: "anggotauji" });
    expect(personal.status).toBe(400);
    expect((await json(personal)).error.code).toBe("password_personal");
    const missing = await change({ newPassword: "nasi-uduk-pagi-hari" });
    expect(missing.status).toBe(400);
    const { error: missingError } = await json(missing);
    expect(missingError.message).toMatch(/wajib diisi/);
    expect(missingError.details).toContainEqual(expect.objectContaining({ field: "currentPassword" }));
    expect((await call(server, "GET", "/api/me", { cookie: other })).status).toBe(200);

    const done = await change({ currentPassword: password, newPassword: "nasi-uduk-pagi-hari" });
    expect(done.status).toBe(204);
    expect((await call(server, "GET", "/api/me", { cookie: member.cookie })).status).toBe(200);
    expect((await call(server, "GET", "/api/me", { cookie: other })).status).toBe(401);
    expect((await loginAs(member.phone, password)).status).toBe(401);
    expect((await loginAs(member.phone, "nasi-uduk-pagi-hari")).status).toBe(200);
  });

  it("'keluar dari semua perangkat' ends every session of the member, this one too", async () => {
    const member = await newMember();
    const other = await login(server, member.phone, password);
    const bystander = await newMember();
    const out = await call(server, "DELETE", "/api/me/sessions", { cookie: member.cookie });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/berdaya_session=;.*Max-Age=0/);
    expect((await call(server, "GET", "/api/me", { cookie: member.cookie })).status).toBe(401);
    expect((await call(server, "GET", "/api/me", { cookie: other })).status).toBe(401);
    expect((await call(server, "GET", "/api/me", { cookie: bystander.cookie })).status).toBe(200);
    expect((await call(server, "DELETE", "/api/me/sessions", { cookie: member.cookie })).status).toBe(401);
  });

  it("a new reset link retires the older ones", async () => {
    const member = await newMember();
    const link = async () => {
      const res = await call(server, "POST", `/api/admin/members/${member.id}/reset-link`, { cookie: admin });
      return ((await json(res)).url as string).split("#")[1] as string;
    };
    const older = await link();
    const newer = await link();
    const useOld = await call(server, "POST", "/api/auth/reset", {
      body: { token: older, password: "durian-lempuk-99" },
    });
    expect(useOld.status).toBe(400);
    expect((await json(useOld)).error.code).toBe("reset_token_invalid");
    expect((await loginAs(member.phone, password)).status).toBe(200);
    // A reset to a guessable password is refused without spending the link.
    const weak = await call(server, "POST", "/api/auth/reset", {
      body: { token: newer, password: "anggota-uji" },
    });
    expect(weak.status).toBe(400);
    expect((await json(weak)).error.code).toBe("password_personal");
    const ok = await call(server, "POST", "/api/auth/reset", {
      body: { token: newer, password: "durian-lempuk-99" },
    });
    expect(ok.status).toBe(204);
  });

  it("accepts the __Host- cookie name on read, and keeps the plain name on http://localhost", async () => {
    const member = await newMember();
    const token = tokenOf(member.cookie);
    expect(member.cookie.startsWith("berdaya_session=")).toBe(true);
    const prefixed = await call(server, "GET", "/api/me", { cookie: `__Host-berdaya_session=${token}` });
    expect(prefixed.status).toBe(200);
  });
});

describe("changing the phone number", () => {
  it("needs the password, accepts '+62 0812…', releases the old number and claims the new one", async () => {
    const member = await newMember();
    const next = `+6281387${String(++seq).padStart(6, "0")}`;
    const typed = `+62 0${next.slice(3, 6)}-${next.slice(6)}`;
    const res = await call(server, "PUT", "/api/me/phone", {
      cookie: member.cookie,
      body: { phone: typed, password },
    });
    expect(res.status).toBe(200);
    expect((await json(res)).phone).toBe(next);
    expect((await loginAs(next.replace("+62", "0"), password)).status).toBe(200);
    expect((await loginAs(member.phone, password)).status).toBe(401);
    // The old number is free for someone else.
    const taker = await call(server, "POST", "/api/auth/register", {
      body: { name: "Pemilik Baru", phone: member.phone, password: "jeruk-gerga-lebong" },
    });
    expect(taker.status).toBe(201);
  });

  it("two members racing for one number: exactly one gets it, the other a 409, and each keeps a login", async () => {
    const a = await newMember();
    const b = await newMember();
    const wanted = `+6281386${String(++seq).padStart(6, "0")}`;
    const answers = await Promise.all(
      [a, b].map((m) =>
        call(server, "PUT", "/api/me/phone", { cookie: m.cookie, body: { phone: wanted, password } }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = answers[0]?.status === 409 ? a : b;
    expect((await json(answers.find((r) => r.status === 409) as Response)).error.code).toBe(
      "identifier_taken",
    );
    expect((await loginAs(loser.phone, password)).status).toBe(200);
    const taken = await call(server, "PUT", "/api/me/phone", {
      cookie: loser.cookie,
      body: { phone: wanted, password },
    });
    expect(taken.status).toBe(409);
  });

  it("refuses a bad number with a 400 in Bahasa Indonesia and English, and changes nothing", async () => {
    const member = await newMember();
    for (const lang of ["id", "en"]) {
      const res = await call(server, "PUT", "/api/me/phone", {
        cookie: member.cookie,
        body: { phone: "12345", password },
        headers: { "accept-language": lang },
      });
      expect(res.status).toBe(400);
      expect((await json(res)).error.message).toMatch(
        lang === "id" ? /bukan nomor HP/ : /not a valid Indonesian/,
      );
    }
    expect((await json(await call(server, "GET", "/api/me", { cookie: member.cookie }))).phone).toBe(
      member.phone,
    );
  });
});

describe("password screen", () => {
  it.each(["sayang123", "qwerty12", "password12", "bismillah123", "iloveyou1", "indonesia2025", "12345678a"])(
    "refuses the common password %s",
    async (weak) => {
      const res = await call(server, "POST", "/api/auth/register", {
        body: { name: "Budi", phone: `+6281385${String(++seq).padStart(6, "0")}`, password: weak },
      });
      expect(res.status).toBe(400);
      const { error } = await json(res);
      expect(error.message).toMatch(/terlalu umum/);
      expect(error.details).toContainEqual(expect.objectContaining({ field: "password" }));
    },
  );

  it("refuses the member's own name or phone", async () => {
    const phone = `081384${String(++seq).padStart(6, "0")}`;
    for (const weak of ["sitirahmawati", "Rahmawati.Siti!", `hp${phone}`]) {
      const res = await call(server, "POST", "/api/auth/register", {
        body: { name: "Siti Rahmawati", phone, password: weak },
        headers: { "accept-language": "en" },
      });
      expect(res.status, weak).toBe(400);
      expect((await json(res)).error.message).toMatch(/own name, phone number or email/);
    }
  });
});
