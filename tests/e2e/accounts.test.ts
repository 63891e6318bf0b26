import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desktop, launchBrowser, logIn, overflowsHorizontally, phone, screenshot } from "../support/browser";
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

async function logOut(page: Page) {
  await page.getByTestId("nav-logout").click();
  await page.getByTestId("nav-login").waitFor();
}

describe("accounts in the browser", () => {
  it("registers with a phone number, logs out, logs in again and edits the profile", async () => {
    const page = await browser.newPage({ viewport: phone });
    await page.goto(server.url);
    await page.getByTestId("nav-register").click();
    const form = page.getByTestId("register-form");
    await form.getByLabel("Nama lengkap").fill("Yuliani Putri");
    await form.getByLabel("Nomor HP").fill("0813 7700 1122");
    await form.getByLabel("Kata sandi", { exact: true }).fill("kue-tat-bengkulu");
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "register-phone");
    await form.getByRole("button", { name: "Buat akun" }).click();
    await expect.poll(() => page.getByTestId("nav-profile").textContent()).toContain("Yuliani");

    await logOut(page);
    await logIn(page, server.url, "+62 813-7700-1122", { password: "kue-tat-bengkulu" });

    await page.getByTestId("nav-profile").click();
    const profile = page.getByTestId("profile-form");
    await profile.getByLabel("Nama lengkap").fill("Yuliani Putri Rahayu");
    await profile.getByLabel("Nama usaha").fill("Kue Tat Yuli");
    await profile.getByRole("button", { name: "Simpan perubahan" }).click();
    await page.getByTestId("form-success").first().waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByTestId("profile-form").getByLabel("Nama usaha").inputValue())
      .toBe("Kue Tat Yuli");
    expect(await page.getByTestId("nav-profile").textContent()).toContain("Yuliani");
    await screenshot(page, "profile-phone");
    await page.close();
  });

  it("an admin approves a trainer application and makes a reset link that the member then uses", async () => {
    const member = await browser.newPage({ viewport: phone });
    await member.goto(`${server.url}/register`);
    const form = member.getByTestId("register-form");
    await form.getByLabel("Nama lengkap").fill("Hendra Gunawan");
    await form.getByLabel("Nomor HP").fill("081377002233");
    await form.getByLabel("Kata sandi", { exact: true }).fill("batik-besurek-77");
    await form.getByRole("button", { name: "Buat akun" }).click();
    await member.getByTestId("nav-profile").click();
    const application = member.getByTestId("trainer-application-form");
    await application.getByLabel("Keahlian").fill("Pewarnaan batik besurek");
    await application
      .getByLabel("Mengapa Anda ingin menjadi pelatih?")
      .fill(
        "Saya sudah melatih tiga kelompok perajin batik di Bengkulu Tengah dan ingin berbagi lebih luas.",
      );
    await application.getByRole("button", { name: "Kirim pengajuan" }).click();
    await member.getByTestId("trainer-application-status").waitFor();

    const admin = await browser.newPage({ viewport: desktop });
    await logIn(admin, server.url, "admin@berdaya.test");
    await admin.getByTestId("nav-admin").click();
    const row = admin.getByTestId("application").filter({ hasText: "Hendra Gunawan" });
    await screenshot(admin, "admin-desktop");
    await row.getByTestId("approve").click();
    await admin.getByTestId("form-success").first().waitFor();

    // The role change shows on the member's next request.
    await member.reload();
    await expect
      .poll(() => member.getByTestId("trainer-application-status").textContent())
      .toMatch(/disetujui/);
    expect(await member.getByText("Pelatih", { exact: true }).count()).toBeGreaterThan(0);

    await admin.getByLabel("Cari anggota").fill("0813 7700 2233");
    await admin.getByRole("button", { name: "Cari", exact: true }).click();
    const found = admin.getByTestId("member").filter({ hasText: "Hendra Gunawan" });
    await found.getByTestId("reset-link-create").click();
    const url = await admin.getByTestId("reset-link-url").inputValue();
    expect(url).toMatch(/\/reset-password#[A-Za-z0-9_-]{43}$/);
    const whatsapp = await admin.getByTestId("reset-link-whatsapp").getAttribute("href");
    expect(whatsapp).toContain("https://wa.me/6281377002233?text=");
    expect(decodeURIComponent(whatsapp ?? "")).toContain(url);

    const reset = await browser.newPage({ viewport: phone });
    await reset.goto(url);
    const resetForm = reset.getByTestId("reset-form");
    await resetForm.getByLabel("Kata sandi baru").fill("songket-baru-2026");
    await resetForm.getByLabel("Konfirmasi kata sandi").fill("songket-baru-2026");
    await resetForm.getByRole("button", { name: "Simpan kata sandi baru" }).click();
    await reset.getByTestId("form-success").waitFor();
    await logIn(reset, server.url, "081377002233", { password: "songket-baru-2026" });

    // The member's old session ended with the reset.
    await member.reload();
    await member.getByTestId("nav-login").waitFor();
    await Promise.all([member.close(), admin.close(), reset.close()]);
  });
});
