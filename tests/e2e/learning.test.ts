import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { badgePng } from "@berdaya/core/certificate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, logIn, overflowsHorizontally, phone, screenshot } from "../support/browser";
import { seededCourse } from "../support/learning";
import { call, json, sessionCookieOf, startTestServer, type TestServer } from "../support/local";

/**
 * The learner's journey on a phone: register, enroll in a seeded course, read, fail then pass its
 * quiz, hand in a worksheet the trainer first returns and then accepts, complete the course, and
 * find the certificate, share it, and see it on the public verify page, valid, then revoked.
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

const course = "berpikir-kreatif";
type Answer = { single: number } | { multiple: number[] } | { tf: boolean } | { short: string };
const right: [string, Answer][] = [
  ["Manakah pengertian kreativitas", { single: 1 }],
  ["Selama sesi curah gagasan", { tf: false }],
  ["Manakah yang termasuk aturan", { multiple: [0, 1, 3] }],
  ["Bu Siti ingin menguji", { single: 1 }],
  ["disebut peta", { short: "Pikiran" }],
  ["harus menjadi yang pertama", { tf: false }],
];
const wrong: [string, Answer][] = right.map(([prompt, answer]) => [
  prompt,
  "single" in answer
    ? { single: 0 }
    : "multiple" in answer
      ? { multiple: [2] }
      : "tf" in answer
        ? { tf: !answer.tf }
        : { short: "konsep" },
]);

async function answerQuiz(page: Page, key: [string, Answer][]) {
  const questions = page.getByTestId("quiz-question");
  await questions.first().waitFor();
  for (let i = 0; i < (await questions.count()); i++) {
    const question = questions.nth(i);
    const prompt = await question.locator("legend").innerText();
    const answer = key.find(([text]) => prompt.includes(text))?.[1];
    if (!answer) throw new Error(`no answer for: ${prompt}`);
    const options = question.locator("label.learn-option");
    if ("single" in answer) await options.nth(answer.single).click();
    if ("multiple" in answer) for (const n of answer.multiple) await options.nth(n).click();
    if ("tf" in answer) await options.nth(answer.tf ? 0 : 1).click();
    if ("short" in answer) await question.locator("input[type=text]").fill(answer.short);
  }
}

/** A new member enrolled in the course, signed in on a phone-sized page of their own. */
async function enrolledOnPhone(name: string, phoneNumber: string, client: string) {
  const registered = await call(server, "POST", "/api/auth/register", {
    body: { name, phone: phoneNumber, password: "lempuk-durian-88" },
    client,
  });
  const cookie = sessionCookieOf(registered);
  expect((await call(server, "POST", `/api/courses/${course}/enroll`, { cookie })).status).toBe(201);
  const context = await browser.newContext({ viewport: phone });
  const [cookieName, value] = cookie.split("=") as [string, string];
  await context.addCookies([{ name: cookieName, value, url: server.url }]);
  return { context, page: await context.newPage(), cookie };
}

