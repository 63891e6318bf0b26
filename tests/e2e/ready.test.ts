import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { desktop, launchBrowser } from "../support/browser";

/** Issue 15, bug 6: `npm start` on an empty folder answers ready only once the demo is in. */
const dataDir = mkdtempSync(join(tmpdir(), "berdaya-ready-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe("ready means ready", () => {
  it("once /api/health answers 200, the catalog shows the demo courses and a demo login works", async () => {
    const port = await freePort();
    const child = spawn(join("node_modules", ".bin", "tsx"), ["packages/api/src/local/main.ts"], {
      env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), BERDAYA_DATA_DIR: dataDir },
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const browser = await launchBrowser();
    try {
      const base = `http://127.0.0.1:${port}`;
      // What a load balancer, a tester or a script waits for: the first 200 from the health check.
      await expect
        .poll(async () => (await fetch(`${base}/api/health`).catch(() => undefined))?.status, {
          timeout: 90_000,
          interval: 25,
        })
        .toBe(200);
      const [page, res] = await Promise.all([
        browser.newContext({ viewport: desktop }).then((c) => c.newPage()),
        fetch(`${base}/api/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
          body: JSON.stringify({ identifier: "081200000001", password: "berdaya-demo" }),
        }),
      ]);
      expect(res.status).toBe(200);
      await page.goto(base);
      await page.locator('[data-testid="course-card"], .status-empty').first().waitFor();
      expect(await page.getByTestId("course-card").count()).toBe(5);
    } finally {
      await browser.close();
      child.kill("SIGTERM");
      await exited;
    }
  });
});
