/// <reference lib="dom" />
// A member on a cheap phone over slow 3G (issue 14): Chromium with CDP throttling — 400 ms round trip,
// 400 kbit/s each way, the CPU 4× slower — and a cold cache (a new browser context per page).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser, phone } from "../../tests/support/browser";

const throttling = { latency: 400, throughput: (400 * 1000) / 8, cpuSlowdown: 4 };

export interface FirstPaint {
  /** Milliseconds from the start of navigation until each selector was first in the page. */
  ms: number[];
  /** The app's JavaScript files the page had loaded when the last selector appeared (names under /assets/). */
  scripts: string[];
}

/** Opens `path` cold on a throttled phone and times the first appearance of each of `selectors`. */
export async function firstPaint(
  url: string,
  path: string,
  selectors: string[],
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
    // Notes, on the page's own clock (0 = navigation start), when each selector first matches. (No
    // named functions inside: tsx would wrap them in a helper the page does not have.)
    await page.addInitScript((wanted: string[]) => {
      const seenAt: (number | undefined)[] = wanted.map(() => undefined);
      (window as unknown as { seenAt: typeof seenAt }).seenAt = seenAt;
      const observer = new MutationObserver(() => {
        wanted.forEach((selector, i) => {
          if (seenAt[i] === undefined && document.querySelector(selector)) seenAt[i] = performance.now();
        });
        if (seenAt.every((at) => at !== undefined)) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    }, selectors);
    await page.goto(`${url}${path}`, { waitUntil: "commit" });
    const seen = await page.waitForFunction(
      () => {
        const at = (window as unknown as { seenAt?: (number | undefined)[] }).seenAt;
        return at?.every((t) => t !== undefined) ? at : undefined;
      },
      null,
      { timeout: 120_000, polling: 100 },
    );
    const ms = ((await seen.jsonValue()) as number[]).map((t) => Math.round(t));
    return { ms, scripts: [...scripts] };
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
