import { join } from "node:path";
import * as Report from "@berdaya/core/report";
import * as Recount from "@berdaya/core/report/recount";
import * as User from "@berdaya/core/user";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  desktop,
  launchBrowser,
  overflowsHorizontally,
  phone,
  screenshot,
  seriousViolations,
} from "../support/browser";
import { call, login, startTestServer, type TestServer } from "../support/local";

/**
 * The association's desk: the dashboard's figures (charts and tables), the CSV exports, the member
 * list filtered by regency. (Approving trainers, publishing courses and revoking certificates are
 * driven in the accounts, authoring and certificates journeys.)
 */
let server: TestServer;
let browser: Browser;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({ webDir: join(import.meta.dirname, "../../web/dist") });
  browser = await launchBrowser();
  admin = await login(server, "admin@berdaya.test");
  const learner = await login(server, "081200000002");
  await call(server, "POST", "/api/courses/business-model-canvas/enroll", { cookie: learner });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the association's desk", () => {
  it.each([
    ["phone", phone],
    ["desktop", desktop],
  ])(
    "shows the dashboard with charts, tables and exports, and lists members by regency (%s)",
    async (name, viewport) => {
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const [cookieName, value] = admin.split("=") as [string, string];
      await context.addCookies([{ name: cookieName, value, url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}/admin/dashboard`);
      const members = page.locator('[data-testid="dashboard-total"][data-counter="members"] dd');
      await expect.poll(() => members.innerText()).toMatch(/^\s*[1-9]/);
      await expect
        .poll(() =>
          page.locator('[data-testid="dashboard-total"][data-counter="enrollments"] dd').innerText(),
        )
        .toMatch(/^\s*[1-9]/);
      for (const chart of ["chart-regency", "chart-sector", "chart-course", "chart-month"]) {
        expect(await page.getByTestId(chart).count()).toBe(1);
      }
      expect(await page.getByTestId("table-regency").locator("tr").count()).toBeGreaterThan(1);
      expect(await page.getByTestId("export-members").getAttribute("href")).toContain(
        "/api/admin/reports/export.csv?kind=members",
      );
      // Semicolons by default (Excel with Indonesian regional settings); commas on request.
      expect(await page.getByTestId("export-members").getAttribute("href")).toContain("sep=semicolon");
      await page.getByTestId("export-format-comma").check();
      await expect.poll(() => page.getByTestId("export-members").getAttribute("href")).toContain("sep=comma");
      const download = await fetch(
        `${server.url}${await page.getByTestId("export-members").getAttribute("href")}`,
        { headers: { cookie: admin } },
      );
      expect((await download.text()).split("\r\n")[0]).toContain('"ID anggota","Nama","Nomor HP"');
      await page.getByTestId("export-format-semicolon").check();
      expect(await overflowsHorizontally(page)).toBe(false);
      await screenshot(page, `dashboard-${name}`);

      await page.goto(`${server.url}/admin/members`);
      await page.getByTestId("member-row").first().waitFor();
      await page.getByTestId("members-filter-regency").selectOption("Kota Bengkulu");
      await expect.poll(() => page.getByTestId("member-row").count()).toBe(1);
      expect(await page.getByTestId("member-row").innerText()).toContain("Siti Aminah");
      await context.close();
    },
  );
});

describe("the association takes back a trainer role and a course (ADR 0013)", () => {
  it.each([
    ["phone", phone],
    ["desktop", desktop],
  ])("removes a trainer role after asking, from the member page (%s)", async (name, viewport) => {
    const email = name === "phone" ? "pelatih2@berdaya.test" : "pelatih1@berdaya.test";
    const trainerId = (await User.byIdentifier(email))?.userId as string;
    const trainerCookie = await login(server, email);
    const context = await browser.newContext({ viewport, bypassCSP: true });
    const [cookieName, value] = admin.split("=") as [string, string];
    await context.addCookies([{ name: cookieName, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/members/${trainerId}`);
    await page.getByTestId("remove-trainer").click();
    // Asking again, in place; cancelling changes nothing.
    await page.getByTestId("remove-trainer-cancel").click();
    expect((await call(server, "GET", "/api/trainer/courses", { cookie: trainerCookie })).status).toBe(200);
    await page.getByTestId("remove-trainer").click();
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, `admin-remove-trainer-${name}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("remove-trainer-confirm").click();
    await page.getByTestId("trainer-removed").waitFor();
    await expect.poll(() => page.locator(".member-name .role-badge").count()).toBe(0);
    expect((await call(server, "GET", "/api/trainer/courses", { cookie: trainerCookie })).status).toBe(403);
    await context.close();
  });

  it.each([
    ["phone", phone, "berpikir-kreatif"],
    ["desktop", desktop, "inovasi-produk-scamper"],
  ])(
    "unpublishes a course after asking and publishes it again, from the courses page (%s)",
    async (name, viewport, courseId) => {
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const [cookieName, value] = admin.split("=") as [string, string];
      await context.addCookies([{ name: cookieName, value, url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}/admin/courses`);
      const row = page.locator(`[data-testid="catalog-course"][data-course="${courseId}"]`);
      await row.getByTestId("unpublish").click();
      await row.getByTestId("unpublish-confirm").click();
      await page.getByTestId("form-success").waitFor();
      expect(await row.getByTestId("republish").count()).toBe(1);
      const catalog = await (await call(server, "GET", "/api/courses?limit=50")).json();
      expect(catalog.items.map((c: { id: string }) => c.id)).not.toContain(courseId);

      await page.getByTestId("catalog-show-unpublished").check();
      await row.waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
      await screenshot(page, `admin-courses-unpublished-${name}`);
      await row.locator("summary").click();
      expect(await seriousViolations(page)).toEqual([]);
      await row.getByTestId("republish").click();
      await expect.poll(() => row.getByTestId("unpublish").count()).toBe(1);
      const again = await (await call(server, "GET", "/api/courses?limit=50")).json();
      expect(again.items.map((c: { id: string }) => c.id)).toContain(courseId);
      await context.close();
    },
  );
});

