// Renders the app's install icons (web/public/icons/*.png) from the logo in web/public/favicon.svg
// with the browser tests' Chromium: `npx tsx scripts/icons.ts`. The PNGs are committed; run this
// again only when the logo changes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "../tests/support/browser";

const web = join(import.meta.dirname, "../web/public");
const logo = readFileSync(join(web, "favicon.svg"), "utf8");
// A maskable icon is cropped to a circle or squircle by the launcher: full-bleed colour, the letter
// inside the middle 80% (the safe zone of the W3C manifest spec's "maskable" purpose).
const glyph = logo.match(/<path[^>]*\/>/)?.[0] ?? "";
const maskable = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='-8 -8 48 48'><rect x='-8' y='-8' width='48' height='48' fill='#0b5d44'/>${glyph}</svg>`;

const browser = await launchBrowser();
const page = await browser.newPage();
for (const [name, svg, size] of [
  ["icon-192.png", logo, 192],
  ["icon-512.png", logo, 512],
  ["maskable-512.png", maskable, 512],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width='${size}' height='${size}' `)}</body></html>`,
  );
  await page.screenshot({ path: join(web, "icons", name), omitBackground: true });
}
await browser.close();
