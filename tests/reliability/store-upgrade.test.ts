import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateTableCommand, DynamoDBClient, ScanCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import type { Actor } from "@berdaya/core/actor";
import * as Db from "@berdaya/core/db";
import * as Report from "@berdaya/core/report";
import * as Recount from "@berdaya/core/report/recount";
import * as Seed from "@berdaya/core/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStores } from "../../packages/api/src/local/server";
import { openDynalite } from "../../packages/api/src/local/store-upgrade";
import { comparable, keptReport } from "../support/reports";

/**
 * A local data folder made before the table had its `rank` index (dynalite cannot add an index):
 * the next start copies it into a store with every index, recounts the report, and loses nothing,
 * also when a start is cut short half-way through the upgrade.
 */
const dataDir = mkdtempSync(join(tmpdir(), "berdaya-upgrade-"));
const admin: Actor = { userId: "upgrade-test", role: "admin", name: "Uji" };
let keysBefore: string[];
let untaken: string;

async function keys(endpoint: string) {
  const client = new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const all: string[] = [];
  let start: Record<string, import("@aws-sdk/client-dynamodb").AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: "berdaya", ExclusiveStartKey: start }));
    all.push(...(page.Items ?? []).map((item) => `${item.pk?.S} ${item.sk?.S}`));
    start = page.LastEvaluatedKey;
  } while (start);
  return all.sort();
}

beforeAll(async () => {
  // The store as an earlier version left it: the table with gsi1 and gsi2 only, the demo data, and a
  // course cell counted before every count wrote `enrollments`.
  const old = await openDynalite(join(dataDir, "dynamodb"));
  Db.configure({ endpoint: old.endpoint, table: "berdaya", region: "local" });
  const earlier = Db.globalIndexes.filter((index) => index.name !== "rank");
  await Db.client().send(new CreateTableCommand(Db.tableInput("berdaya", earlier)));
  expect(await Db.missingIndexes()).toEqual(["rank"]);
  await Seed.seedDemo({ issuerUrl: "http://localhost:8080" });
  const courses = (await Report.cellsStored()).filter((cell) => cell.dimension === "course");
  untaken = (courses.find((cell) => !cell.enrollments) ?? courses[0])?.key as string;
  await Db.client().send(
    new UpdateItemCommand({
      TableName: "berdaya",
      Key: { pk: { S: "$berdaya" }, sk: { S: `$stat_1#dimension_course#key_${untaken}` } },
      UpdateExpression: "REMOVE enrollments",
    }),
  );
  keysBefore = await keys(old.endpoint);
  await old.close();
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("a data folder from before the rank index", () => {
  it("is upgraded on start: every item kept, the index there, every course in the report's list", async () => {
    const stores = await startStores(dataDir);
    try {
      expect(await Db.missingIndexes()).toEqual([]);
      expect(await keys(Db.currentConfig().endpoint as string)).toEqual(keysBefore);
      const courses = await Report.coursePage(admin, { limit: 100 });
      expect(courses.items.map((row) => row.key)).toContain(untaken);
      expect(await keptReport(admin)).toEqual(comparable(Report.shape(await Recount.recount())));
    } finally {
      await stores.close();
    }
    expect(existsSync(join(dataDir, "dynamodb-next"))).toBe(false);
    expect(existsSync(join(dataDir, "dynamodb-old"))).toBe(false);
  }, 120_000);

  it("keeps the finished copy when a start stopped between replacing the old store and the new", async () => {
    // As a crash right after the old store was moved aside and before the copy took its place.
    renameSync(join(dataDir, "dynamodb"), join(dataDir, "dynamodb-next"));
    mkdirSync(join(dataDir, "dynamodb-old"));
    writeFileSync(join(dataDir, "dynamodb-old", "LOCK"), "");
    const stores = await startStores(dataDir);
    try {
      expect(await Db.missingIndexes()).toEqual([]);
      expect(await keys(Db.currentConfig().endpoint as string)).toEqual(keysBefore);
    } finally {
      await stores.close();
    }
    expect(existsSync(join(dataDir, "dynamodb-old"))).toBe(false);
  }, 120_000);
});
