import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** The member as GET /api/me answers for them. */
const siti = {
  id: "u-siti",
  name: "Siti Aminah",
  phone: "+6281200000001",
  email: null,
  role: "learner" as const,
  businessName: "Kue Basah Siti",
  sector: null,
  regency: null,
  createdAt: "2026-11-01T00:00:00.000Z",
  trainerApplication: null,
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const unauthenticated = () => json(401, { error: { code: "unauthenticated", message: "Silakan masuk." } });

/** The server's answers, in the order the module asks; each test loads the session module afresh. */
let answers: Response[];
const requests: { url: string; method: string; headers: Headers }[] = [];

beforeEach(() => {
  vi.resetModules();
  requests.length = 0;
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init: RequestInit = {}) => {
    requests.push({ url: String(input), method: init.method ?? "GET", headers: new Headers(init.headers) });
    const answer = answers.shift();
    if (!answer) throw new TypeError("Failed to fetch");
    return answer;
  });
});
afterEach(() => vi.unstubAllGlobals());

const loadSession = async () => {
  const session = await import("./session");
  await vi.waitFor(() => expect(session.sessionState()).not.toBe("loading"));
  return session;
};

describe("the session signal", () => {
  it("holds the member the server names at start, asking in the reader's language", async () => {
    answers = [json(200, siti)];
    const session = await loadSession();
    expect(session.currentMember()?.name).toBe("Siti Aminah");
    expect(session.sessionState()).toBe("ready");
    expect(requests[0]?.url).toMatch(/\/api\/me$/);
    expect(requests[0]?.headers.get("Accept-Language")).toBe("id");
  });

  it("is logged out, not broken, when the server says no session", async () => {
    answers = [unauthenticated()];
    const session = await loadSession();
    expect(session.currentMember()).toBeNull();
    expect(session.sessionState()).toBe("ready");
    expect(session.memberLeft()).toBe(false);
  });

  it("says the session could not be checked when the phone is offline, and recovers on retry", async () => {
    answers = [];
    const session = await loadSession();
    expect(session.sessionState()).toBe("errored");
    answers = [json(200, siti)];
    await session.refreshSession();
    expect(session.sessionState()).toBe("ready");
    expect(session.currentMember()?.id).toBe("u-siti");
  });

  it("logs the member out here as soon as any call finds the session ended elsewhere", async () => {
    answers = [json(200, siti)];
    const session = await loadSession();
    const { listMyCourses } = await import("./authoring");
    answers = [unauthenticated()];
    await expect(listMyCourses()).rejects.toMatchObject({ status: 401, code: "unauthenticated" });
    expect(session.currentMember()).toBeNull();
    expect(session.memberLeft()).toBe(false);
  });

  it("keeps the member when a call is refused for another reason (a wrong password is not a logout)", async () => {
    answers = [json(200, siti)];
    const session = await loadSession();
    const { changePassword } = await import("./account");
    answers = [json(401, { error: { code: "wrong_password", message: "Kata sandi salah." } })];
    await expect(changePassword("salah", "kata-sandi-baru-panjang")).rejects.toMatchObject({
      code: "wrong_password",
    });
    expect(session.currentMember()?.id).toBe("u-siti");
  });

  it("remembers that the member chose to log out, and sends the logout as JSON", async () => {
    answers = [json(200, siti)];
    const session = await loadSession();
    answers = [new Response(null, { status: 204 })];
    await session.logout();
    expect(session.currentMember()).toBeNull();
    expect(session.memberLeft()).toBe(true);
    const logout = requests.at(-1);
    expect(logout?.method).toBe("POST");
    expect(logout?.url).toMatch(/\/api\/auth\/logout$/);
    expect(logout?.headers.get("Content-Type")).toBe("application/json");
  });

  it("shows the first name in the header", async () => {
    answers = [json(200, siti)];
    const session = await loadSession();
    expect(session.firstName("  Siti Aminah ")).toBe("Siti");
  });
});
