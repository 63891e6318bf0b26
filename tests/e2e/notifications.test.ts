/// <reference lib="dom.iterable" />
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desktop, launchBrowser, logIn, overflowsHorizontally, phone, screenshot } from "../support/browser";
import { seededCourse } from "../support/learning";
import { call, json, login, startTestServer, type TestServer } from "../support/local";

/**
 * Issue 15's notifications: a member sees in the header that something happened, reads it in a list
 * that links to where to act; the trainer's home says what waits; the learners page shows quiz scores.
 */
let server: TestServer;
let browser: Browser;
let trainer: string;
let learner: string;
const learnerPhone = "081200000005";
const base = `/api/courses/${seededCourse.id}`;

beforeAll(async () => {
  server = await startTestServer({ webDir: join(import.meta.dirname, "../../web/dist") });
  browser = await launchBrowser();
  [trainer, learner] = await Promise.all([
    login(server, "pelatih1@berdaya.test"),
    login(server, learnerPhone),
  ]);
  await call(server, "POST", `${base}/enroll`, { cookie: learner });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const handIn = async (answer: string) =>
  json(
    await call(server, "POST", `${base}/lessons/${seededCourse.worksheet.id}/submissions`, {
      cookie: learner,
      body: { fields: Object.fromEntries(seededCourse.worksheet.fields.map((f) => [f.name, answer])) },
    }),
  );

describe("notifications", () => {
  it("shows a learner that their worksheet came back, with the trainer's words and the way to the lesson", async () => {
    const first = await handIn("Belum lengkap");
    await call(server, "POST", `/api/submissions/${first.id}/review`, {
      cookie: trainer,
      body: { decision: "revision", feedback: "Tambahkan harga jual per porsi." },
    });

    const page = await (await browser.newContext({ viewport: phone })).newPage();
    await logIn(page, server.url, learnerPhone, { next: "/learn" });
    const bell = page.getByTestId("nav-notifications");
    await expect.poll(() => page.getByTestId("nav-notifications-count").textContent()).toBe("1");
    expect(await bell.getAttribute("aria-label")).toBe("Pemberitahuan: 1 baru");
    await bell.click();
    await page.waitForURL(`${server.url}/notifications`);
    const item = page.getByTestId("notification");
    await item.waitFor();
    const text = await item.textContent();
    expect(text).toContain("Lembar kerja Anda perlu diperbaiki");
    expect(text).toContain("Tambahkan harga jual per porsi.");
    expect(text).toContain(seededCourse.worksheet.title);
    expect(text).toContain("Baru");
    // Seen once shown: the badge goes, and stays gone after a reload.
    await page.getByTestId("nav-notifications-count").waitFor({ state: "detached" });
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "notifications-phone");
    await page.reload();
    await item.waitFor();
    expect(await page.getByTestId("nav-notifications-count").count()).toBe(0);

    await item.getByRole("link", { name: "Buka pelajaran" }).click();
    await page.waitForURL(`${server.url}/courses/${seededCourse.id}/lessons/${seededCourse.worksheet.id}`);
    await page.context().close();
  });

  it("shows the trainer what waits on their home, and each learner's quiz score", async () => {
    await handIn("Harga jual Rp15.000 per porsi");
    await call(server, "POST", `${base}/lessons/${seededCourse.quiz.id}/open`, { cookie: learner });
    await call(server, "POST", `${base}/lessons/${seededCourse.quiz.id}/attempts`, {
      cookie: learner,
      body: { answers: seededCourse.rightAnswers },
    });

    const page = await (await browser.newContext({ viewport: desktop })).newPage();
    await logIn(page, server.url, "pelatih1@berdaya.test", { next: "/trainer" });
    const waiting = page.getByTestId("waiting");
    await expect.poll(() => waiting.textContent()).toContain("1 lembar kerja menunggu tinjauan Anda");
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "trainer-home-desktop");

    await page.goto(`${server.url}/trainer/courses/${seededCourse.id}/learners`);
    const { name } = await json(await call(server, "GET", "/api/me", { cookie: learner }));
    const row = page.getByTestId("learner-row").filter({ hasText: name });
    await expect
      .poll(() => row.getByTestId("learner-quizzes").textContent())
      .toBe(`${seededCourse.quiz.title}: 100% lulus · 1 kali mencoba`);
    await page.context().close();
  });
});
