import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as User from "@berdaya/core/user";
import { afterAll, describe, expect, it } from "vitest";
import { call, json, login, startTestServer } from "../support/local";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "berdaya-local-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>) {
  const child = spawn(join("node_modules", ".bin", "tsx"), ["packages/api/src/local/main.ts"], {
    env: { ...process.env, HOST: "127.0.0.1", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const output = () => ({ stdout, stderr });
  return { child, exited, output };
}

async function waitFor(check: () => boolean, what: string, ms = 60_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("local mode", () => {
  it("keeps every piece of data across a restart and seeds only an empty folder", async () => {
    const dataDir = tempDir();
    const first = await startTestServer({ dataDir });
    expect(first.seeded).toBe(true);
    await User.create({
      userId: "restart-check",
      name: "Tetap Ada",
      phone: "+6281299990000",
      role: "learner",
      password: "rahasia-sekali",
    });
    const before = await json(await first.request("/api/courses?limit=100"));
    await first.stop();

    const second = await startTestServer({ dataDir });
    try {
      expect(second.seeded).toBe(false);
      expect((await User.get("restart-check"))?.name).toBe("Tetap Ada");
      const after = await json(await second.request("/api/courses?limit=100"));
      expect(after).toEqual(before);
    } finally {
      await second.stop();
    }
  });

  it("npm start's entry prints the URL and demo logins, serves the app with client-side routes, and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    const run = start({ PORT: String(port), BERDAYA_DATA_DIR: tempDir() });
    await waitFor(() => run.output().stdout.includes("Ctrl-C"), "the start banner");
    const { stdout } = run.output();
    expect(stdout).toContain(`http://127.0.0.1:${port}`);
    expect(stdout).toContain("admin@berdaya.test");
    expect(stdout).toContain("+6281200000001");
    expect(stdout).toContain("berdaya-demo");

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await json(health)).toEqual({ ok: true });
    const deepLink = await fetch(`http://127.0.0.1:${port}/courses/berpikir-kreatif`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root"');
    const missingApi = await fetch(`http://127.0.0.1:${port}/api/tidak-ada`);
    expect(missingApi.status).toBe(404);
    expect((await json(missingApi)).error.code).toBe("not_found");

    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain("berhenti");
    expect(run.output().stderr).toBe("");
  });

  it("says in one line that the port is in use, without a stack trace", async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as { port: number }).port)),
    );
    try {
      const run = start({ PORT: String(port), BERDAYA_DATA_DIR: tempDir() });
      expect(await run.exited).toBe(1);
      const lines = run.output().stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Port ${port}`);
    } finally {
      blocker.close();
    }
  });

  it("makes admins from the command line only: npm run admin:create", async () => {
    const dataDir = tempDir();
    const run = spawnSync(
      join("node_modules", ".bin", "tsx"),
      [
        "scripts/admin-create.ts",
        "--email",
        "Ketua@Asosiasi.id",
        "--name",
        "Ketua",
        "--password",
        "ketua-asosiasi-bkl",
        "--data-dir",
        dataDir,
      ],
      { encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Admin dibuat: Ketua@Asosiasi.id");
    expect(run.status).toBe(0);
    const server = await startTestServer({ dataDir });
    try {
      const cookie = await login(server, "ketua@asosiasi.id", "ketua-asosiasi-bkl");
      expect((await json(await call(server, "GET", "/api/me", { cookie }))).role).toBe("admin");
    } finally {
      await server.stop();
    }
  });
});
