import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desktop, launchBrowser, overflowsHorizontally, phone, screenshot } from "../support/browser";
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
      const context = await browser.newContext({ viewport });
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
