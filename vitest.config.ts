import { defineConfig } from "vitest/config";

/**
 * One `vitest run` for every suite. Each test file runs in its own process and the integration
 * suites start their own dynalite and s3rver on a fresh temporary data folder. Tests wait for what a
 * user waits for, not for a fixed short time: a machine busy with other work (two cores shared by
 * several runs) makes every answer slower, so the deadlines are long and no test measures time
 * (timings belong to `npm run bench`).
 */
export default defineConfig({
  test: {
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["packages/*/src/**/*.test.ts"] } },
      // The web app's own logic, in a browser-like DOM with Solid's compiler: web/vitest.config.ts.
      "web/vitest.config.ts",
      { extends: true, test: { name: "api", include: ["tests/api/**/*.test.ts"] } },
      { extends: true, test: { name: "infra", include: ["tests/infra/**/*.test.ts"], testTimeout: 120_000 } },
      {
        extends: true,
        test: { name: "reliability", include: ["tests/reliability/**/*.test.ts"], testTimeout: 300_000 },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          // expect.poll waits 1 s by default: a page on a busy machine takes longer to change.
          expect: { poll: { timeout: 60_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
