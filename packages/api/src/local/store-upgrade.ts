import { existsSync, renameSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import {
  type AttributeValue,
  BatchWriteItemCommand,
  DynamoDBClient,
  ScanCommand,
  type WriteRequest,
} from "@aws-sdk/client-dynamodb";
import * as Db from "@berdaya/core/db";
import * as Recount from "@berdaya/core/report/recount";
import dynalite from "dynalite";

/** dynalite on loopback over the LevelDB folder `path`. */
export async function openDynalite(path: string) {
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", () => done()));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const folders = (dataDir: string) => ({
  current: join(dataDir, "dynamodb"),
  next: join(dataDir, "dynamodb-next"),
  old: join(dataDir, "dynamodb-old"),
});

/**
 * Finishes what an upgrade interrupted by a crash left: a half-written copy is dropped (the upgrade
 * runs again), and an old store already replaced by its finished copy is removed.
 */
export function settleUpgrade(dataDir: string) {
  // Before anything creates the store's folder: a missing one may be waiting in `next` or `old`.
  const { current, next, old } = folders(dataDir);
  if (existsSync(old) && !existsSync(current)) {
    if (existsSync(next)) renameSync(next, current);
    else renameSync(old, current);
  }
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}

/**
 * Gives a data folder made before one of the table's indexes existed the whole table again. dynalite
 * cannot add an index to a table (DynamoDB's UpdateTable can), so the items are copied into a fresh
 * store that has them all, the report counters are recounted there (so every cell carries what the
 * new index sorts on), and the copy then replaces the old store. Closes `from`.
 */
export async function upgradeStore(
  dataDir: string,
  from: { endpoint: string; close(): Promise<void> },
  missing: string[],
) {
  const { current, next, old } = folders(dataDir);
  const table = Db.currentConfig().table;
  // Once per data folder; a copy of 100,000 enrollments takes a few minutes.
  console.log(JSON.stringify({ level: "info", event: "store_upgrading", table, missing }));
  rmSync(next, { recursive: true, force: true });
  const to = await openDynalite(next);
  try {
    Db.configure({ ...Db.currentConfig(), endpoint: to.endpoint });
    await Db.ensureTable();
    const copied = await copyItems(clientFor(from.endpoint), clientFor(to.endpoint), table);
    await Recount.rebuild();
    console.log(JSON.stringify({ level: "info", event: "store_upgraded", table, items: copied }));
  } finally {
    await to.close();
    await from.close();
  }
  renameSync(current, old);
  renameSync(next, current);
  rmSync(old, { recursive: true, force: true });
}

function clientFor(endpoint: string) {
  return new DynamoDBClient({
    endpoint,
    region: Db.currentConfig().region,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
}

/** Every item of `table` from one store into the other, a Scan page and 25-item batches at a time. */
async function copyItems(from: DynamoDBClient, to: DynamoDBClient, table: string) {
  let copied = 0;
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await from.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, Limit: 500 }));
    const items = page.Items ?? [];
    for (let i = 0; i < items.length; i += 25) {
      let pending: WriteRequest[] = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
      while (pending.length) {
        const { UnprocessedItems } = await to.send(
          new BatchWriteItemCommand({ RequestItems: { [table]: pending } }),
        );
        pending = UnprocessedItems?.[table] ?? [];
      }
    }
    copied += items.length;
    start = page.LastEvaluatedKey;
  } while (start);
  return copied;
}
