/// <reference lib="dom.iterable" />
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desktop, launchBrowser, logIn, overflowsHorizontally, phone, screenshot } from "../support/browser";
import { completeSeededCourse } from "../support/learning";
import { call, json, login, sessionCookieOf, startTestServer, type TestServer } from "../support/local";

/**
 * Issue 15: the bugs found walking the app on a phone as a member, a trainer and the association.
 * Each test is what a member does and what they wait to see.
 */
let server: TestServer;
let browser: Browser;
let trainer: string;
let admin: string;
let course: { id: string; pdfLesson: string };

const webDir = join(import.meta.dirname, "../../web/dist");
const pdfBytes = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function ok(res: Response, status = 200) {
  if (res.status !== status) throw new Error(`${res.status}: ${await res.text()}`);
  return json(res);
}

/** Uploads a PDF as the trainer, through the real presigned PUT, and has it checked. */
async function uploadPdf(filename: string) {
  const upload = await ok(
    await call(server, "POST", "/api/uploads", {
      cookie: trainer,
      body: { filename, contentType: "application/pdf", size: pdfBytes.length },
    }),
    201,
  );
  await fetch(upload.url, {
    method: "PUT",
    body: new Uint8Array(pdfBytes),
    headers: { "content-type": "application/pdf" },
  });
  await ok(await call(server, "POST", `/api/uploads/${upload.uploadId}/complete`, { cookie: trainer }));
  return upload.uploadId as string;
}

/** A course the trainer builds and the association approves: one module of the given lessons. */
async function publishCourse(title: string, lessons: { title: string; content: unknown }[]) {
  const created = await ok(
    await call(server, "POST", "/api/courses", {
      cookie: trainer,
      body: { title, summary: "Harga yang menutup biaya.", category: "keuangan", level: "pemula" },
    }),
    201,
  );
  const module = await ok(
    await call(server, "POST", `/api/courses/${created.id}/modules`, {
      cookie: trainer,
      body: { title: "Biaya" },
    }),
    201,
  );
  const ids: string[] = [];
  for (const lesson of lessons) {
    const path = `/api/courses/${created.id}/modules/${module.id}/lessons`;
    ids.push((await ok(await call(server, "POST", path, { cookie: trainer, body: lesson }), 201)).lessonId);
  }
  await ok(await call(server, "POST", `/api/courses/${created.id}/submit`, { cookie: trainer }));
  await ok(await call(server, "POST", `/api/admin/courses/${created.id}/approve`, { cookie: admin }));
  return { id: created.id as string, lessons: ids };
}

