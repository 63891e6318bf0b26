import { join } from "node:path";
import { service } from "@berdaya/core/db";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, phone } from "../support/browser";
import { startTestServer, type TestServer } from "../support/local";

// Content written before the server refused third-party images still shows none of them: the
// Markdown renderer drops their source and the CSP blocks whatever slips past (docs/decisions/0011).

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

describe("Markdown from before the image rule", () => {
  it("shows the alt text instead of a third-party image and never asks that site for it", async () => {
    const { data: course } = await service.entities.Course.get({ courseId: "berpikir-kreatif" }).go();
    const version = course?.liveVersion as number;
    await service.entities.CourseVersion.patch({ courseId: "berpikir-kreatif", version })
      .set({
        description:
          'Pembuka.\n\n![Piksel pelacak](https://pelacak.example/p.png)\n\n<img src="//pelacak.example/q.png" alt="Piksel kedua">',
      })
      .go();
    const page = await browser.newPage({ viewport: phone });
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("pelacak.example")) foreign.push(request.url());
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}/courses/berpikir-kreatif`);
    const image = page.getByRole("img", { name: "Piksel pelacak" });
    await image.waitFor();
    expect(await image.getAttribute("src")).toBeNull();
    expect(await page.getByRole("img", { name: "Piksel kedua" }).getAttribute("src")).toBeNull();
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});
