import { join } from "node:path";
import * as Learning from "@berdaya/core/learning";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  desktop,
  launchBrowser,
  overflowsHorizontally,
  phone,
  screenshot,
  seriousViolations,
} from "../support/browser";
import { seededCourse } from "../support/learning";
import { call, json, sessionCookieOf, startTestServer, type TestServer } from "../support/local";

/**
 * Learning without signal (issue 16, ADR 17): a learner saves an enrolled course, goes offline,
 * reloads, reads three lessons and marks them done, answers the quiz and fills the worksheet; back
 * online, the outbox reaches the server, whose answers are lost twice on the way back, and the server
 * still holds each action exactly once. Also: the app is installable by Chromium's own criteria.
 */
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

const courseUrl = () => `${server.url}/courses/${seededCourse.id}`;
const lessonUrl = (lessonId: string) => `${courseUrl()}/lessons/${lessonId}`;
const reading = seededCourse.reading.slice(0, 3);

/** A new member, signed in in `context` with the session the API gave. */
async function signedIn(context: BrowserContext, phone: string) {
  const res = await call(server, "POST", "/api/auth/register", {
    body: { name: "Rini Marlina", phone, password: "lempuk-durian-88" },
    client: `203.0.113.${phone.slice(-2)}`,
  });
  const cookie = sessionCookieOf(res);
  const [name, value] = cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, url: server.url }]);
  return { id: (await json(res)).user.id as string, cookie };
}

