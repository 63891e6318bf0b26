import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desktop, launchBrowser, phone, seriousViolations } from "../support/browser";
import { completeSeededCourse } from "../support/learning";
import { call, login, startTestServer, type TestServer } from "../support/local";

/** axe-core on each main page, as a visitor and as members: no serious or critical violation. */
let server: TestServer;
let browser: Browser;
let learnerCookie: string;

beforeAll(async () => {
  server = await startTestServer({ webDir: join(import.meta.dirname, "../../web/dist") });
  browser = await launchBrowser();
  learnerCookie = await login(server, "081200000001");
  await call(server, "POST", "/api/courses/berpikir-kreatif/enroll", { cookie: learnerCookie });
  // The server-rendered verify page of a real certificate, and of a code that has none.
  const holder = await login(server, "081200000002");
  await completeSeededCourse(server, holder, await login(server, "pelatih1@berdaya.test"));
  const mine = await (await call(server, "GET", "/api/me/certificates", { cookie: holder })).json();
  visitorPages.push(`/verify/${mine.items[0].code}`, "/verify/BKL-2222-3333-4444");
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const visitorPages = ["/", "/courses/berpikir-kreatif", "/login", "/register", "/verify"];
const learnerPages = [
  "/learn",
  "/courses/berpikir-kreatif/lessons/m1-l1",
  "/courses/berpikir-kreatif/lessons/m3-l2",
  "/profile",
  "/certificates",
  "/notifications",
];

describe("accessibility", () => {
  it.each([
    ["phone", phone],
    ["desktop", desktop],
  ])("has no serious or critical axe violation on the main pages (%s)", async (_, viewport) => {
    // axe is injected as an inline script, which the pages' CSP (rightly) refuses.
    const context = await browser.newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of visitorPages) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState("networkidle");
      found.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
    }
    const [name, value] = learnerCookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    for (const path of learnerPages) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState("networkidle");
      found.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
