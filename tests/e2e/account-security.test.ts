import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desktop, launchBrowser, logIn, overflowsHorizontally, phone, screenshot } from "../support/browser";
import { call, startTestServer, type TestServer } from "../support/local";

// The profile's account security: change password, change phone, sign out everywhere (issue 13,
// item 3; issue 15's self-service gaps), each under the strict CSP of local mode.

let server: TestServer;
let browser: Browser;
const cspViolations: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ webDir: join(import.meta.dirname, "../../web/dist") });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page in a fresh browser context: a device of its own, with its own cookies. */
async function device(viewport = phone): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return page;
}

describe("account security on the profile page", () => {
  it("changes the password (signing out the other device), changes the phone, then signs out everywhere", async () => {
    const registered = await call(server, "POST", "/api/auth/register", {
      body: { name: "Rini Marlina", phone: "081377445566", password: "gulai-kemba-2026" },
    });
    expect(registered.status).toBe(201);

    const mine = await device();
    const other = await device(desktop);
    await logIn(mine, server.url, "081377445566", { password: "gulai-kemba-2026" });
    await logIn(other, server.url, "0813-7744-5566", { password: "gulai-kemba-2026" });

    await mine.getByTestId("nav-profile").click();
    const change = mine.getByTestId("change-password");
    await change.waitFor();
    expect(await overflowsHorizontally(mine)).toBe(false);
    await change.scrollIntoViewIfNeeded();
    await screenshot(mine, "profile-security-phone");

    // The wrong current password: told in Bahasa Indonesia, nothing changes.
    await change.getByLabel("Kata sandi saat ini").fill("bukan-sandi-saya");
    await change.getByLabel("Kata sandi baru").fill("pendap-ikan-baru-9");
    await change.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect.poll(() => change.getByTestId("form-error").textContent()).toContain("salah");

    // A guessable new password is refused with a clear message.
    await change.getByLabel("Kata sandi saat ini").fill("gulai-kemba-2026");
    await change.getByLabel("Kata sandi baru").fill("sayang123");
    await change.getByRole("button", { name: "Ganti kata sandi" }).click();
    // Said beside the field it is about.
    await expect.poll(() => change.locator("#new-password-error").textContent()).toMatch(/terlalu umum/);

    await change.getByLabel("Kata sandi baru").fill("pendap-ikan-baru-9");
    await change.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect
      .poll(() => change.getByTestId("form-success").textContent())
      .toContain("perangkat lain sudah dikeluarkan");
    // This device stays in; the other one is out at its next request.
    await mine.reload();
    await mine.getByTestId("nav-logout").waitFor();
    await other.reload();
    await other.getByTestId("nav-login").waitFor();

    // A new phone number, spelled the way members often write it.
    const phoneForm = mine.getByTestId("change-phone");
    await phoneForm.getByLabel("Nomor HP baru").fill("+62 0813 7744 9900");
    await phoneForm.getByLabel("Kata sandi Anda").fill("pendap-ikan-baru-9");
    await phoneForm.getByRole("button", { name: "Simpan nomor HP" }).click();
    await expect.poll(() => phoneForm.getByTestId("form-success").textContent()).toContain("nomor yang baru");
    await expect.poll(() => mine.locator(".summary-list").textContent()).toMatch(/0813[\s-]?7744[\s-]?9900/);

    // Sign out everywhere: this device and another one that logged in with the new number.
    await logIn(other, server.url, "081377449900", { password: "pendap-ikan-baru-9" });
    await mine.setViewportSize(desktop);
    const everywhere = mine.getByTestId("logout-everywhere");
    await everywhere.scrollIntoViewIfNeeded();
    expect(await overflowsHorizontally(mine)).toBe(false);
    await screenshot(mine, "profile-security-desktop");
    await everywhere.getByRole("button", { name: "Keluar dari semua perangkat" }).click();
    await mine.getByTestId("nav-login").waitFor();
    await other.reload();
    await other.getByTestId("nav-login").waitFor();

    expect(cspViolations).toEqual([]);
    await Promise.all([mine.close(), other.close()]);
  });

  it("lists the member's devices by name and signs the other one out", async () => {
    const registered = await call(server, "POST", "/api/auth/register", {
      body: { name: "Yusuf Hamdani", phone: "081377445599", password: "gulai-kemba-2026" },
    });
    expect(registered.status).toBe(201);
    const mine = await browser.newPage({
      viewport: phone,
      userAgent:
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    });
    const other = await browser.newPage({
      viewport: desktop,
      userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    });
    await logIn(mine, server.url, "081377445599", { password: "gulai-kemba-2026" });
    await logIn(other, server.url, "081377445599", { password: "gulai-kemba-2026" });

    await mine.getByTestId("nav-profile").click();
    const devices = mine.getByTestId("device");
    await expect.poll(() => devices.count()).toBe(3);
    const names = await devices.allTextContents();
    expect(
      names.filter((text) => text.includes("Chrome · Android") && text.includes("Perangkat ini")),
    ).toHaveLength(1);
    const laptop = devices.filter({ hasText: "Firefox · Windows" });
    await laptop.getByRole("button", { name: "Keluarkan" }).click();
    await expect.poll(() => devices.count()).toBe(2);
    expect(await overflowsHorizontally(mine)).toBe(false);
    await devices.first().scrollIntoViewIfNeeded();
    await screenshot(mine, "profile-devices-phone");

    await other.reload();
    await other.getByTestId("nav-login").waitFor();
    await mine.close();
    await other.close();
  });

  it("registers once when the form is sent twice (the retry carries the same key), with no CSP violation", async () => {
    const page = await device();
    await page.goto(`${server.url}/register`);
    const form = page.getByTestId("register-form");
    await form.getByLabel("Nama lengkap").fill("Darto Sutejo");
    await form.getByLabel("Nomor HP").fill("081377446677");
    await form.getByLabel("Kata sandi", { exact: true }).fill("tempoyak-durian-7");
    const keys: string[] = [];
    await page.route("**/api/auth/register", async (route) => {
      keys.push(JSON.parse(route.request().postData() ?? "{}").requestKey);
      // The first answer is lost on the way back, as on a weak connection.
      if (keys.length === 1) {
        await route.fetch();
        await route.abort("connectionreset");
      } else await route.continue();
    });
    await form.getByRole("button", { name: "Buat akun" }).click();
    await form.getByTestId("form-error").waitFor();
    await form.getByRole("button", { name: "Buat akun" }).click();
    await expect.poll(() => page.getByTestId("nav-profile").textContent()).toContain("Darto");
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});
