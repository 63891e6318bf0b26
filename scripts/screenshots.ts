import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { screenshotDir } from "../tests/support/browser";

/**
 * Refreshes the README's pictures: runs the browser journeys that take them (they write to
 * tests/.tmp/screenshots/, which git ignores) and copies the ones the README shows to docs/screenshots/.
 * Tests never write to docs/, so `npm test` leaves the working tree clean.
 */
const root = join(import.meta.dirname, "..");
const journeys = ["accounts", "admin", "authoring", "catalog", "certificates", "learning"];

const readme = readFileSync(join(root, "README.md"), "utf8");
const pictures = [
  ...new Set([...readme.matchAll(/docs\/screenshots\/([\w-]+\.png)/g)].map((m) => m[1] as string)),
];

rmSync(screenshotDir, { recursive: true, force: true });
execFileSync("npm", ["run", "build:web"], { cwd: root, stdio: "inherit" });
execFileSync(
  "npx",
  ["vitest", "run", "--project", "e2e", ...journeys.map((name) => `tests/e2e/${name}.test.ts`)],
  { cwd: root, stdio: "inherit" },
);

const missing = pictures.filter((file) => !existsSync(join(screenshotDir, file)));
if (missing.length > 0) {
  console.error(
    `No journey took ${missing.join(", ")}: add its test file to the list in scripts/screenshots.ts.`,
  );
  process.exit(1);
}
for (const file of pictures) copyFileSync(join(screenshotDir, file), join(root, "docs/screenshots", file));
console.log(`Copied ${pictures.length} pictures to docs/screenshots/.`);
