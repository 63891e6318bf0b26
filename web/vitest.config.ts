import solid from "vite-plugin-solid";
import { defineProject } from "vitest/config";

/** Unit tests of the web app's own logic (session, paging, words, form checks) in happy-dom. */
export default defineProject({
  plugins: [solid()],
  test: { name: "web", include: ["src/**/*.test.ts"], environment: "happy-dom" },
});
