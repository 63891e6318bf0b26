import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Kills the local server with SIGKILL in the middle of a workload, starts it again on the same data
 * folder, and finds every write that had been acknowledged with a 2xx.
 */
const dataDir = mkdtempSync(join(tmpdir(), "berdaya-restart-"));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function start(port: number) {
  // One process (node with tsx's loader), so SIGKILL hits the server itself, not a wrapper.
  const process = spawn("node", ["--import", "tsx", "packages/api/src/local/main.ts"], {
    env: {
      ...globalThis.process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      BERDAYA_DATA_DIR: dataDir,
      // The workload stands in for a proxy in front of many clients: its X-Forwarded-For is believed.
      BERDAYA_TRUSTED_PROXIES: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  process.stdout?.on("data", (d) => {
    out += d;
  });
  process.stderr?.on("data", (d) => {
    out += d;
  });
  const until = Date.now() + 60_000;
  while (!out.includes("Ctrl-C")) {
    if (Date.now() > until || process.exitCode !== null) throw new Error(`server did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return process;
}

const headers = { "content-type": "application/json", "sec-fetch-site": "same-origin" };

describe("a crash in the middle of a workload", () => {
  it("loses no acknowledged write", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/api`;
    child = await start(port);
    const acknowledged: { phone: string; cookie: string; enrolled: boolean }[] = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const phone = `0813${String(w)}${String(i).padStart(7, "0")}`;
        try {
          const reg = await fetch(`${base}/auth/register`, {
            method: "POST",
            headers: { ...headers, "x-forwarded-for": `203.0.113.${w}` },
            body: JSON.stringify({ name: `Tahan Banting ${w}-${i}`, phone, password: "kopi-kepahiang-2026" }),
          });
          if (reg.status !== 201) continue;
          const cookie = (reg.headers.getSetCookie()[0] as string).split(";")[0] as string;
          const entry = { phone, cookie, enrolled: false };
          acknowledged.push(entry);
          const enroll = await fetch(`${base}/courses/berpikir-kreatif/enroll`, {
            method: "POST",
            headers: { ...headers, cookie },
          });
          if (enroll.status === 201) entry.enrolled = true;
        } catch {
          return; // the server is gone
        }
      }
    };
    const workers = [1, 2, 3, 4].map(worker);
    const until = Date.now() + 30_000;
    while (acknowledged.length < 12 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGKILL");
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(12);

    child = await start(port);
    for (const { phone, enrolled } of acknowledged) {
      const login = await fetch(`${base}/auth/login`, {
        method: "POST",
        headers,
        body: JSON.stringify({ identifier: phone, password: "kopi-kepahiang-2026" }),
      });
      expect(login.status, `member ${phone} after the crash`).toBe(200);
      const cookie = (login.headers.getSetCookie()[0] as string).split(";")[0] as string;
      const mine = (await (await fetch(`${base}/me/enrollments`, { headers: { cookie } })).json()) as {
        items: { courseId: string }[];
      };
      if (enrolled) expect(mine.items.map((e) => e.courseId)).toEqual(["berpikir-kreatif"]);
    }
    child.kill("SIGTERM");
  });
});