/** Enrolls through the page and saves the course for offline; resolves once the worker controls the page. */
async function enrollAndSave(page: Page) {
  await page.goto(courseUrl());
  await page.getByRole("button", { name: "Ikuti kursus" }).first().click();
  await page.getByTestId("save-offline-button").click();
  await page.getByTestId("save-start").click();
  await page.getByTestId("save-done").waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await eventually(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** Answers the quiz shown with the seed's key, by question id (the draw may shuffle them). */
async function answerQuiz(page: Page) {
  const questions = page.getByTestId("quiz-question");
  await questions.first().waitFor();
  for (let i = 0; i < (await questions.count()); i++) {
    const id = (await questions.nth(i).getAttribute("data-question-id")) as string;
    const answer = seededCourse.rightAnswers[id];
    if (typeof answer === "string") await page.locator(`#quiz-${id}-text`).fill(answer);
    else if (typeof answer === "boolean") await page.locator(`label[for="quiz-${id}-${answer}"]`).click();
    else if (Array.isArray(answer))
      for (const n of answer) await page.locator(`label[for="quiz-${id}-${n}"]`).click();
    else await page.locator(`label[for="quiz-${id}-${answer}"]`).click();
  }
}

/** Waits for what the page shows (a sync takes some seconds on a busy machine; vitest's default is 1 s). */
const eventually = <T>(check: () => T | Promise<T>) => expect.poll(check, { timeout: 30_000 });

const pending = (page: Page) => page.getByTestId("sync-pending").getAttribute("data-count");

describe("learning without signal", () => {
  it("keeps a saved course readable offline and applies every action exactly once after interrupted syncs", async () => {
    // bypassCSP: axe is injected as an inline script (see seriousViolations).
    const context = await browser.newContext({ viewport: phone, bypassCSP: true });
    const { id: userId } = await signedIn(context, "0813 9900 1616");
    const page = await context.newPage();

    // Enroll, wait for the service worker to take the page, save the course.
    await page.goto(courseUrl());
    await page.getByRole("button", { name: "Ikuti kursus" }).first().click();
    await page.getByTestId("save-offline-button").click();
    await eventually(() => page.getByTestId("save-size").textContent()).toMatch(
      /Ukuran unduhan: [\d,]+ (KB|MB|B)/,
    );
    await page.getByTestId("save-start").click();
    await page.getByTestId("save-done").waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await eventually(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await screenshot(page, "offline-course-saved-phone");
    expect(await seriousViolations(page)).toEqual([]);

    // Installable, by Chromium's own check (Lighthouse 12 no longer has an installability audit).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    // Playwright's contexts are incognito profiles, where Chromium never installs: the one error
    // allowed is about the profile, none about the app (manifest, icons, service worker).
    expect(installabilityErrors.map((error) => error.errorId)).toEqual(["in-incognito"]);
    const manifest = await (await page.request.get(`${server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      short_name: "Berdaya",
      lang: "id",
      display: "standalone",
      start_url: "/learn",
    });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(
      expect.arrayContaining(["192x192", "512x512"]),
    );

    // Offline: the app and the saved course still open.
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId("sync-state").and(page.locator('[data-value="offline"]')).waitFor();
    for (const lesson of reading) {
      await page.goto(lessonUrl(lesson.id));
      await eventually(() => page.getByTestId("lesson-title").textContent()).toBe(lesson.title);
      await page.getByTestId("lesson-body").waitFor();
      await page.getByTestId("mark-complete").click();
      // Stored, honestly not done yet.
      await page.getByTestId("queued-note").waitFor();
      expect(await page.getByTestId("lesson-completed").count()).toBe(0);
    }
    await screenshot(page, "offline-lesson-queued-phone");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflowsHorizontally(page)).toBe(false);

    await page.goto(lessonUrl(seededCourse.quiz.id));
    await answerQuiz(page);
    await page.getByTestId("quiz-submit").click();
    await page.getByTestId("queued-note").waitFor();
    expect(await page.getByTestId("quiz-result").count()).toBe(0);
    await screenshot(page, "offline-quiz-queued-phone");

    await page.goto(lessonUrl(seededCourse.worksheet.id));
    for (const field of seededCourse.worksheet.fields)
      await page.locator(`[data-field="${field.name}"]`).fill(`Jawaban offline: ${field.label}`);
    // A photo of the paper sheet: no upload without signal, so it waits in the outbox too.
    await page
      .locator("#ws-file")
      .setInputFiles(join(import.meta.dirname, "../../web/public/icons/icon-192.png"));
    await page.getByTestId("photo-waits").waitFor();
    await page.getByTestId("worksheet-submit").click();
    await page.getByTestId("queued-note").waitFor();
    expect(await pending(page)).toBe("5");
    await screenshot(page, "offline-worksheet-queued-phone");

    // Nothing reached the server while offline.
    expect((await Learning.exportFor(userId)).enrollments[0]?.completedLessons ?? []).toEqual([]);

    // Online, twice the server's answers are lost on the way back: applied there, unknown here.
    // Whoever sends (the page, or the service worker's Background Sync), each action's key is counted.
    const sent = new Map<string, number>();
    const actions = /\/lessons\/[^/]+\/(complete|attempts|submissions)$/;
    const loseAnswers = async (route: Parameters<Parameters<BrowserContext["route"]>[1]>[0]) => {
      const key = (await route.request().headerValue("idempotency-key")) as string;
      await route.fetch();
      sent.set(key, (sent.get(key) ?? 0) + 1);
      await route.abort("connectionreset");
    };
    const everyKeySent = (times: number) => sent.size === 5 && [...sent.values()].every((n) => n >= times);
    await context.route(actions, loseAnswers);
    await context.setOffline(false);
    await eventually(() => everyKeySent(1)).toBe(true);
    // No answer came back: the phone cannot know the server has them, so all five still wait.
    expect(await pending(page)).toBe("5");
    // The connection "comes back" (the page hears `online`): the first replay, answers lost again.
    const connectionBack = () => page.evaluate(() => window.dispatchEvent(new Event("online")));
    // (Again while a sync is still under way does nothing: the page sends one sync at a time.)
    await eventually(async () => {
      await connectionBack();
      return everyKeySent(2);
    }).toBe(true);
    expect(await pending(page)).toBe("5");
    // The second replay gets the stored answers through.
    await context.unrouteAll({ behavior: "wait" });
    await eventually(async () => {
      await connectionBack();
      return page.getByTestId("sync-pending").count();
    }).toBe(0);
    await eventually(() => page.getByTestId("sync-state").getAttribute("data-value")).toBe("synced");

    // The server holds each action once: three completions, one graded attempt, one submission.
    const stored = await Learning.exportFor(userId);
    const completed = stored.enrollments[0]?.completedLessons ?? [];
    for (const lesson of reading) expect(completed).toContain(lesson.id);
    expect(stored.quizAttempts).toHaveLength(1);
    expect(stored.quizAttempts[0]).toMatchObject({ attempt: 1, passed: true });
    expect(stored.submissions).toHaveLength(1);
    expect(stored.submissions[0]?.fileUrl).toMatch(/^\/api\/files\//);

    // And says so in words: the grade came from the server.
    const notices = page.getByTestId("sync-notices");
    await eventually(() => notices.textContent()).toMatch(/dinilai: 100% — lulus/);
    await eventually(() => notices.textContent()).toMatch(
      /Lembar Kerja: Peta Ide Usaha Saya» terkirim ke pelatih/,
    );
    await screenshot(page, "offline-synced-phone");
    await page.goto(lessonUrl(reading[0]?.id as string));
    await page.getByTestId("lesson-completed").waitFor();

    await page.goto(`${server.url}/learn`);
    await page.getByTestId("saved-courses").getByText("Berpikir Kreatif").waitFor();
    await screenshot(page, "offline-saved-courses-phone");
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(desktop);
    await screenshot(page, "offline-saved-courses-desktop");
    expect(await overflowsHorizontally(page)).toBe(false);
    await context.close();
  });

  it("shows in words an attempt refused because the limit was reached meanwhile, and drops an action for a course gone", async () => {
    const context = await browser.newContext({ viewport: phone });
    const { cookie } = await signedIn(context, "0813 9900 2727");
    const page = await context.newPage();
    await enrollAndSave(page);
    await context.setOffline(true);
    await page.goto(lessonUrl(seededCourse.quiz.id));
    await answerQuiz(page);
    await page.getByTestId("quiz-submit").click();
    await page.getByTestId("queued-note").waitFor();

    // Meanwhile, on another device, the member uses all three attempts.
    const attempts = `/api/courses/${seededCourse.id}/lessons/${seededCourse.quiz.id}/attempts`;
    for (let i = 0; i < seededCourse.quiz.attemptLimit; i++)
      expect(
        (await call(server, "POST", attempts, { cookie, body: { answers: seededCourse.rightAnswers } }))
          .status,
      ).toBe(201);

    // And a lesson marked done offline in a course that is gone by the time it is sent (the server's
    // answer for a deleted course is stood in for here: no route deletes a published course).
    await page.goto(lessonUrl(reading[0]?.id as string));
    await page.getByTestId("mark-complete").click();
    await page.getByTestId("queued-note").waitFor();
    await context.route(/\/lessons\/[^/]+\/complete$/, (route) =>
      route.fulfill({
        status: 404,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "course_not_found", message: "Kursus tidak ditemukan." } }),
      }),
    );

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    const notices = page.getByTestId("sync-notices");
    await eventually(() => notices.textContent()).toMatch(
      /tidak tercatat: Batas 3 kali percobaan sudah tercapai/,
    );
    await eventually(() => notices.textContent()).toMatch(
      /«Kreativitas Itu Bisa Dilatih» dibuang: Kursus tidak ditemukan/,
    );
    expect(await page.getByTestId("sync-pending").count()).toBe(0);
    await screenshot(page, "offline-conflict-phone");
    await context.close();
  });

  it("says when the phone has no room for a course, and saves nothing of it", async () => {
    const context = await browser.newContext({ viewport: phone });
    await signedIn(context, "0813 9900 3838");
    const page = await context.newPage();
    await page.goto(courseUrl());
    await page.getByRole("button", { name: "Ikuti kursus" }).first().click();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Storage.overrideQuotaForOrigin", { origin: server.url, quotaSize: 20_000 });
    await page.getByTestId("save-offline-button").click();
    await page.getByTestId("save-start").click();
    await eventually(() => page.getByTestId("save-error").textContent()).toMatch(
      /Ruang penyimpanan ponsel tidak cukup .* tidak ada yang tersimpan setengah/,
    );
    const kept = await page.evaluate(async () =>
      (await caches.keys()).filter((name) => name.startsWith("berdaya-course-")),
    );
    expect(kept).toEqual([]);
    await screenshot(page, "offline-quota-phone");
    // With room again, the same course saves.
    await cdp.send("Storage.overrideQuotaForOrigin", { origin: server.url });
    await page.getByTestId("save-offline-button").click();
    await page.getByTestId("save-start").click();
    await page.getByTestId("save-done").waitFor();
    await context.close();
  });
});
