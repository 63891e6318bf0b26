import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desktop, launchBrowser, overflowsHorizontally, phone, screenshot } from "../support/browser";
import { startTestServer, type TestServer } from "../support/local";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ webDir: join(import.meta.dirname, "../../web/dist") });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("catalog in the browser", () => {
  it.each([
    ["phone", phone],
    ["desktop", desktop],
  ])(
    "shows the seeded catalog in Bahasa Indonesia, switches to English and opens a course (%s)",
    async (name, viewport) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(server.url);

      await expect.poll(() => page.getByTestId("course-card").count()).toBeGreaterThanOrEqual(5);
      expect(await page.locator("html").getAttribute("lang")).toBe("id");
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Katalog kursus");
      expect(
        await page.getByText("Inovasi Produk dengan Metode SCAMPER", { exact: false }).count(),
      ).toBeGreaterThan(0);
      expect(await overflowsHorizontally(page)).toBe(false);
      await screenshot(page, `catalog-${name}`);

      await page.getByTestId("lang-en").click();
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Course catalog");
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      await page.reload();
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Course catalog");

      await page.getByTestId("course-card").filter({ hasText: "SCAMPER" }).first().click();
      await expect.poll(() => page.getByTestId("course-title").textContent()).toContain("SCAMPER");
      expect(page.url()).toBe(`${server.url}/courses/inovasi-produk-scamper`);
      await expect.poll(() => page.getByTestId("module").count()).toBe(3);
      await expect.poll(() => page.getByTestId("lesson").count()).toBe(6);
      expect(await overflowsHorizontally(page)).toBe(false);
      await screenshot(page, `course-${name}`);

      await page.getByTestId("lang-id").click();
      await page.reload();
      await expect.poll(() => page.getByTestId("module").count()).toBe(3);
      await context.close();
    },
  );

  it("shows a not-found page for an unknown course", async () => {
    const page = await browser.newPage({ viewport: phone });
    await page.goto(`${server.url}/courses/tidak-ada`);
    await expect.poll(() => page.getByText("Kursus tidak ditemukan").count()).toBeGreaterThan(0);
    await page.close();
  });
});
