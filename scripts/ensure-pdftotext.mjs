// Makes sure the certificate tests can read PDFs back as text: poppler's `pdftotext`, installed with
// apt-get (Debian's poppler-utils) when missing and running as root; otherwise says how to get it.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const found = [process.env.PDFTOTEXT_PATH, "/usr/bin/pdftotext", "/usr/local/bin/pdftotext"]
  .filter(Boolean)
  .find((path) => existsSync(path));
if (found) process.exit(0);

if (process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  console.log("pdftotext tidak ditemukan: memasang paket Debian 'poppler-utils' (apt-get) untuk uji PDF...");
  const run = (args) =>
    execFileSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  run(["update", "-qq"]);
  run(["install", "-y", "-qq", "--no-install-recommends", "poppler-utils"]);
  process.exit(0);
}

console.error(
  "pdftotext (poppler-utils) is needed for the certificate PDF tests and was not found.\n" +
    "Install it (Debian/Ubuntu: `sudo apt-get install poppler-utils`) or set PDFTOTEXT_PATH.",
);
process.exit(1);
