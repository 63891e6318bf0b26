import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipFolder } from "@berdaya/core/module-package";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desktop, launchBrowser, logIn, screenshot } from "../support/browser";
import { startTestServer, type TestServer } from "../support/local";

/**
 * The trainer's journey: build a course from nothing (a module, a text lesson, an uploaded PDF, a
 * quiz), import the sample module package, submit it; an admin publishes it and it is in the catalog.
 */
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ webDir: join(import.meta.dirname, "../../web/dist") });
  browser = await launchBrowser();
  writeFileSync(
    join(server.dataDir, "materi.pdf"),
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  );
  writeFileSync(
    join(server.dataDir, "modul.zip"),
    await zipFolder(join(import.meta.dirname, "../../docs/samples/modul-mengenal-pelanggan")),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function saveLesson(page: Page) {
  await page.getByTestId("lesson-save").click();
  await page.getByTestId("lesson-editor").getByTestId("form-success").waitFor();
  await page.getByRole("button", { name: "Kembali ke kursus" }).click();
  await page.getByTestId("lesson-editor").waitFor({ state: "detached" });
}

describe("the trainer's journey", () => {
  it("builds a course, imports the sample package, submits it, and an admin publishes it to the catalog", async () => {
    const trainer = await (await browser.newContext({ viewport: desktop })).newPage();
    await logIn(trainer, server.url, "pelatih2@berdaya.test", { next: "/trainer" });
    const create = trainer.getByTestId("course-create-form");
    await create.getByLabel("Judul kursus").fill("Mengenal Pelanggan Warung Kopi");
    await create.getByLabel("Kategori").selectOption("pemasaran");
    await create.getByLabel("Tingkat").selectOption("pemula");
    await create.getByRole("button", { name: "Buat kursus" }).click();
    await trainer.waitForURL(/\/trainer\/courses\/[a-z0-9]+$/);

    await trainer.getByTestId("module-add").click();
    const moduleTitle = trainer.getByTestId("module-title-input").first();
    await moduleTitle.fill("Dasar-dasar Pelanggan");
    await moduleTitle.press("Enter");
    await trainer.waitForLoadState("networkidle");

    const editor = trainer.getByTestId("lesson-editor");
    await trainer.getByTestId("lesson-add-text").first().click();
    await editor.waitFor();
    await editor.getByLabel("Judul pelajaran").fill("Siapa pelanggan kita?");
    await editor
      .getByTestId("markdown-input")
      .fill("## Pelanggan\n\nPelanggan warung kopi kita adalah **pekerja** dan mahasiswa.");
    await editor.getByTestId("markdown-preview-tab").click();
    // The renderer loads on first use: wait for the preview rather than reading it at once.
    await expect.poll(() => editor.getByTestId("markdown-preview").innerText()).toContain("pekerja");
    await saveLesson(trainer);

    await trainer.getByTestId("lesson-add-document").first().click();
    await editor.getByLabel("Judul pelajaran").fill("Materi presentasi");
    await editor.getByTestId("upload-input").setInputFiles(join(server.dataDir, "materi.pdf"));
    await editor.getByTestId("upload-done").waitFor();
    await saveLesson(trainer);

    await trainer.getByTestId("lesson-add-quiz").first().click();
    await editor.getByLabel("Judul pelajaran").fill("Kuis pelanggan");
    await editor.getByTestId("quiz-add-single").click();
    const question = editor.getByTestId("quiz-question").first();
    await question.getByLabel("Pertanyaan").fill("Siapa pelanggan utama warung kopi dekat kampus?");
    await question.getByLabel("Pilihan 1", { exact: true }).fill("Mahasiswa");
    await question.getByLabel("Pilihan 2", { exact: true }).fill("Nelayan");
    await question.getByLabel("Pilihan 1 benar").check();
    await screenshot(trainer, "course-editor-desktop");
    await saveLesson(trainer);
    await expect.poll(() => trainer.getByTestId("lesson").count()).toBe(3);

    await trainer.getByTestId("package-input").setInputFiles(join(server.dataDir, "modul.zip"));
    await trainer.getByTestId("package-import").click();
    await trainer.getByTestId("package-section").getByTestId("form-success").waitFor();
    await expect.poll(() => trainer.getByTestId("lesson").count()).toBe(8);

    await trainer.getByTestId("course-submit").click();
    // Asked once more: submitting locks the course until the association decides.
    expect(await trainer.getByTestId("course-submit-question").innerText()).toContain(
      "Mengenal Pelanggan Warung Kopi",
    );
    expect(await trainer.getByTestId("review-notice").count()).toBe(0);
    await trainer.getByTestId("course-submit-confirm").click();
    await trainer.getByTestId("review-notice").waitFor();

    const admin = await (await browser.newContext({ viewport: desktop })).newPage();
    await logIn(admin, server.url, "admin@berdaya.test", { next: "/admin/courses" });
    await admin
      .getByTestId("review-queue-item")
      .filter({ hasText: "Mengenal Pelanggan Warung Kopi" })
      .getByRole("link")
      .click();
    await admin.getByTestId("review-approve").click();
    await admin.getByTestId("form-success").waitFor();

    await admin.goto(server.url);
    await admin.getByTestId("course-card").filter({ hasText: "Mengenal Pelanggan Warung Kopi" }).click();
    await expect.poll(() => admin.getByTestId("module").count()).toBe(2);
  });
});