beforeAll(async () => {
  server = await startTestServer({ webDir });
  browser = await launchBrowser();
  [trainer, admin] = await Promise.all([
    login(server, "pelatih1@berdaya.test"),
    login(server, "admin@berdaya.test"),
  ]);
  const pdf = await publishCourse("Menghitung Harga Jual", [
    { title: "Tabel biaya", content: { kind: "document", uploadId: await uploadPdf("tabel-biaya.pdf") } },
  ]);
  course = { id: pdf.id, pdfLesson: pdf.lessons[0] as string };
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(viewport = phone): Promise<Page> {
  return (await browser.newContext({ viewport })).newPage();
}

describe("issue 15 bugs", () => {
  it("1: a lesson link opened logged out comes back to the lesson after one login", async () => {
    const page = await newPage();
    const lesson = "/courses/berpikir-kreatif/lessons/m1-l1";
    await page.goto(`${server.url}${lesson}`);
    await page.waitForURL(/\/login\?next=/);
    const form = page.getByTestId("login-form");
    await form.getByLabel("Nomor HP atau email").fill("081200000002");
    await form.getByLabel("Kata sandi", { exact: true }).fill("berdaya-demo");
    await form.getByRole("button", { name: "Masuk" }).click();
    await page.getByTestId("nav-profile").waitFor();
    // Not enrolled yet: the lesson page says so and offers to enroll, in place, still logged in.
    await page.waitForURL(`${server.url}${lesson}`);
    await page.getByTestId("enroll").waitFor();
    expect(page.url()).toBe(`${server.url}${lesson}`);
    expect(await page.getByTestId("nav-login").count()).toBe(0);
    await page.close();
  });

  it("2: downloading a PDF lesson keeps the learner on the lesson", async () => {
    const page = await newPage();
    const lesson = `/courses/${course.id}/lessons/${course.pdfLesson}`;
    await logIn(page, server.url, "081200000003", { next: `/courses/${course.id}` });
    await page.getByTestId("enroll").click();
    await page.getByTestId("course-progress").waitFor();
    await page.goto(`${server.url}${lesson}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("document-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("tabel-biaya.pdf");
    expect(page.url()).toBe(`${server.url}${lesson}`);
    await page.getByTestId("document-download").waitFor();
    await page.close();
  });

  it("5: a wrong phone number is told next to the phone field in a member's words, in the language chosen, and goes once fixed", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/register`);
    const form = page.getByTestId("register-form");
    await form.getByLabel("Nomor HP").fill("0812 34");
    await form.getByLabel("Nama lengkap").fill("Rina Marlina");
    await form.getByLabel("Kata sandi", { exact: true }).fill("kopi-tubruk-2024");
    await form.getByRole("button", { name: "Buat akun" }).click();
    // The message sits in the phone field's own box, and the phone input points at it.
    const phoneError = () => page.locator("#register-phone-error").innerText();
    await expect.poll(phoneError).toContain("bukan nomor HP Indonesia");
    const shown = await form.innerText();
    expect(shown).not.toMatch(/'phone'|Kolom|invalid_|\(nomor HP\)/);
    expect(await form.getByTestId("field-error").count()).toBe(1);
    expect(await form.getByLabel("Nomor HP").getAttribute("aria-invalid")).toBe("true");
    expect(await form.getByLabel("Nomor HP").getAttribute("aria-describedby")).toContain(
      "register-phone-error",
    );

    await page.getByTestId("lang-en").click();
    await expect.poll(phoneError).toContain("not an Indonesian mobile number");
    await expect.poll(() => form.getByTestId("form-error").innerText()).toBe("Check the marked fields.");
    await page.getByTestId("lang-id").click();
    await expect.poll(phoneError).toContain("bukan nomor HP Indonesia");

    // Fixing the field takes its message away at once, before sending again.
    await page.locator("#register-phone").fill("0812 3456 7001");
    await expect.poll(() => form.getByTestId("field-error").count()).toBe(0);
    expect(await form.getByTestId("form-error").count()).toBe(0);
    await page.close();
  });

  it("7: counts follow what the member just did: learners after enrolling, waiting worksheets after a review", async () => {
    const learner = await newPage();
    await logIn(learner, server.url, "081200000005", { next: "/courses/inovasi-produk-scamper" });
    const count = learner.getByTestId("learner-count");
    const before = Number((await count.innerText()).match(/\d+/)?.[0]);
    await learner.getByTestId("enroll").click();
    await learner.getByTestId("course-progress").waitFor();
    await expect.poll(async () => Number((await count.innerText()).match(/\d+/)?.[0])).toBe(before + 1);

    // A worksheet handed in through the API; the trainer reviews it on the page.
    const cookie = await login(server, "081200000005");
    const base = "/api/courses/berpikir-kreatif";
    await call(server, "POST", `${base}/enroll`, { cookie });
    const worksheet = await json(await call(server, "GET", `${base}/lessons/m2-l2`, { cookie }));
    const fields = Object.fromEntries(
      (worksheet.content.fields as { name: string }[]).map((f) => [f.name, "Warung ramai pagi hari"]),
    );
    await ok(
      await call(server, "POST", `${base}/lessons/m2-l2/submissions`, { cookie, body: { fields } }),
      201,
    );
    const trainerPage = await newPage();
    await logIn(trainerPage, server.url, "pelatih1@berdaya.test", { next: "/trainer/reviews" });
    const waiting = trainerPage.getByTestId("reviews-waiting");
    const pending = Number((await waiting.innerText()).match(/\d+/)?.[0]);
    expect(pending).toBeGreaterThanOrEqual(1);
    const item = trainerPage.getByTestId("review-item").filter({ hasText: "Warung ramai pagi hari" });
    await item.getByTestId("review-accept").click();
    await item.getByTestId("review-done").waitFor();
    await expect
      .poll(async () => waiting.innerText())
      .toBe(
        pending === 1
          ? "Tidak ada lembar kerja yang menunggu tinjauan. Terima kasih!"
          : `${pending - 1} lembar kerja menunggu tinjauan`,
      );
    await learner.close();
    await trainerPage.close();
  });

  it("4: a price typed as 'Rp 30.000' is right where the trainer marked the answer as a number", async () => {
    const priced = await publishCourse("Harga Pokok dan Harga Jual", [
      {
        title: "Kuis harga",
        content: {
          kind: "quiz",
          passMark: 100,
          attemptLimit: 5,
          questions: [
            {
              id: "harga",
              kind: "short",
              prompt: "Modal Rp20.000 dan untung Rp10.000: berapa harga jualnya?",
              accepted: ["Rp30.000"],
              numeric: true,
              points: 1,
            },
          ],
        },
      },
    ]);
    const page = await newPage();
    await logIn(page, server.url, "081200000004", { next: `/courses/${priced.id}` });
    await page.getByTestId("enroll").click();
    await page.getByTestId("course-progress").waitFor();
    await page.goto(`${server.url}/courses/${priced.id}/lessons/${priced.lessons[0]}`);
    await page.getByTestId("quiz-question").locator("input[type=text]").fill("Rp 30.000");
    await page.getByTestId("quiz-submit").click();
    await page.locator('[data-testid="quiz-result"][data-passed="true"]').waitFor();
    await page.close();
  });
});

describe("issue 15 gaps", () => {
  it("after completion, the Selamat box and the finished card lead straight to the certificate", async () => {
    const registered = await call(server, "POST", "/api/auth/register", {
      body: { name: "Yanti Lestari", phone: "0813 5566 7788", password: "gulai-ikan-2024" },
    });
    await completeSeededCourse(server, sessionCookieOf(registered), trainer);
    const page = await newPage();
    await page.goto(`${server.url}/login?next=${encodeURIComponent("/courses/berpikir-kreatif")}`);
    const form = page.getByTestId("login-form");
    await form.getByLabel("Nomor HP atau email").fill("081355667788");
    await form.getByLabel("Kata sandi", { exact: true }).fill("gulai-ikan-2024");
    await form.getByRole("button", { name: "Masuk" }).click();
    await page.getByTestId("course-completed").getByTestId("to-certificate").click();
    await page.waitForURL(/\/certificates#course-berpikir-kreatif$/);
    const card = page.locator("#course-berpikir-kreatif");
    await expect.poll(() => card.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await card.getAttribute("data-testid")).toBe("certificate-card");

    await page.getByTestId("nav-learn").click();
    await page
      .locator('[data-testid="my-course"][data-status="completed"]')
      .getByTestId("to-certificate")
      .click();
    await page.waitForURL(/\/certificates#course-berpikir-kreatif$/);
    await page.close();
  });
  it("a video the trainer asks to be watched is done when it ends, and cannot be marked done before", async () => {
    // A one-second WebM, recorded by Chromium itself from a canvas: a real file that plays and ends.
    const recorder = await newPage(desktop);
    const base64 = await recorder.evaluate(async () => {
      const canvas = document.createElement("canvas");
      canvas.width = 64;
      canvas.height = 48;
      const context = canvas.getContext("2d") as CanvasRenderingContext2D;
      const stream = canvas.captureStream(10);
      const media = new MediaRecorder(stream, { mimeType: "video/webm" });
      const chunks: Blob[] = [];
      media.ondataavailable = (event) => chunks.push(event.data);
      const stopped = new Promise((resolve) => {
        media.onstop = resolve;
      });
      media.start();
      for (let frame = 0; frame < 10; frame++) {
        context.fillStyle = `hsl(${frame * 36} 70% 50%)`;
        context.fillRect(0, 0, 64, 48);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      media.stop();
      await stopped;
      const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
      let binary = "";
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    });
    await recorder.close();
    const bytes = Buffer.from(base64, "base64");
    const upload = await ok(
      await call(server, "POST", "/api/uploads", {
        cookie: trainer,
        body: { filename: "warna.webm", contentType: "video/webm", size: bytes.length },
      }),
      201,
    );
    await fetch(upload.url, {
      method: "PUT",
      body: new Uint8Array(bytes),
      headers: { "content-type": "video/webm" },
    });
    await ok(await call(server, "POST", `/api/uploads/${upload.uploadId}/complete`, { cookie: trainer }));
    const watched = await publishCourse("Video Wajib Tonton", [
      {
        title: "Tonton sampai habis",
        content: { kind: "video", source: { type: "upload", uploadId: upload.uploadId }, mustWatch: true },
      },
    ]);

    const page = await newPage();
    await logIn(page, server.url, "081200000002", { next: `/courses/${watched.id}` });
    await page.getByTestId("enroll").click();
    await page.getByTestId("course-progress").waitFor();
    await page.goto(`${server.url}/courses/${watched.id}/lessons/${watched.lessons[0]}`);
    await page.getByTestId("watch-to-end").waitFor();
    expect(await page.getByTestId("mark-complete").count()).toBe(0);
    const video = page.getByTestId("video-player");
    await video.evaluate((element: HTMLVideoElement) => {
      element.muted = true;
      return element.play();
    });
    await page.getByTestId("lesson-completed").waitFor();
    await page.close();
  });

  it("a module's title saves as the trainer moves on to its lessons, and Cancel keeps the old one", async () => {
    const created = await ok(
      await call(server, "POST", "/api/courses", {
        cookie: trainer,
        body: { title: "Stok Gudang Sederhana", category: "keuangan", level: "pemula" },
      }),
      201,
    );
    await ok(
      await call(server, "POST", `/api/courses/${created.id}/modules`, {
        cookie: trainer,
        body: { title: "Modul 1" },
      }),
      201,
    );
    const page = await newPage(desktop);
    const editorPath = `/trainer/courses/${created.id}`;
    await logIn(page, server.url, "pelatih1@berdaya.test", { next: editorPath });
    const title = page.getByTestId("module-title-input");
    await title.fill("Mencatat barang masuk");
    // Straight on to a lesson, without Enter or the module's own save button.
    await page.getByTestId("lesson-add-text").click();
    await page.getByTestId("lesson-editor").waitFor();
    const saved = async () =>
      (await ok(await call(server, "GET", `/api/trainer/courses/${created.id}`, { cookie: trainer })))
        .modules[0].title;
    await expect.poll(saved).toBe("Mencatat barang masuk");

    await page.goto(`${server.url}${editorPath}`);
    await title.fill("Judul yang batal");
    await page.getByTestId("module-editor-cancel").click();
    expect(await title.inputValue()).toBe("Mencatat barang masuk");
    await page.reload();
    expect(await title.inputValue()).toBe("Mencatat barang masuk");
    expect(await saved()).toBe("Mencatat barang masuk");
    await page.close();
  });

  it("a trainer previews a draft as learners will see it, without the quiz answers the association's review marks", async () => {
    const created = await ok(
      await call(server, "POST", "/api/courses", {
        cookie: trainer,
        body: { title: "Foto Produk dengan HP", category: "pemasaran", level: "pemula" },
      }),
      201,
    );
    const module = await ok(
      await call(server, "POST", `/api/courses/${created.id}/modules`, {
        cookie: trainer,
        body: { title: "Cahaya" },
      }),
      201,
    );
    const path = `/api/courses/${created.id}/modules/${module.id}/lessons`;
    const quiz = {
      kind: "quiz",
      passMark: 60,
      attemptLimit: 3,
      questions: [
        {
          id: "q1",
          kind: "single",
          prompt: "Cahaya terbaik untuk foto produk?",
          options: ["Jendela siang hari", "Lampu kilat"],
          correct: 0,
          points: 1,
        },
      ],
    };
    await ok(
      await call(server, "POST", path, {
        cookie: trainer,
        body: {
          title: "Cahaya jendela",
          content: { kind: "text", body: "Letakkan produk **dekat jendela**." },
        },
      }),
      201,
    );
    await ok(
      await call(server, "POST", path, { cookie: trainer, body: { title: "Kuis cahaya", content: quiz } }),
      201,
    );

    const page = await newPage();
    await logIn(page, server.url, "pelatih1@berdaya.test", { next: `/trainer/courses/${created.id}` });
    await page.getByTestId("course-preview-link").click();
    await page.waitForURL(`${server.url}/trainer/courses/${created.id}/preview`);
    await page.getByTestId("preview-notice").waitFor();
    const lessons = page.getByTestId("lesson");
    await lessons.filter({ hasText: "Cahaya jendela" }).getByRole("button").click();
    await expect.poll(() => page.getByTestId("lesson-view").first().textContent()).toContain("dekat jendela");
    await lessons.filter({ hasText: "Kuis cahaya" }).getByRole("button").click();
    const question = page.getByTestId("quiz-question");
    await question.waitFor();
    expect(await question.textContent()).toContain("Jendela siang hari");
    expect(await question.locator('[data-correct="true"]').count()).toBe(0);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "course-preview-phone");

    // The association's review of the same draft marks the right answer.
    await ok(await call(server, "POST", `/api/courses/${created.id}/submit`, { cookie: trainer }));
    const review = await ok(await call(server, "GET", `/api/admin/courses/${created.id}`, { cookie: admin }));
    expect(review.modules[0].lessons).toHaveLength(2);
    await page.close();
  });
});
