// Makes sure the browser tests have Chromium: Debian's package, installed with apt-get when missing
// and running as root; otherwise says how to get it. (Playwright's own browser download cannot work here.)
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
  Boolean,
);
const found = candidates.find((path) => existsSync(path));
if (found) process.exit(0);

if (process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  console.log("Chromium tidak ditemukan: memasang paket Debian 'chromium' (apt-get) untuk uji peramban...");
  const run = (args) =>
    execFileSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  run(["update", "-qq"]);
  run(["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"]);
  process.exit(0);
}

console.error(
  "Chromium is needed for the browser tests and was not found.\n" +
    "Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary.",
);
process.exit(1);
