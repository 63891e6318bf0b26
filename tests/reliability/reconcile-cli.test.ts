import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { service } from "@berdaya/core/db";
import { afterAll, expect, it } from "vitest";
import { startStores } from "../../packages/api/src/local/server";
import { failWhen } from "../support/faults";
import { completeSeededCourse, seededCourse } from "../support/learning";
import { call, json, login, startTestServer } from "../support/local";

const dataDir = mkdtempSync(join(tmpdir(), "berdaya-reconcile-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("`npm run reconcile` issues the one certificate a completed enrollment was left without", async () => {
  const server = await startTestServer({ dataDir });
  const trainer = await login(server, "pelatih1@berdaya.test");
  const registered = await call(server, "POST", "/api/auth/register", {
    body: { name: "Siti Rekonsiliasi", phone: "081366990001", password: "kopi-kepahiang-2026" },
  });
  const learner = (registered.headers.getSetCookie()[0] as string).split(";")[0] as string;
  const userId = (await json(registered)).user.id as string;
  // The certificate store is down for the whole review: the course completes, its certificate cannot be issued.
  const restore = failWhen((input) => input.includes("certificateclaim"));
  await expect(completeSeededCourse(server, learner, trainer)).rejects.toThrow(/review: 503/);
  restore();
  await server.stop();

  const run = await promisify(execFile)(
    "npm",
    ["run", "--silent", "reconcile", "--", "--data-dir", dataDir],
    {
      cwd: join(import.meta.dirname, "../.."),
    },
  );
  expect(run.stdout).toMatch(/Diselesaikan: 1\b/);

  const stores = await startStores(dataDir);
  try {
    const { data: enrollment } = await service.entities.Enrollment.get({
      userId,
      courseId: seededCourse.id,
    }).go();
    expect(enrollment?.status).toBe("completed");
    expect(enrollment?.followUps ?? []).toEqual([]);
    const { data: certificates } = await service.entities.Certificate.query.byUser({ userId }).go();
    expect(certificates.map((c) => c.courseId)).toEqual([seededCourse.id]);
  } finally {
    await stores.close();
  }
});
