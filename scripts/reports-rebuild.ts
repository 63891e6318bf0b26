// Recomputes the report counters from the source items (users, courses, enrollments, certificates).
//   Local:  npm run reports:rebuild [-- --data-dir .data]   (stop `npm start` first: one process per data folder)
//   AWS:    BERDAYA_TABLE=<table> AWS_REGION=ap-southeast-3 npm run reports:rebuild -- --aws
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import * as Recount from "@berdaya/core/report/recount";
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
  const { totals } = await Recount.rebuild();
  console.log("Laporan dihitung ulang:", JSON.stringify(totals));
} catch (error) {
  const message = (error as Error).message;
  if (/lock/i.test(message))
    console.error("Folder data sedang dipakai: hentikan `npm start` dulu, lalu ulangi.");
  else console.error(`Gagal menghitung ulang: ${message}`);
  process.exitCode = 1;
} finally {
  await stores?.close();
}
