import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";
import solid from "vite-plugin-solid";

// In development the API runs on its own (npm run dev at the root, port 3000); in production the
// same server, or CloudFront, serves both from one origin, so the app only ever calls relative URLs.
const api = "http://localhost:3000";

export default defineConfig({
  // Brotli and gzip copies beside each file, which local mode serves to browsers that accept them
  // (CloudFront compresses on its own).
  plugins: [solid(), compression({ algorithms: ["brotliCompress", "gzip"] })],
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
