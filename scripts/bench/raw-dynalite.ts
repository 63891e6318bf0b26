// Raw dynalite for `npm run bench`: the SDK client and dynalite in one process, as in the local
// server, with nothing of the app between them. Prints JSON:
// - `getItemPerSecond16`, the verify share's denominator: GetItem of the certificate the verify load
//   read, on the store it read it from (the server stopped first: LevelDB locks its folder), so the
//   share is what the app adds to that read (docs/decisions/0016);
// - `smallItemInMemoryGetItemPerSecond16`, the denominator before: a 400-byte item in an in-memory
//   table; and `queryPerSecond16` there.
// Each is warmed up for 2 s (a cold run read 350–620/s where a warm one read 720–880/s), then the
// median of three runs. Run by scripts/bench.ts with the server's node flags: STORE_DIR, CODE, SECONDS.
import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
} from "@aws-sdk/client-dynamodb";
import { keyOf } from "@berdaya/core/certificate";
import dynalite from "dynalite";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const seconds = Number(process.env.SECONDS ?? 6);

async function rate(op: () => Promise<unknown>, concurrency: number, runSeconds: number) {
  let done = 0;
  const until = Date.now() + runSeconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        await op();
        done++;
      }
    }),
  );
  return Math.round(done / runSeconds);
}

async function steadyRate(op: () => Promise<unknown>) {
  await rate(op, 16, 2);
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await rate(op, 16, seconds));
  return runs.sort((a, b) => a - b)[1] as number;
}

async function openDynalite(path?: string) {
  const db = dynalite({ createTableMs: 0, ...(path ? { path } : {}) });
  await new Promise<void>((r) => db.listen(0, "127.0.0.1", () => r()));
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${(db.address() as { port: number }).port}`,
    region: "local",
    credentials: { accessKeyId: "x", secretAccessKey: "x" },
  });
  return { client, close: () => new Promise<void>((r) => db.close(() => r())) };
}

const store = await openDynalite(process.env.STORE_DIR);
const Key = Object.fromEntries(Object.entries(keyOf(process.env.CODE as string)).map(([k, S]) => [k, { S }]));
const { Item } = await store.client.send(new GetItemCommand({ TableName: "berdaya", Key }));
if (!Item) throw new Error(`certificate ${process.env.CODE} not in ${process.env.STORE_DIR}`);
const getItemPerSecond16 = await steadyRate(() =>
  store.client.send(new GetItemCommand({ TableName: "berdaya", Key })),
);
await store.close();

const { client, close } = await openDynalite();
await client.send(
  new CreateTableCommand({
    TableName: "bench",
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [
      { AttributeName: "pk", AttributeType: "S" },
      { AttributeName: "sk", AttributeType: "S" },
    ],
    KeySchema: [
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ],
  }),
);
for (let i = 0; i < 20; i++)
  await client.send(
    new PutItemCommand({
      TableName: "bench",
      Item: { pk: { S: "p" }, sk: { S: `s${i}` }, body: { S: "x".repeat(400) } },
    }),
  );
const out = {
  getItemPerSecond16,
  certificateItemBytes: JSON.stringify(Item).length,
  smallItemInMemoryGetItemPerSecond16: await steadyRate(() =>
    client.send(new GetItemCommand({ TableName: "bench", Key: { pk: { S: "p" }, sk: { S: "s1" } } })),
  ),
  queryPerSecond16: await steadyRate(() =>
    client.send(
      new QueryCommand({
        TableName: "bench",
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: { ":p": { S: "p" } },
      }),
    ),
  ),
};
await close();
console.log(JSON.stringify(out));
