import { createHash } from "node:crypto";
import { service } from "@berdaya/core/db";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { call, json, login, sessionCookieOf, startTestServer, type TestServer } from "../support/local";

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server, "admin@berdaya.test");
});
afterAll(() => server?.stop());

let phoneSeq = 0;
/** A fresh phone number in a random Indonesian spelling, and its E.164 form. */
function freshPhone() {
  const digits = `81377${String(++phoneSeq).padStart(5, "0")}`;
  const forms = [`0${digits}`, `+62 ${digits}`, `62-${digits.slice(0, 3)}-${digits.slice(3)}`];
  return { typed: forms[phoneSeq % forms.length] as string, e164: `+62${digits}` };
}

let clientSeq = 0;
/** Registers from a client address of its own, so the per-client limit is tested on its own. */
async function register(body: Record<string, unknown>, client = `198.51.100.${++clientSeq % 250}`) {
  return call(server, "POST", "/api/auth/register", {
    body: { password: "kopi-kepahiang-2026", ...body },
    client,
  });
}

async function newMember(extra: Record<string, unknown> = {}) {
  const phone = freshPhone();
  const res = await register({ name: "Anggota Baru", phone: phone.typed, ...extra });
  expect(res.status).toBe(201);
  return { cookie: sessionCookieOf(res), phone, user: (await json(res)).user };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");
const tokenOf = (cookie: string) => cookie.split("=")[1] as string;

describe("register", () => {
  it.each(["0812 3456 7890", "+62 812-3456-7891", "6281234567892", "+62 0812-3456-7893"])(
    "takes the phone %s, stores it as E.164 and signs the member in",
    async (typed) => {
      const res = await register({
        name: "Siti Rahma",
        phone: typed,
        businessName: "Kue Tat Siti",
        sector: "kuliner",
        regency: "Kota Bengkulu",
      });
      expect(res.status).toBe(201);
      const { user } = await json(res);
      expect(user.phone).toBe(`+62${typed.replace(/\D/g, "").replace(/^(62)?0?/, "")}`);
      expect(user).toMatchObject({ role: "learner", businessName: "Kue Tat Siti", sector: "kuliner" });
      const setCookie = res.headers.getSetCookie().join("; ");
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/Secure/);
      expect(setCookie).toMatch(/SameSite=Lax/);
      // A member's session idles out after 7 days (docs/decisions/0010).
      expect(setCookie).toMatch(/Max-Age=604800/);
      const me = await call(server, "GET", "/api/me", { cookie: sessionCookieOf(res) });
      expect((await json(me)).id).toBe(user.id);
    },
  );

  it("registers with an email instead of a phone", async () => {
    const res = await register({ name: "Rudi", email: "Rudi.Tani@Contoh.ID" });
    expect(res.status).toBe(201);
    expect((await json(res)).user).toMatchObject({ email: "rudi.tani@contoh.id", phone: null });
  });

  it("refuses a phone or email already used with 409", async () => {
    const { phone } = await newMember();
    const again = await register({ name: "Orang Lain", phone: phone.e164 });
    expect(again.status).toBe(409);
    expect((await json(again)).error.code).toBe("identifier_taken");
  });

  it("lets exactly one of 10 racing registrations of one phone win, and leaves no half-made account", async () => {
    const phone = freshPhone();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        register({ name: `Balapan ${i}`, phone: phone.typed, email: `balap${i}@contoh.id` }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    // The losers' emails were released: each can still register.
    const winner = (await json(results.find((r) => r.status === 201) as Response)).user;
    for (let i = 0; i < 10; i++) {
      const email = `balap${i}@contoh.id`;
      if (email === winner.email) continue;
      expect((await register({ name: "Lagi", email })).status).toBe(201);
    }
  });

  it.each([
    [{ name: "A", phone: "12345" }, "phone"],
    [{ name: "A", phone: "0812-abc-4567" }, "phone"],
    [{ name: "x".repeat(101), phone: "081377999001" }, "name"],
    [{ name: "A", phone: "081377999002", password: "" }, "password"],
    [{ name: "A", phone: "081377999003", password: "pendek" }, "password"],
    [{ name: "A", phone: "081377999004", password: "bismillah123" }, "password"],
    [{ name: "A" }, "phone"],
    [{ name: "A", phone: "081377999005", sector: "sulap" }, "sector"],
    [{ name: "A", phone: "081377999006", role: "admin" }, "role"],
  ])(
    "refuses %j with a 400 naming '%s', and stores nothing",
    async (body: Record<string, unknown>, field) => {
      const res = await register(body);
      expect(res.status).toBe(400);
      const { error } = await json(res);
      expect(error.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(error.message).not.toContain(`'${field}'`);
      if (typeof body.phone === "string" && body.phone.startsWith("0813779")) {
        // Nothing was claimed: the same phone registers fine afterwards.
        expect((await register({ name: "Sah", phone: body.phone })).status).toBe(201);
      }
    },
  );

  it("refuses a body that is not a JSON object, a wrong content type and a 1 MB body", async () => {
    for (const body of ["[1,2]", '"teks"', "{rusak"]) {
      const res = await server.request("/api/auth/register", {
        method: "POST",
        headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
        body,
      });
      expect(res.status).toBe(400);
      expect((await json(res)).error.message).toBeTruthy();
    }
    const wrongType = await server.request("/api/auth/register", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin" },
      body: "name=A&phone=081377999010&password=kopi-kepahiang-2026",
    });
    expect(wrongType.status).toBe(415);
    const huge = await register({ name: "A", phone: "081377999011", businessName: "x".repeat(1024 * 1024) });
    expect(huge.status).toBe(413);
    expect((await register({ name: "Sah", phone: "081377999010" })).status).toBe(201);
    expect((await register({ name: "Sah", phone: "081377999011" })).status).toBe(201);
  });
});

describe("login and sessions", () => {
  it("logs in by phone in any spelling or by email; wrong password and unknown user get the same answer", async () => {
    const { phone } = await newMember();
    expect(
      (
        await call(server, "POST", "/api/auth/login", {
          body: { identifier: phone.e164.replace("+62", "0"), password: "kopi-kepahiang-2026" },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call(server, "POST", "/api/auth/login", {
          body: { identifier: "ADMIN@berdaya.test", password: "berdaya-demo" },
        })
      ).status,
    ).toBe(200);

    const wrong = await call(server, "POST", "/api/auth/login", {
      body: { identifier: phone.typed, password: "salah-sekali" },
    });
    const unknown = await call(server, "POST", "/api/auth/login", {
      body: { identifier: "081399999999", password: "salah-sekali" },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await json(wrong)).toEqual(await json(unknown));
  });

  it("stores only a hash of the session token, and logout ends the session on the server", async () => {
    const { cookie } = await newMember();
    const token = tokenOf(cookie);
    expect((await service.entities.Session.get({ tokenHash: token }).go()).data).toBeNull();
    expect((await service.entities.Session.get({ tokenHash: sha256(token) }).go()).data).not.toBeNull();

    const out = await call(server, "POST", "/api/auth/logout", { cookie });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/berdaya_session=;.*Max-Age=0/);
    expect((await call(server, "GET", "/api/me", { cookie })).status).toBe(401);
  });

  it("slides the 7-day idle expiry forward as the member keeps using the session", async () => {
    const { cookie } = await newMember();
    const tokenHash = sha256(tokenOf(cookie));
    const old = Math.floor(Date.now() / 1000) + 86_400;
    await service.entities.Session.patch({ tokenHash })
      .set({ lastSeenAt: new Date(Date.now() - 2 * 3_600_000).toISOString(), expiresAt: old })
      .go();
    const res = await call(server, "GET", "/api/me", { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join()).toMatch(/Max-Age=604800/);
    const { data } = await service.entities.Session.get({ tokenHash }).go();
    expect(data?.expiresAt).toBeGreaterThan(old + 5 * 86_400);
  });

  it("refuses an expired session", async () => {
    const { cookie } = await newMember();
    await service.entities.Session.patch({ tokenHash: sha256(tokenOf(cookie)) })
      .set({ expiresAt: Math.floor(Date.now() / 1000) - 1 })
      .go();
    expect((await call(server, "GET", "/api/me", { cookie })).status).toBe(401);
  });

  /** Rate limits count in fixed 15-minute windows: start these tests at a window's start. */
  const atWindowStart = () => {
    vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
    vi.setSystemTime(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 1000);
  };
  afterEach(() => {
    vi.useRealTimers();
  });

  it("answers 429 with Retry-After after 5 failed logins for one identifier, even for the right password", async () => {
    atWindowStart();
    const { phone } = await newMember();
    for (let i = 0; i < 5; i++) {
      const res = await call(server, "POST", "/api/auth/login", {
        body: { identifier: phone.typed, password: `salah-${i}` },
      });
      expect(res.status).toBe(401);
    }
    const blocked = await call(server, "POST", "/api/auth/login", {
      body: { identifier: phone.e164, password: "kopi-kepahiang-2026" },
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get("retry-after"))).toBeLessThanOrEqual(15 * 60);
    expect((await json(blocked)).error.code).toBe("too_many_attempts");
  });

  it("limits logins per client across identifiers", async () => {
    atWindowStart();
    const client = "203.0.113.77";
    const statuses: number[] = [];
    for (let i = 0; i < 102; i++) {
      const res = await call(server, "POST", "/api/auth/login", {
        client,
        body: { identifier: `08139000${String(i).padStart(4, "0")}`, password: "salah-sekali" },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 100).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(100)).toEqual([429, 429]);
  }, 180_000);

  it("limits registrations per client", async () => {
    atWindowStart();
    const client = "203.0.113.99";
    const statuses: number[] = [];
    for (let i = 0; i < 101; i++) statuses.push((await register({ name: "A", phone: "12" }, client)).status);
    expect(statuses.slice(0, 100).every((s) => s === 400)).toBe(true);
    expect(statuses[100]).toBe(429);
  });

  it("refuses a cross-site unsafe request (CSRF) even with a valid session", async () => {
    const { cookie } = await newMember();
    const crossSite = await server.request("/api/auth/logout", {
      method: "POST",
      headers: { cookie, "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
    expect((await json(crossSite)).error.code).toBe("cross_site_request");
    const evilOrigin = await server.request("/api/auth/logout", {
      method: "POST",
      headers: { cookie, origin: "https://jahat.example" },
    });
    expect(evilOrigin.status).toBe(403);
    expect((await call(server, "GET", "/api/me", { cookie })).status).toBe(200);
  });
});

describe("roles and trainer applications", () => {
  it("a learner applies, an admin approves, and the role changes on the member's next request", async () => {
    const member = await newMember();
    const body = {
      motivation: "Saya sudah 10 tahun mengajar membatik besurek kepada ibu-ibu di Bengkulu.",
      expertise: "Batik besurek, pemasaran",
    };
    const applied = await call(server, "POST", "/api/trainer-applications", { cookie: member.cookie, body });
    expect(applied.status).toBe(201);
    const application = await json(applied);
    expect(
      (await call(server, "POST", "/api/trainer-applications", { cookie: member.cookie, body })).status,
    ).toBe(409);

    const pending = await json(
      await call(server, "GET", "/api/admin/trainer-applications?status=pending&limit=100", {
        cookie: admin,
      }),
    );
    expect(pending.items.map((a: { id: string }) => a.id)).toContain(application.id);

    const approved = await call(server, "POST", `/api/admin/trainer-applications/${application.id}/approve`, {
      cookie: admin,
    });
    expect(approved.status).toBe(200);
    expect((await json(approved)).status).toBe("approved");
    const me = await json(await call(server, "GET", "/api/me", { cookie: member.cookie }));
    expect(me.role).toBe("trainer");
    expect(me.trainerApplication.status).toBe("approved");
    // Approving again is harmless; rejecting a decided application is a conflict.
    expect(
      (
        await call(server, "POST", `/api/admin/trainer-applications/${application.id}/approve`, {
          cookie: admin,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call(server, "POST", `/api/admin/trainer-applications/${application.id}/reject`, {
          cookie: admin,
          body: { reason: "Berubah pikiran" },
        })
      ).status,
    ).toBe(409);
  });

  it("a rejection keeps the learner a learner and tells them why; they may apply again", async () => {
    const member = await newMember();
    const body = {
      motivation: "Saya ingin berbagi cara menjual kopi lewat WhatsApp kepada teman-teman.",
      expertise: "Kopi",
    };
    const application = await json(
      await call(server, "POST", "/api/trainer-applications", { cookie: member.cookie, body }),
    );
    const rejected = await call(server, "POST", `/api/admin/trainer-applications/${application.id}/reject`, {
      cookie: admin,
      body: { reason: "Lengkapi pengalaman mengajar Anda." },
    });
    expect(rejected.status).toBe(200);
    const me = await json(await call(server, "GET", "/api/me", { cookie: member.cookie }));
    expect(me.role).toBe("learner");
    expect(me.trainerApplication).toMatchObject({
      status: "rejected",
      reason: "Lengkapi pengalaman mengajar Anda.",
    });
    expect(
      (await call(server, "POST", "/api/trainer-applications", { cookie: member.cookie, body })).status,
    ).toBe(201);
  });

  it("makes one application from 10 simultaneous submissions", async () => {
    const member = await newMember();
    const body = {
      motivation: "Saya ingin mengajar pembukuan sederhana untuk warung.",
      expertise: "Keuangan",
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        call(server, "POST", "/api/trainer-applications", { cookie: member.cookie, body }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
  });

  it("cannot make an admin through the API", async () => {
    const member = await newMember();
    const res = await call(server, "PATCH", "/api/me", { cookie: member.cookie, body: { role: "admin" } });
    expect(res.status).toBe(400);
    expect((await json(await call(server, "GET", "/api/me", { cookie: member.cookie }))).role).toBe(
      "learner",
    );
  });
});

describe("password reset links", () => {
  it("an admin makes a one-time link; using it sets the password, ends every session, and cannot be reused", async () => {
    const member = await newMember();
    const other = await login(server, member.phone.e164, "kopi-kepahiang-2026");
    const created = await call(server, "POST", `/api/admin/members/${member.user.id}/reset-link`, {
      cookie: admin,
      headers: { origin: "https://berdaya.example" },
    });
    expect(created.status).toBe(201);
    const { url, expiresAt } = await json(created);
    expect(url).toMatch(/^https:\/\/berdaya\.example\/reset-password#[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    const token = url.split("#")[1];

    expect(
      (await call(server, "POST", "/api/auth/reset", { body: { token, password: "durian-lempuk-99" } }))
        .status,
    ).toBe(204);
    expect((await call(server, "GET", "/api/me", { cookie: member.cookie })).status).toBe(401);
    expect((await call(server, "GET", "/api/me", { cookie: other })).status).toBe(401);
    await login(server, member.phone.typed, "durian-lempuk-99");

    const reused = await call(server, "POST", "/api/auth/reset", {
      body: { token, password: "durian-lempuk-100" },
    });
    expect(reused.status).toBe(400);
    expect((await json(reused)).error.code).toBe("reset_token_invalid");
  });

  it("refuses an expired token with 400", async () => {
    const member = await newMember();
    const { url } = await json(
      await call(server, "POST", `/api/admin/members/${member.user.id}/reset-link`, { cookie: admin }),
    );
    const token = url.split("#")[1];
    await service.entities.ResetToken.patch({ tokenHash: sha256(token) })
      .set({ expiresAt: Math.floor(Date.now() / 1000) - 1 })
      .go();
    const res = await call(server, "POST", "/api/auth/reset", {
      body: { token, password: "durian-lempuk-99" },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.code).toBe("reset_token_invalid");
  });

  it("finds members by phone in any spelling, email or part of the name", async () => {
    const member = await newMember({ name: "Ibu Nurjanah Besurek" });
    const byPhone = await json(
      await call(
        server,
        "GET",
        `/api/admin/members?q=${encodeURIComponent(member.phone.e164.replace("+62", "0"))}`,
        { cookie: admin },
      ),
    );
    expect(byPhone.items.map((m: { id: string }) => m.id)).toEqual([member.user.id]);
    const byName = await json(
      await call(server, "GET", "/api/admin/members?q=nurjanah&limit=100", { cookie: admin }),
    );
    expect(byName.items.map((m: { id: string }) => m.id)).toContain(member.user.id);
  });
});

describe("own data (UU PDP)", () => {
  it("edits the profile, exports everything stored, and deletes the account after a password confirmation", async () => {
    const member = await newMember({ businessName: "Kopi Lama" });
    const patched = await call(server, "PATCH", "/api/me", {
      cookie: member.cookie,
      body: { name: "Budi Kopi", businessName: null, sector: "agribisnis", regency: "Kepahiang" },
    });
    expect(patched.status).toBe(200);
    expect(await json(patched)).toMatchObject({
      name: "Budi Kopi",
      businessName: null,
      sector: "agribisnis",
      regency: "Kepahiang",
    });

    const exported = await call(server, "GET", "/api/me/export", { cookie: member.cookie });
    expect(exported.headers.get("content-disposition")).toContain("attachment");
    const data = await json(exported);
    expect(data.profile).toMatchObject({ name: "Budi Kopi", phone: member.phone.e164, regency: "Kepahiang" });
    expect(data.loginIdentifiers).toEqual([member.phone.e164]);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|scrypt/);

    const wrong = await call(server, "DELETE", "/api/me", {
      cookie: member.cookie,
      body: { password: "bukan-ini" },
    });
    expect(wrong.status).toBe(400);
    expect((await call(server, "GET", "/api/me", { cookie: member.cookie })).status).toBe(200);

    const deleted = await call(server, "DELETE", "/api/me", {
      cookie: member.cookie,
      body: { password: "kopi-kepahiang-2026" },
    });
    expect(deleted.status).toBe(200);
    expect((await call(server, "GET", "/api/me", { cookie: member.cookie })).status).toBe(401);
    expect(
      (
        await call(server, "POST", "/api/auth/login", {
          body: { identifier: member.phone.e164, password: "kopi-kepahiang-2026" },
        })
      ).status,
    ).toBe(401);
    const search = await json(
      await call(server, "GET", `/api/admin/members?q=${encodeURIComponent(member.phone.e164)}`, {
        cookie: admin,
      }),
    );
    expect(search.items).toEqual([]);
    // The phone is free again.
    expect((await register({ name: "Pemilik Baru", phone: member.phone.e164 })).status).toBe(201);
  });
});
