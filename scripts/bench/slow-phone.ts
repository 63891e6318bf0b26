/// <reference lib="dom" />
// A member on a cheap phone over slow 3G (issue 14): Chromium with CDP throttling — 400 ms round trip,
// 400 kbit/s each way, the CPU 4× slower — and a cold cache (a new browser context per page).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser, phone } from "../../tests/support/browser";

const throttling = { latency: 400, throughput: (400 * 1000) / 8, cpuSlowdown: 4 };

export interface FirstPaint {
  /** Milliseconds from the start of navigation until `selector` was first in the page. */
  ms: number;
  /** The app's JavaScript files the page loaded (names under /assets/). */
  scripts: string[];
}

/** Opens `path` cold on a throttled phone and times the first appearance of `selector`. */
export async function firstPaint(
  url: string,
  path: string,
  selector: string,
  cookie?: string,
): Promise<FirstPaint> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: phone });
    if (cookie) {
      const [name, value] = cookie.split("=") as [string, string];
      await context.addCookies([{ name, value, url }]);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: throttling.latency,
      downloadThroughput: throttling.throughput,
      uploadThroughput: throttling.throughput,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttling.cpuSlowdown });
    const scripts: string[] = [];
    page.on("response", (res) => {
      const name = new URL(res.url()).pathname.match(/^\/assets\/(.+\.js)$/)?.[1];
      if (name) scripts.push(name);
    });
    // Notes, on the page's own clock (0 = navigation start), when the selector first matches. (No
    // named functions inside: tsx would wrap them in a helper the page does not have.)
    await page.addInitScript((wanted: string) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(wanted)) return;
        (window as unknown as { seenAt: number }).seenAt = performance.now();
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    }, selector);
    await page.goto(`${url}${path}`, { waitUntil: "commit" });
    const seen = await page.waitForFunction(() => (window as unknown as { seenAt?: number }).seenAt, null, {
      timeout: 120_000,
      polling: 100,
    });
    return { ms: Math.round((await seen.jsonValue()) as number), scripts };
  } finally {
    await browser.close();
  }
}

/** Gzipped kilobytes of built app files (web/dist/assets). */
export function gzipKb(files: string[]): number {
  const bytes = files.reduce(
    (sum, file) =>
      sum + gzipSync(readFileSync(join(import.meta.dirname, "../../web/dist/assets", file))).length,
    0,
  );
  return Math.round((bytes / 1024) * 10) / 10;
}
