import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

// In development the API runs on its own (npm run dev at the root, port 3000); in production the
// same server, or CloudFront, serves both from one origin, so the app only ever calls relative URLs.
const api = "http://localhost:3000";

export default defineConfig({
  plugins: [solid()],
  resolve: {
    // hono/client's import of its cookie serializer, which a browser can never use (data/hono-cookie-stub.ts).
    alias: [
      {
        find: /^\.\.\/utils\/cookie\.js$/,
        replacement: fileURLToPath(new URL("src/data/hono-cookie-stub.ts", import.meta.url)),
      },
    ],
  },
  server: {
    proxy: {
      "/api": api,
      "/.well-known": api,
    },
  },
  build: {
    target: "es2020",
    // The polyfill is an inline script, which the Content-Security-Policy forbids (docs/decisions/0011);
    // every browser the app supports has modulepreload or ignores it harmlessly.
    modulePreload: { polyfill: false },
  },
});
