// The Lambda functions by weight (docs/decisions/0015): each function bundled exactly as SST deploys
// it (stacks/bundling.ts), its JS loaded at cold start, all its JS, and its cold import time, against
// a hello-world Hono Lambda bundled the same way. Part of `npm run bench`; alone: `npx tsx scripts/bench/lambda.ts`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { bundledFile, esbuildOptions, HANDLERS } from "../../stacks/bundling";

export interface Row {
  measure: string;
  value: number;
  /** The most (or, for ratios, at least) the value may be; null when the row is for reference. */
  budget: number | null;
  met: boolean | null;
}

const root = join(import.meta.dirname, "../..");

/** Bytes of the entry and every chunk it imports statically: what a cold start reads and compiles. */
function coldStartBytes(metafile: Metafile, entry: string): number {
  const outputs = metafile.outputs;
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of outputs[file]?.imports ?? [])
      if (i.kind === "import-statement" && !i.external) queue.push(i.path);
  }
  return [...seen].reduce((sum, file) => sum + (outputs[file]?.bytes ?? 0), 0);
}

/** The median of seven fresh `node` processes each importing the bundle (the Lambda init phase's module load). */
function coldImportMs(file: string): number {
  const runs = Array.from({ length: 7 }, () =>
    Number(
      execFileSync(
        "node",
        [
          "-e",
          `const t=performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now()-t)`,
        ],
        {
          // No signing key: on AWS it is fetched from SSM only when a request first signs
          // (packages/api/src/aws-secrets.ts). The SDK's Node 22 notice is known (docs/stack.md).
          env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
          input: "",
        },
      ).toString(),
    ),
  ).sort((a, b) => a - b);
  return Math.round((runs[3] as number) * 10) / 10;
}

async function measure(entry: string, outdir: string) {
  const { metafile } = await build(esbuildOptions(entry, outdir));
  const outputs = (metafile as Metafile).outputs;
  // Each dynamic import is an entry point of its own chunk: the function's file is the one named after it.
  const main = Object.keys(outputs).find((file) => file.endsWith(`/${bundledFile(entry)}`)) as string;
  return {
    coldStartKb: Math.round(coldStartBytes(metafile as Metafile, main) / 1024),
    allKb: Math.round(Object.values(outputs).reduce((sum, o) => sum + o.bytes, 0) / 1024),
    coldImportMs: coldImportMs(join(outdir, bundledFile(entry))),
  };
}

/** Rows for each function of stacks/api.ts and the hello-world; `work` must be inside the repo (node_modules). */
export async function lambdaRows(work: string): Promise<Row[]> {
  const dir = join(work, "lambda");
  mkdirSync(dir, { recursive: true });
  const helloEntry = join(dir, "hello.ts");
  writeFileSync(
    helloEntry,
    `import { Hono } from "hono"; import { handle } from "hono/aws-lambda"; export const handler = handle(new Hono().get("/", (c) => c.text("ok")));`,
  );
  const hello = await measure(helloEntry, join(dir, "hello"));
  // The floor for any function that reads DynamoDB: the runtime's SDK clients, which the bundle imports.
  const sdkEntry = join(dir, "sdk.ts");
  writeFileSync(
    sdkEntry,
    `export * from "@aws-sdk/client-dynamodb"; export * from "@aws-sdk/lib-dynamodb"; export * from "@aws-sdk/util-dynamodb";`,
  );
  const sdk = await measure(sdkEntry, join(dir, "sdk"));
  const rows: Row[] = [
    {
      measure: "DynamoDB SDK alone (the runtime's): cold import (ms)",
      value: sdk.coldImportMs,
      budget: null,
      met: null,
    },
    {
      // What the lean function's ≤ 2× budget is up against: any function that imports the SDK pays this.
      measure: "DynamoDB SDK alone: cold import ÷ hello-world (×)",
      value: Math.round((sdk.coldImportMs / hello.coldImportMs) * 10) / 10,
      budget: null,
      met: null,
    },
    { measure: "hello-world Hono Lambda: JS (KB)", value: hello.allKb, budget: null, met: null },
    {
      measure: "hello-world Hono Lambda: cold import (ms)",
      value: hello.coldImportMs,
      budget: null,
      met: null,
    },
  ];
  for (const [name, handler] of Object.entries(HANDLERS)) {
    const entry = join(root, handler.replace(/\.handler$/, ".ts"));
    const m = await measure(entry, join(dir, name));
    const lean = name === "lean";
    const kbBudget = lean ? 150 : 400;
    rows.push(
      {
        measure: `${name} function: JS loaded at cold start (KB)`,
        value: m.coldStartKb,
        budget: kbBudget,
        met: m.coldStartKb <= kbBudget,
      },
      {
        measure: `${name} function: all JS, lazy chunks included (KB)`,
        value: m.allKb,
        budget: null,
        met: null,
      },
      { measure: `${name} function: cold import (ms)`, value: m.coldImportMs, budget: null, met: null },
    );
    if (lean) {
      const ratio = Math.round((m.coldImportMs / hello.coldImportMs) * 10) / 10;
      rows.push({
        measure: "lean function: cold import ÷ hello-world (×)",
        value: ratio,
        budget: 2,
        met: ratio <= 2,
      });
    }
  }
  return rows;
}

export function printRows(rows: Row[]) {
  for (const r of rows)
    console.log(
      `${r.met === null ? "       " : r.met ? "MET    " : "MISSED "}${r.measure.padEnd(58)} ${String(r.value).padStart(8)}${r.budget === null ? "" : `  (budget ${r.budget})`}`,
    );
}

if (process.argv[1] === import.meta.filename) {
  mkdirSync(join(root, "bench"), { recursive: true });
  const work = mkdtempSync(join(root, "bench", ".work-"));
  try {
    printRows(await lambdaRows(work));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
