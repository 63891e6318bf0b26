import { fileURLToPath } from "node:url";
import type { OutputBundle } from "rolldown";
import { defineConfig, type Plugin } from "vite";
import { compression } from "vite-plugin-compression2";
import { VitePWA } from "vite-plugin-pwa";
import solid from "vite-plugin-solid";

/**
 * src/early.ts as its own small, content-named script, loaded `async` at the top of index.html so the
 * first page's data is on its way while the app's code downloads (docs/decisions/0016). Build only:
 * in development the app asks for its data itself.
 */
function earlyData(): Plugin {
  return {
    name: "berdaya-early-data",
    apply: "build",
    config: () => ({ build: { rollupOptions: { input: { index: "index.html", early: "src/early.ts" } } } }),
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle }) {
        const early = Object.values(bundle ?? {}).find(
          (file) => file.type === "chunk" && file.isEntry && file.name === "early",
        );
        if (!early) throw new Error("src/early.ts was not built");
        return [
          // Read by src/early.ts: the lesson player's code, fetched alongside the app's on a lesson's URL.
          {
            tag: "meta",
            attrs: { name: "berdaya-lesson-code", content: lessonCode(bundle ?? {}).join(" ") },
            injectTo: "head-prepend",
          },
          {
            tag: "script",
            attrs: { type: "module", async: true, src: `/${early.fileName}` },
            injectTo: "head-prepend",
          },
        ];
      },
    },
  };
}

/**
 * The files the lesson player's page loads beyond the app's first download: its chunk, the chunks it
 * imports, and their styles (what Vite's preload helper asks for when the route opens).
 */
function lessonCode(bundle: OutputBundle): string[] {
  const chunks = new Map(
    Object.values(bundle).flatMap((file) => (file.type === "chunk" ? [[file.fileName, file] as const] : [])),
  );
  const closure = (roots: string[]) => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length) {
      const name = stack.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...(chunks.get(name)?.imports ?? []));
    }
    return seen;
  };
  const entries = [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  const lesson = [...chunks.values()].find((chunk) =>
    chunk.facadeModuleId?.endsWith("/src/pages/learn/lesson.tsx"),
  );
  if (!lesson) throw new Error("the lesson page's chunk was not found");
  const initial = closure(entries);
  const files = [...closure([lesson.fileName])].filter((name) => !initial.has(name));
  const styles = files.flatMap((name) => [...(chunks.get(name)?.viteMetadata?.importedCss ?? [])]);
  return [...files, ...new Set(styles)].map((name) => `/${name}`);
}

// In development the API runs on its own (npm run dev at the root, port 3000); in production the
// same server, or CloudFront, serves both from one origin, so the app only ever calls relative URLs.
const api = "http://localhost:3000";

export default defineConfig({
  plugins: [
    solid(),
    earlyData(),
    // The installable app and its service worker (docs/decisions/0017): our own worker
    // (src/offline/sw.ts) with Workbox's precache manifest injected; registered by the page, which
    // asks before switching to a new version.
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src/offline",
      filename: "sw.ts",
      registerType: "prompt",
      injectRegister: false,
      injectManifest: {
        globPatterns: ["**/*.{js,css,html,svg,woff2}", "icons/icon-192.png"],
        // The learner's app only: the trainers' and the association's pages load from the network.
        globIgnores: ["**/{admin,course-editor,authoring,desk,trainer,learn-trainer,lesson-view}*"],
        rollupFormat: "es",
      },
      manifest: {
        id: "/",
        name: "Berdaya · Asosiasi UMKM Provinsi Bengkulu",
        short_name: "Berdaya",
        description: "Kursus singkat dan praktis untuk pelaku UMKM, juga tanpa sinyal.",
        lang: "id",
        dir: "ltr",
        start_url: "/learn",
        scope: "/",
        display: "standalone",
        orientation: "portrait",
        theme_color: "#0b5d44",
        background_color: "#ffffff",
        categories: ["education", "business"],
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
    }),
    // Brotli and gzip copies beside each file, which local mode serves to browsers that accept them
    // (CloudFront compresses on its own).
    compression({ algorithms: ["brotliCompress", "gzip"] }),
  ],
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
