// Finishes the follow-ups a fault left pending (certificates, report counts, account deletions).
//   Local:  npm run reconcile [-- --data-dir .data]   (stop `npm start` first: one process per data folder;
//           a running local server reconciles by itself every few minutes)
//   AWS:    a scheduled function runs the same code (stacks/api.ts); by hand:
//           BERDAYA_TABLE=<table> AWS_REGION=ap-southeast-3 npm run reconcile -- --aws
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import * as Reconcile from "@berdaya/core/reconcile";
import { startStores } from "../packages/api/src/local/server";

const { values } = parseArgs({
  options: {
    "data-dir": { type: "string", default: process.env.BERDAYA_DATA_DIR ?? ".data" },
    aws: { type: "boolean", default: false },
  },
});

let stores: { close(): Promise<void> } | undefined;
try {
  if (!values.aws) stores = await startStores(resolve(values["data-dir"]));
  const result = await Reconcile.run();
  console.log(
    `Diselesaikan: ${result.settled}, dibuang: ${result.dropped}, gagal: ${result.failed}, penanda dibersihkan: ${result.swept}`,
  );
  if (result.failed) process.exitCode = 1;
} catch (error) {
  const message = (error as Error).message;
  if (/lock/i.test(message))
    console.error("Folder data sedang dipakai: hentikan `npm start` dulu, lalu ulangi.");
  else console.error(`Gagal merekonsiliasi: ${message}`);
  process.exitCode = 1;
} finally {
  await stores?.close();
}