describe("the learner's journey", () => {
  it("goes from enrollment to a completed course, with one failed and one passed quiz and a returned, then accepted worksheet", async () => {
    const learner = await (await browser.newContext({ viewport: phone })).newPage();
    await learner.goto(`${server.url}/register`);
    const form = learner.getByTestId("register-form");
    await form.getByLabel("Nama lengkap").fill("Fitri Handayani");
    await form.getByLabel("Nomor HP").fill("0813 8800 4455");
    await form.getByLabel("Kata sandi", { exact: true }).fill("lempuk-durian-88");
    await form.getByRole("button", { name: "Buat akun" }).click();
    await learner.getByTestId("nav-profile").waitFor();

    await learner.goto(`${server.url}/courses/${course}`);
    await learner.getByTestId("enroll").click();
    await learner.getByTestId("course-progress").waitFor();
    await expect.poll(() => learner.getByTestId("lesson-link").count()).toBe(6);
    await screenshot(learner, "course-enrolled-phone");

    await learner.getByTestId("resume").click();
    for (const id of ["m1-l1", "m1-l2", "m2-l1"]) {
      await learner.waitForURL(new RegExp(`/lessons/${id}$`));
      await learner.getByTestId("mark-complete").click();
      await learner.getByTestId("lesson-completed").waitFor();
      if (id === "m1-l1") {
        expect(await overflowsHorizontally(learner)).toBe(false);
        await screenshot(learner, "lesson-phone");
      }
      await learner.getByTestId("next-lesson").click();
    }

    await learner.waitForURL(/\/lessons\/m2-l2$/);
    const fields = learner.getByTestId("worksheet-field");
    await fields.first().waitFor();
    for (let i = 0; i < (await fields.count()); i++)
      await fields.nth(i).fill(`Jawaban ${i + 1}: warung sepi sore hari`);
    await learner.getByTestId("worksheet-submit").click();
    await learner.locator('[data-testid="submission-status"][data-status="pending"]').waitFor();

    await learner.goto(`${server.url}/courses/${course}/lessons/m3-l1`);
    await learner.getByTestId("mark-complete").click();
    await learner.getByTestId("lesson-completed").waitFor();
    await learner.getByTestId("next-lesson").click();
    await learner.waitForURL(/\/lessons\/m3-l2$/);
    await answerQuiz(learner, wrong);
    await learner.getByTestId("quiz-submit").click();
    await learner.locator('[data-testid="quiz-result"][data-passed="false"]').waitFor();
    expect(await learner.locator('[data-testid="question-result"][data-correct="false"]').count()).toBe(6);
    await screenshot(learner, "quiz-failed-phone");
    await learner.getByTestId("quiz-retry").click();
    await answerQuiz(learner, right);
    await learner.getByTestId("quiz-submit").click();
    await learner.locator('[data-testid="quiz-result"][data-passed="true"]').waitFor();
    await expect.poll(() => learner.getByTestId("course-progress").innerText()).toContain("83%");

    const trainer = await (await browser.newContext({ viewport: phone })).newPage();
    await logIn(trainer, server.url, "pelatih1@berdaya.test", { next: "/trainer/reviews" });
    const item = trainer.getByTestId("review-item").filter({ hasText: "Fitri Handayani" }).first();
    await item.getByTestId("review-feedback").fill("Tambahkan minimal 10 ide di daftar ide.");
    await item.getByTestId("review-revision").click();
    await item.getByTestId("review-done").waitFor();

    await learner.goto(`${server.url}/courses/${course}/lessons/m2-l2`);
    await learner.locator('[data-testid="submission-status"][data-status="revision"]').waitFor();
    await expect
      .poll(() => learner.getByTestId("submission-feedback").innerText())
      .toContain("minimal 10 ide");
    await learner
      .getByTestId("worksheet-field")
      .nth(2)
      .fill(
        "1. paket sore 2. kopi 3. wifi 4. nasi kotak 5. lauk 6. gorengan 7. es teh 8. diskon 9. kartu member 10. pesan antar",
      );
    await learner.getByTestId("worksheet-submit").click();
    await learner.locator('[data-testid="submission-status"][data-status="pending"]').waitFor();

    await trainer.reload();
    const again = trainer.getByTestId("review-item").filter({ hasText: "pesan antar" }).first();
    await again.getByTestId("review-accept").click();
    await again.getByTestId("review-done").waitFor();

    await learner.goto(`${server.url}/courses/${course}`);
    await learner.getByTestId("course-completed").waitFor();
    await learner.getByTestId("nav-learn").click();
    await learner.locator('[data-testid="my-course"][data-status="completed"]').waitFor();
    await screenshot(learner, "my-courses-phone");
  });

  it("shows a reading lesson's text while the player's code is still on its way, then the player", async () => {
    const { context, page } = await enrolledOnPhone("Rahmat Hidayat", "0813 9900 4646", "203.0.113.46");
    // The player's own chunk (not lesson-icons-… or lesson-view-…) waits until the test lets it through,
    // as it would on a slow connection.
    let letThrough = () => {};
    const held = new Promise<void>((resolve) => {
      letThrough = resolve;
    });
    await page.route(/\/assets\/lesson-[\w-]{8}\.js$/, async (route) => {
      await held;
      await route.continue();
    });

    const reading = seededCourse.reading[0];
    if (!reading) throw new Error("the seeded course has no reading lesson");
    await page.goto(`${server.url}/courses/${course}/lessons/${reading.id}`);
    const body = page.getByTestId("lesson-body");
    await body.locator("p").first().waitFor();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(reading.title);
    const previewed = await body.innerText();
    expect(previewed.length).toBeGreaterThan(200);
    // The player has not arrived: no button to mark the lesson done yet.
    expect(await page.getByTestId("mark-complete").count()).toBe(0);

    letThrough();
    await page.getByTestId("mark-complete").waitFor();
    expect(await page.getByTestId("lesson-title").innerText()).toBe(reading.title);
    expect(await body.innerText()).toBe(previewed);
    await context.close();
  });

  it("sends a worksheet photo at phone width as WebP, not as the camera wrote it (ADR 20)", async () => {
    const { context, page, cookie } = await enrolledOnPhone("Dewi Lestari", "0813 9900 4545", "203.0.113.45");
    // A large picture, as a phone camera would give (the seeded badge drawing, 2,400 px square).
    const photo = join(server.dataDir, "foto-lembar-kerja.png");
    const original = badgePng("foto-lembar-kerja", 2400);
    writeFileSync(photo, original);

    const worksheet = seededCourse.worksheet.id;
    await page.goto(`${server.url}/courses/${course}/lessons/${worksheet}`);
    await page.getByTestId("worksheet-file").setInputFiles(photo);
    await expect.poll(() => page.getByTestId("upload-done").innerText()).toContain("foto-lembar-kerja.webp");
    const fields = page.getByTestId("worksheet-field");
    for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill(`Jawaban ${i + 1}`);
    await page.getByTestId("worksheet-submit").click();
    await page.locator('[data-testid="submission-status"][data-status="pending"]').waitFor();

    const lesson = await json(
      await call(server, "POST", `/api/courses/${course}/lessons/${worksheet}/open`, { cookie }),
    );
    const fileUrl = lesson.submissions[0]?.fileUrl as string;
    const stored = await page.evaluate(async (url) => {
      const blob = await (await fetch(url)).blob();
      const picture = await createImageBitmap(blob);
      return { type: blob.type, size: blob.size, width: picture.width, height: picture.height };
    }, fileUrl);
    expect(stored).toMatchObject({ type: "image/webp", width: 960, height: 960 });
    expect(stored.size).toBeLessThan(original.length);
    await context.close();
  });
});