describe("the dashboard's courses", () => {
  it("charts the ten with the most enrollments and loads the others into the table (phone)", async () => {
    // More courses than the summary carries, counted as the requests count them.
    const at = new Date().toISOString();
    for (let i = 1; i <= 14; i++) {
      await Report.count(
        "enrollments",
        { course: { id: `kursus-${i}`, title: `Kursus Uji ${i}` }, at },
        50 + i,
      );
    }
    try {
      const context = await browser.newContext({ viewport: phone, bypassCSP: true });
      const [cookieName, value] = admin.split("=") as [string, string];
      await context.addCookies([{ name: cookieName, value, url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}/admin/dashboard`);
      await expect
        .poll(() => page.locator("#dash-course").innerText())
        .toBe("Menurut kursus (10 dengan pendaftaran terbanyak)");
      const chart = page.getByTestId("chart-course");
      expect(await chart.innerText()).toContain("Kursus Uji 14");
      expect(await chart.innerText()).not.toContain("Kursus Uji 4");
      const rows = page.getByTestId("table-course").locator("tbody tr");
      expect(await rows.count()).toBe(10);
      await page.locator('[aria-labelledby="dash-course"] .table-toggle').click();
      await page.getByTestId("course-more").click();
      // Every course now: the fourteen counted here and the demo courses.
      await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(14 + 2);
      const table = await page.getByTestId("table-course").innerText();
      for (const i of [1, 4, 14]) expect(table).toContain(`Kursus Uji ${i}`);
      expect(await overflowsHorizontally(page)).toBe(false);
      await screenshot(page, "dashboard-courses-phone");
      await context.close();
    } finally {
      await Recount.rebuild();
    }
  });
});
