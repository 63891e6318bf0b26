import { basename, extname } from "node:path";
import type { BuildOptions } from "esbuild";
import type { FunctionProps } from "sst/constructs";

/**
 * How every function is bundled: ESM, minified, no source maps, the AWS SDK v3 left to the Lambda
 * runtime, dynamic imports split into chunks that load only when a request needs them, and ElectroDB's
 * model check, done by the tests, left out of the cold start (stacks/unchecked-models.cjs)
 * (docs/decisions/0015). Paths are relative to the project root, where SST, the bench and the tests run.
 */
export const nodejs = {
  format: "esm",
  minify: true,
  splitting: true,
  sourcemap: false,
  esbuild: {
    external: ["@aws-sdk/*"],
    alias: { jsonschema: "./stacks/unchecked-models.cjs" },
  },
} satisfies FunctionProps["nodejs"];

/**
 * The esbuild options SST v2 builds a function with these `nodejs` props (sst/runtime/handlers/node.js,
 * deploy mode), so the bench and tests/api/lambda-events.test.ts bundle exactly what is deployed;
 * tests/infra/stacks.test.ts checks that SST's own build gives the same files.
 */
export function esbuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: [entry],
    platform: "node",
    external: ["sharp", "pg-native", ...nodejs.esbuild.external],
    keepNames: true,
    bundle: true,
    logLevel: "silent",
    splitting: nodejs.splitting,
    metafile: true,
    outExtension: { ".js": ".mjs" },
    format: nodejs.format,
    target: "esnext",
    mainFields: ["module", "main"],
    banner: {
      js: [
        `import { createRequire as topLevelCreateRequire } from 'module';`,
        `const require = topLevelCreateRequire(import.meta.url);`,
        `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
        `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
        "",
      ].join("\n"),
    },
    outdir,
    sourcemap: nodejs.sourcemap,
    minify: nodejs.minify,
    alias: nodejs.esbuild.alias,
  };
}

/** The file an entry becomes in the bundle folder (`packages/api/src/lambda.ts` → `lambda.mjs`). */
export const bundledFile = (entry: string) => `${basename(entry, extname(entry))}.mjs`;

/** Every function's handler (stacks/api.ts), by name. */
export const HANDLERS = {
  /** The public, learner and desk routes: what members use all day. */
  lean: "packages/api/src/lambda.handler",
  /** The heavy, rare routes: certificate PDF, module-package import, CSV export, the API's documentation. */
  documents: "packages/api/src/lambda-documents.handler",
  /** The scheduled reconciler (docs/decisions/0005-durable-follow-ups.md). */
  reconcile: "packages/api/src/reconcile-lambda.handler",
} as const;

/** The routes the documents function answers; API Gateway prefers them to the lean function's `{proxy+}`. */
export const DOCUMENT_ROUTES = [
  "GET /api/certificates/{code}/pdf",
  "POST /api/courses/{courseId}/import",
  "GET /api/admin/reports/export.csv",
  "GET /api/openapi.json",
  "GET /api/docs",
] as const;

/** The font files renderPdf reads (packages/core/src/certificate/pdf.ts). */
export const CERTIFICATE_FONTS = ["latin-400", "latin-700", "latin-ext-400", "latin-ext-700"].map(
  (face) => `noto-sans-${face}-normal.woff`,
);
