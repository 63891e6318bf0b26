/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (path): path is string => Boolean(path && existsSync(path)),
);

/**
 * How long a page may take to show what a test waits for: as long as the test itself may run
 * (vitest.config.ts, e2e), not Playwright's 30 s, which a machine busy with other work outlasts.
 */
export const pageWaitMs = 110_000;

/** Debian's Chromium, headless, with the flags this closed network needs (docs/stack.md);
 * Playwright gives each launch a fresh, empty profile. Every context waits up to `pageWaitMs`. */
export async function launchBrowser(): Promise<Browser> {
  if (!executablePath)
    throw new Error("Chromium not found: run `node scripts/ensure-chromium.mjs` (npm test does).");
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  // browser.newPage() makes its context through newContext() too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(pageWaitMs);
    return context;
  };
  return browser;
}

export const phone = { width: 360, height: 780 };
export const desktop = { width: 1280, height: 900 };

/** Where the browser tests save their screenshots: ignored by git, so a test run leaves the tree clean.
 * `npm run screenshots` copies the README's pictures from here to docs/screenshots/. */
export const screenshotDir = join(import.meta.dirname, "../.tmp/screenshots");

/** Saves a full-page screenshot to tests/.tmp/screenshots/. */
export async function screenshot(page: Page, name: string) {
  const dir = screenshotDir;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** True when the page scrolls sideways: the layout is too wide for the viewport. */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Serious or critical axe-core violations on the page as it is now. axe is injected as an inline
 * script, which the pages' CSP rightly refuses: open the page in a context made with `bypassCSP: true`.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
    const axe = (window as any).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}) at ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

/**
 * Signs in through the login form, as a member would. With `next`, starts from a link that asked for a
 * login and waits to land back on it; without, waits for the header's sign-out button.
 */
export async function logIn(
  page: Page,
  baseUrl: string,
  identifier: string,
  options: { next?: string; password?: string } = {},
): Promise<void> {
  const { next, password = "berdaya-demo" } = options;
  await page.goto(`${baseUrl}/login${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  const form = page.getByTestId("login-form");
  await form.getByLabel("Nomor HP atau email").fill(identifier);
  await form.getByLabel("Kata sandi", { exact: true }).fill(password);
  await form.getByRole("button", { name: "Masuk" }).click();
  if (next) await page.waitForURL(`${baseUrl}${next}`);
  else await page.getByTestId("nav-logout").waitFor();
}
