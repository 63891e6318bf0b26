import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ResourceNotFoundException,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { Service } from "electrodb";
import * as v from "valibot";
import { invalid } from "../error/index";
import { entities } from "./entities";

// SDK v3 is pinned to a release that supports Node 20 (docs/stack.md); its "Node 22 soon" notice is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

export interface DbConfig {
  table: string;
  region: string;
  /** Set for dynalite (local mode and tests); unset on AWS. */
  endpoint?: string;
}

function fromEnv(): DbConfig {
  return {
    table: process.env.BERDAYA_TABLE ?? "berdaya",
    region: process.env.AWS_REGION ?? "ap-southeast-3",
    endpoint: process.env.BERDAYA_DYNAMODB_ENDPOINT || undefined,
  };
}

let config: DbConfig = fromEnv();
let dynamo: DynamoDBClient | undefined;

export const service = new Service(entities);

/** Points the data layer at a table; local mode and tests call this with dynalite's endpoint. */
export function configure(next: Partial<DbConfig>) {
  config = { ...fromEnv(), ...next };
  dynamo = undefined;
  service.setClient(client());
  service.setTableName(config.table);
}

export function currentConfig(): Readonly<DbConfig> {
  return config;
}

export function client(): DynamoDBClient {
  dynamo ??= new DynamoDBClient({
    region: config.region,
    ...(config.endpoint
      ? { endpoint: config.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
    maxAttempts: 3,
    // A request never hangs: an unreachable store fails fast and the API answers 503.
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000, throwOnRequestTimeout: true },
  });
  return dynamo;
}

configure({});

/**
 * The item at a table key, unformatted (give it to the entity's `parse`): one GetItem straight
 * through the client. For the hottest public read, a certificate by its code, where ElectroDB's
 * per-call parameter building and error stack capture were a tenth of the request (ADR 16).
 */
export async function itemAt(key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
  const { Item } = await client().send(
    new GetItemCommand({ TableName: config.table, Key: { pk: { S: key.pk }, sk: { S: key.sk } } }),
  );
  return Item && unmarshall(Item);
}

const unavailableCodes = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "TimeoutError",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
]);

/** True when an error means the store is unreachable or throttling, rather than a bug or bad input. */
export function isUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      name?: string;
      code?: string;
      cause?: unknown;
      $metadata?: { httpStatusCode?: number };
    };
    if (unavailableCodes.has(e.name ?? "") || unavailableCodes.has(e.code ?? "")) return true;
    if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return true;
    current = e.cause;
  }
  return false;
}

type KeyType = "S" | "N";
/**
 * The table's global secondary indexes: name, partition key and sort key with their types. The
 * storage stack (stacks/storage.ts) declares the same.
 */
export const globalIndexes: { name: string; pk: [string, KeyType]; sk: [string, KeyType] }[] = [
  { name: "gsi1", pk: ["gsi1pk", "S"], sk: ["gsi1sk", "S"] },
  { name: "gsi2", pk: ["gsi2pk", "S"], sk: ["gsi2sk", "S"] },
  // The report's cells of one dimension, by their enrollment count (ADR 0016): a numeric sort key
  // that the counters' atomic ADD keeps in order.
  { name: "rank", pk: ["dimension", "S"], sk: ["enrollments", "N"] },
];

/** The table as CreateTable makes it, with `indexes` (all of `globalIndexes` unless told otherwise). */
export function tableInput(TableName: string, indexes = globalIndexes): CreateTableCommandInput {
  const keys = [["pk", "S"] as const, ["sk", "S"] as const, ...indexes.flatMap((i) => [i.pk, i.sk])];
  return {
    TableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: keys.map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    KeySchema: [
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: indexes.map(({ name, pk, sk }) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: pk[0], KeyType: "HASH" },
        { AttributeName: sk[0], KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    })),
  };
}

/**
 * Creates the single table with its indexes when it is missing. Local mode and tests only: on AWS
 * the storage stack owns the table.
 */
export async function ensureTable(): Promise<"created" | "existed"> {
  const TableName = currentConfig().table;
  if (await describeIndexes()) return "existed";
  await client().send(new CreateTableCommand(tableInput(TableName)));
  await waitUntilTableExists({ client: client(), maxWaitTime: 30, minDelay: 1 }, { TableName });
  return "created";
}

/** The names of the table's global secondary indexes, or null when there is no table. */
async function describeIndexes(): Promise<string[] | null> {
  try {
    const { Table } = await client().send(new DescribeTableCommand({ TableName: currentConfig().table }));
    return (Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName as string);
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return null;
    throw error;
  }
}

/** The indexes in `globalIndexes` that the existing table lacks (a local data folder made before them). */
export async function missingIndexes(): Promise<string[]> {
  const have = (await describeIndexes()) ?? [];
  return globalIndexes.map((index) => index.name).filter((name) => !have.includes(name));
}

/** `?cursor=&limit=` as every list takes them (limit at most 100). */
export const pageEntries = {
  cursor: v.optional(v.pipe(v.string(), v.maxLength(2048))),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,3}$/), v.transform(Number), v.minValue(1), v.maxValue(100)),
    "20",
  ),
};

/** Runs one page of a Query; a cursor we did not hand out is the caller's mistake (400), not a 500. */
export async function page<T>(cursor: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    // ElectroDB cannot decode it, or DynamoDB refuses it as a start key.
    if (cursor && !isUnavailable(error)) throw invalid("invalid_cursor");
    throw error;
  }
}

/** True when a conditional write was refused because its condition did not hold. */
export const isConditionFailure = (error: unknown) =>
  (error as { cause?: { name?: string } }).cause?.name === "ConditionalCheckFailedException";

/**
 * Makes an ADD happen once per event, without transactions: the item keeps the ids of the events it
 * has counted (`applied`), and the update only runs while the id is not among them. A retried
 * follow-up therefore cannot count twice; the reconciler removes the ids of settled events.
 */
export async function once(
  eventId: string,
  // biome-ignore lint/suspicious/noExplicitAny: any ElectroDB update chain on an entity with `applied`
  update: { add(values: any): any },
): Promise<"applied" | "already"> {
  try {
    await update
      .add({ applied: [eventId] })
      .where((attr: { applied: unknown }, op: { notContains(a: unknown, v: string): string }) =>
        op.notContains(attr.applied, eventId),
      )
      .go();
    return "applied";
  } catch (error) {
    if (isConditionFailure(error)) return "already";
    throw error;
  }
}
