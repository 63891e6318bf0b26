import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { badgePng } from "@berdaya/core/certificate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desktop, launchBrowser, phone, screenshot } from "../support/browser";
import { completeSeededCourse } from "../support/learning";
import { call, json, login, startTestServer, type TestServer } from "../support/local";

/**
 * From a learner's certificate page to the public verify page, valid; an admin revokes it and the same
 * page shows it revoked. The public verifier checks by typed code, by the QR code's URL and by the
 * credential file.
 */
let server: TestServer;
let browser: Browser;
let learner: string;
let code: string;

beforeAll(async () => {
  server = await startTestServer({ webDir: join(import.meta.dirname, "../../web/dist") });
  browser = await launchBrowser();
  learner = await login(server, "081200000003");
  await completeSeededCourse(server, learner, await login(server, "pelatih1@berdaya.test"));
  code = (await json(await call(server, "GET", "/api/me/certificates", { cookie: learner }))).items[0].code;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(viewport: typeof phone, cookie: string): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const [name, value] = cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, url: server.url }]);
  return context.newPage();
}

describe("certificates in the browser", () => {
  it("goes from the learner's certificate page to the public verify page: valid, then revoked", async () => {
    const page = await signedIn(phone, learner);
    await page.goto(`${server.url}/certificates`);
    const card = page.getByTestId("certificate-card").first();
    await card.waitFor();
    await expect.poll(() => card.getByTestId("certificate-code").innerText()).toContain(code);
    const whatsapp = await card.getByTestId("certificate-whatsapp").getAttribute("href");
    expect(whatsapp).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(decodeURIComponent(whatsapp ?? "")).toContain(`/verify/${code}`);
    expect(await card.getByTestId("certificate-pdf").getAttribute("href")).toContain(
      `/api/certificates/${code}/pdf`,
    );
    await screenshot(page, "certificates-phone");

    // The QR code's page is rendered by the server, in the visitor's language (Bahasa here).
    const visitor = await (await browser.newContext({ viewport: phone, locale: "id-ID" })).newPage();
    await visitor.goto(`${server.url}/verify/${code}`);
    await visitor.locator('[data-testid="verify-status"][data-status="valid"]').waitFor();
    await expect.poll(() => visitor.getByTestId("verify-result").innerText()).toContain("Berpikir Kreatif");
    await screenshot(visitor, "verify-valid-phone");
    const wide = await (await browser.newContext({ viewport: desktop, locale: "id-ID" })).newPage();
    await wide.goto(`${server.url}/verify/${code}`);
    await wide.locator('[data-testid="verify-status"][data-status="valid"]').waitFor();
    await screenshot(wide, "verify-valid-desktop");

    const admin = await signedIn(desktop, await login(server, "admin@berdaya.test"));
    await admin.goto(`${server.url}/admin/certificates`);
    const row = admin.getByTestId("admin-certificate").filter({ hasText: code });
    await row.getByTestId("certificate-revoke").click();
    await admin.getByTestId("certificate-revoke-reason").fill("Peserta mengulang kursus dengan akun lain.");
    await admin.getByTestId("certificate-revoke").last().click();
    await admin.getByTestId("form-success").waitFor();

    await visitor.reload();
    await visitor.locator('[data-testid="verify-status"][data-status="revoked"]').waitFor();
    await expect.poll(() => visitor.getByTestId("verify-result").innerText()).toContain("mengulang kursus");
    await screenshot(visitor, "verify-revoked-phone");
  });

  it("lets anyone verify by typed code, by the QR code's URL, and by the credential file", async () => {
    const other = await login(server, "081200000004");
    await completeSeededCourse(server, other, await login(server, "pelatih1@berdaya.test"));
    const theirs = (await json(await call(server, "GET", "/api/me/certificates", { cookie: other }))).items[0]
      .code as string;
    const file = join(server.dataDir, "sertifikat.jwt");
    writeFileSync(file, await (await server.request(`/api/certificates/${theirs}/credential`)).text());

    const page = await (await browser.newContext({ viewport: phone })).newPage();
    for (const typed of [theirs.toLowerCase().replaceAll("-", " "), `${server.url}/verify/${theirs}`]) {
      await page.goto(`${server.url}/verify`);
      await page.getByTestId("verify-code-input").fill(typed);
      await page.getByTestId("verify-form").getByTestId("verify-submit").first().click();
      await page.locator('[data-testid="verify-status"][data-status="valid"]').waitFor();
    }
    await page.goto(`${server.url}/verify`);
    await page.getByTestId("verify-file-input").setInputFiles(file);
    await page
      .locator('[data-testid="verify-status"][data-status="valid"], [data-testid="verify-submit"]')
      .first()
      .waitFor();
    if (!(await page.locator('[data-testid="verify-status"][data-status="valid"]').count())) {
      await page.getByTestId("verify-submit").last().click();
    }
    await page.locator('[data-testid="verify-status"][data-status="valid"]').waitFor();
    await screenshot(page, "verify-credential-phone");

    await page.goto(`${server.url}/verify/BKL-2222-3333-4444`);
    await page.locator('[data-testid="verify-status"][data-status="unknown"]').waitFor();
  });

  it("lets the association upload a course's certificate badge and go back to the generated one", async () => {
    const admin = await signedIn(desktop, await login(server, "admin@berdaya.test"));
    await admin.goto(`${server.url}/admin/courses/berpikir-kreatif`);
    const panel = admin.getByTestId("course-badge");
    await panel.waitFor();
    const file = join(server.dataDir, "lencana.png");
    writeFileSync(file, badgePng("lencana-unggahan", 128));
    await panel.getByTestId("course-badge-input").setInputFiles(file);
    await panel.getByTestId("form-success").waitFor();
    const image = await server.request("/api/achievements/berpikir-kreatif/image");
    expect(image.status).toBe(302);
    expect(image.headers.get("location")).toContain("lencana.png");
    await screenshot(admin, "course-badge-desktop");
    const small = await signedIn(phone, await login(server, "admin@berdaya.test"));
    await small.goto(`${server.url}/admin/courses/berpikir-kreatif`);
    await small.getByTestId("course-badge").scrollIntoViewIfNeeded();
    await screenshot(small, "course-badge-phone");
    await panel.getByRole("button", { name: /lencana buatan|generated badge/i }).click();
    await expect
      .poll(async () => (await server.request("/api/achievements/berpikir-kreatif/image")).status)
      .toBe(200);
  });

  it("lets the association add a signature or stamp image for certificates issued from then on", async () => {
    const cookie = await login(server, "admin@berdaya.test");
    const admin = await signedIn(phone, cookie);
    await admin.goto(`${server.url}/admin/association`);
    const panel = admin.getByTestId("association-signature");
    await panel.waitFor();
    const file = join(server.dataDir, "tanda-tangan.png");
    writeFileSync(file, badgePng("tanda-tangan", 120));
    await panel.getByTestId("association-signature-input").setInputFiles(file);
    await panel.getByTestId("form-success").waitFor();
    const profile = await json(await call(server, "GET", "/api/admin/association", { cookie }));
    expect(profile.signatureUploadId).toEqual(expect.any(String));
    await panel.scrollIntoViewIfNeeded();
    await screenshot(admin, "association-signature-phone");
    const wide = await signedIn(desktop, cookie);
    await wide.goto(`${server.url}/admin/association`);
    await wide.getByTestId("association-signature").locator("img").waitFor();
    await screenshot(wide, "association-signature-desktop");
    await panel.getByRole("button", { name: /hapus gambar|remove the signature/i }).click();
    await expect
      .poll(
        async () =>
          (await json(await call(server, "GET", "/api/admin/association", { cookie }))).signatureUploadId,
      )
      .toBeUndefined();
  });
});
