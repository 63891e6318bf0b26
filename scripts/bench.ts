// npm run bench — measures Berdaya on this machine and checks the budgets (reported, not pass/fail).
// Starts the local server on a fresh data folder, loads it with autocannon at 1, 16 and 64
// connections, measures raw dynalite and a bare Hono hello-world for ratios, each Lambda function's
// bundle and cold import (scripts/bench/lambda.ts), the web build per route, DynamoDB calls per
// request, and the same endpoints again after growing the data to 10,000 members, 200 courses and 100,000 enrollments.
// Writes bench/results.json. Options: --quick (shorter runs, 1k→10k enrollments for a smoke run).
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { DynamoDBClient, GetItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import autocannon from "autocannon";
import { launch } from "chrome-launcher";
import dynalite from "dynalite";
import lighthouse from "lighthouse";
import { lambdaRows, printRows, type Row } from "./bench/lambda";

// The SDK is pinned for Node 20 on purpose (docs/stack.md); its upgrade notice is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
const seconds = values.quick ? 3 : 6;
const root = join(import.meta.dirname, "..");
// Inside the repo, so the hello-world files there resolve hono from its node_modules.
mkdirSync(join(root, "bench"), { recursive: true });
const work = mkdtempSync(join(root, "bench", ".work-"));
const results: Record<string, unknown> = {
  machine: machine(),
  command: `npm run bench${values.quick ? " -- --quick" : ""}`,
  startedAt: new Date().toISOString(),
};

function machine() {
  const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.+)/)?.[1] ?? "unknown";
  return { cpu, cores: Number(execFileSync("nproc").toString().trim()), node: process.version };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function startServer(dataDir: string) {
  const port = await freePort();
  const child = spawn("node", ["--import", "tsx", "packages/api/src/local/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      BERDAYA_DATA_DIR: dataDir,
      // The workload stands in for a proxy in front of many clients: its X-Forwarded-For is believed.
      BERDAYA_TRUSTED_PROXIES: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  while (!out.includes("Ctrl-C")) await new Promise((r) => setTimeout(r, 100));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    rssMb: () => Number(execFileSync("ps", ["-o", "rss=", "-p", String(child.pid)]).toString()) / 1024,
  };
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(
  url: string,
  connections: number,
  options: Partial<autocannon.Options> = {},
): Promise<Load> {
  const result = await autocannon({ url, connections, duration: seconds, ...options });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: the bench reads a few fields of the API's JSON
const json = async (res: Response) => res.json() as Promise<Record<string, any>>;
const headers = { "content-type": "application/json", "sec-fetch-site": "same-origin" };

/** A learner with a certificate, for the verify and completion endpoints. */
async function prepare(url: string) {
  // From an address of its own: the login load's first requests count against the proxy's (127.0.0.1).
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { ...headers, "x-forwarded-for": "10.0.0.2" },
    body: JSON.stringify({ identifier: "081200000001", password: "berdaya-demo" }),
  });
  const cookie = (login.headers.getSetCookie()[0] as string).split(";")[0] as string;
  await fetch(`${url}/api/courses/berpikir-kreatif/enroll`, {
    method: "POST",
    headers: { ...headers, cookie },
  });
  const certificates = await json(
    await fetch(`${url}/api/admin/certificates?limit=1`, { headers: { cookie: await adminCookie(url) } }),
  );
  return { cookie, code: certificates.items[0]?.code as string | undefined };
}

async function adminCookie(url: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { ...headers, "x-forwarded-for": "10.0.0.1" },
    body: JSON.stringify({ identifier: "admin@berdaya.test", password: "berdaya-demo" }),
  });
  return (res.headers.getSetCookie()[0] as string).split(";")[0] as string;
}

async function endpoints(url: string, connectionsList: number[]) {
  const { cookie, code } = await prepare(url);
  const admin = await adminCookie(url);
  let ip = 0;
  const targets: Record<string, Partial<autocannon.Options>> = {
    "GET /api/courses": { url: `${url}/api/courses` },
    "GET /api/courses/{id}": { url: `${url}/api/courses/berpikir-kreatif` },
    "GET /api/verify/{code}": { url: `${url}/api/verify/${code}` },
    "POST …/lessons/{id}/complete": {
      url: `${url}/api/courses/berpikir-kreatif/lessons/m1-l1/complete`,
      method: "POST",
      headers: { ...headers, cookie },
    },
    "POST /api/auth/login": {
      url: `${url}/api/auth/login`,
      method: "POST",
      headers,
      body: JSON.stringify({ identifier: "081200000002", password: "berdaya-demo" }),
      // A different client address per request, so the per-client limit measures login, not itself.
      setupClient: (client) =>
        client.on("response", () => {
          ip = (ip + 1) % 60000;
          client.setHeaders({ ...headers, "x-forwarded-for": `10.1.${ip >> 8}.${ip & 255}` });
        }),
    },
    "GET /api/admin/reports/summary": { url: `${url}/api/admin/reports/summary`, headers: { cookie: admin } },
  };
  const out: Record<string, Record<number, Load>> = {};
  for (const [name, options] of Object.entries(targets)) {
    out[name] = {};
    for (const connections of connectionsList)
      (out[name] as Record<number, Load>)[connections] = await load(
        options.url as string,
        connections,
        options,
      );
  }
  return out;
}

async function rawDynalite() {
  const db = dynalite({ createTableMs: 0 });
  await new Promise<void>((r) => db.listen(0, "127.0.0.1", () => r()));
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${(db.address() as { port: number }).port}`,
    region: "local",
    credentials: { accessKeyId: "x", secretAccessKey: "x" },
  });
  const { CreateTableCommand, PutItemCommand } = await import("@aws-sdk/client-dynamodb");
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
  const measure = async (op: () => Promise<unknown>, concurrency: number) => {
    let done = 0;
    const until = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < until) {
          await op();
          done++;
        }
      }),
    );
    return Math.round(done / seconds);
  };
  const get = () =>
    client.send(new GetItemCommand({ TableName: "bench", Key: { pk: { S: "p" }, sk: { S: "s1" } } }));
  const query = () =>
    client.send(
      new QueryCommand({
        TableName: "bench",
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: { ":p": { S: "p" } },
      }),
    );
  const out = { getItemPerSecond16: await measure(get, 16), queryPerSecond16: await measure(query, 16) };
  db.close();
  return out;
}

async function helloWorld() {
  const file = join(work, "hello.mjs");
  writeFileSync(
    file,
    `import { Hono } from "hono"; import { serve } from "@hono/node-server"; const app = new Hono().get("/", (c) => c.text("ok")); serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" });`,
  );
  const port = await freePort();
  const child = spawn("node", [file], {
    cwd: join(root, "packages/api"),
    env: { ...process.env, PORT: String(port), NODE_PATH: join(root, "node_modules") },
    stdio: "ignore",
  });
  await new Promise((r) => setTimeout(r, 800));
  const result: Record<number, Load> = {};
  for (const c of [1, 16, 64]) result[c] = await load(`http://127.0.0.1:${port}/`, c);
  child.kill();
  return result;
}

/** Lighthouse (mobile: 360 px, throttled) performance and accessibility for the catalog and a verify page. */
async function lighthouseScores(url: string, code: string) {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const out: Record<string, { performance: number; accessibility: number }> = {};
  try {
    for (const [name, path] of [
      ["catalog", "/"],
      ["verify", `/verify/${code}`],
    ] as const) {
      const result = await lighthouse(`${url}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        formFactor: "mobile",
        screenEmulation: { mobile: true, width: 360, height: 740, deviceScaleFactor: 2, disabled: false },
      });
      const categories = result?.lhr.categories;
      out[name] = {
        performance: Math.round((categories?.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
      };
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

function webRoutes() {
  const dist = join(root, "web/dist/assets");
  const gz = (file: string) => Math.round((gzipSync(readFileSync(join(dist, file))).length / 1024) * 10) / 10;
  const html = readFileSync(join(root, "web/dist/index.html"), "utf8");
  const initial = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  const css = [...html.matchAll(/href="\/assets\/([^"]+\.css)"/g)].map((m) => m[1] as string);
  const chunks = readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.includes(f));
  return {
    catalogInitialJsKbGzip: Math.round(initial.reduce((s, f) => s + gz(f), 0) * 10) / 10,
    initialCssKbGzip: Math.round(css.reduce((s, f) => s + gz(f), 0) * 10) / 10,
    lazyChunksKbGzip: Object.fromEntries(chunks.map((f) => [f.replace(/-[\w-]{8}\.js$/, ""), gz(f)])),
  };
}

async function dbCalls() {
  const { startLocal } = await import("../packages/api/src/local/server");
  const Db = await import("@berdaya/core/db");
  const { app } = await import("@berdaya/api");
  const dir = mkdtempSync(join(work, "calls-"));
  generate(dir, 100, 5, 100, 1);
  const server = await startLocal({ port: 0, dataDir: dir });
  const { cookie, code } = await prepare(server.url);
  let calls = 0;
  Db.client().middlewareStack.add(
    (next) => async (args) => {
      calls++;
      return next(args);
    },
    { step: "initialize", name: "count" },
  );
  const count = async (path: string, init?: RequestInit) => {
    calls = 0;
    await (await app.request(path, init)).arrayBuffer();
    return calls;
  };
  const out = {
    "GET /api/courses": await count("/api/courses"),
    "GET /api/courses/{id}": await count("/api/courses/berpikir-kreatif"),
    "GET /api/verify/{code}": await count(`/api/verify/${code}`),
    "POST …/complete": await count("/api/courses/berpikir-kreatif/lessons/m1-l1/complete", {
      method: "POST",
      headers: { ...headers, cookie },
    }),
    "POST /api/auth/login": await count("/api/auth/login", {
      method: "POST",
      headers: { ...headers, "x-forwarded-for": "10.9.9.9" },
      body: JSON.stringify({ identifier: "081200000003", password: "berdaya-demo" }),
    }),
  };
  await server.close();
  return out;
}

function generate(dataDir: string, members: number, courses: number, enrollments: number, batch: number) {
  execFileSync(
    "node",
    [
      "--import",
      "tsx",
      "scripts/generate.ts",
      "--members",
      String(members),
      "--courses",
      String(courses),
      "--enrollments",
      String(enrollments),
      "--data-dir",
      dataDir,
      "--batch",
      String(batch),
    ],
    { cwd: root, stdio: "inherit" },
  );
}

async function scale() {
  const small = join(work, "scale");
  const [members, courses, big] = values.quick ? [2000, 40, 10_000] : [10_000, 200, 100_000];
  generate(small, 1000, 20, 1000, 1);
  const measure = async () => {
    const server = await startServer(small);
    const { code } = await prepare(server.url);
    const admin = await adminCookie(server.url);
    const out: Record<string, Load> = {
      catalog: await load(`${server.url}/api/courses`, 16),
      coursePage: await load(`${server.url}/api/courses/berpikir-kreatif`, 16),
      verify: await load(`${server.url}/api/verify/${code}`, 16),
      adminSummary: await load(`${server.url}/api/admin/reports/summary`, 16, { headers: { cookie: admin } }),
    };
    const rssMb = Math.round(server.rssMb());
    server.child.kill("SIGTERM");
    await new Promise((r) => server.child.on("exit", r));
    return { ...out, rssMb };
  };
  const at1k = await measure();
  generate(small, members - 1000, courses - 20, big - 1000, 2);
  const atBig = await measure();
  return {
    sizes: {
      small: "1,000 members, 20 courses, 1,000 enrollments",
      big: `${members} members, ${courses} courses, ${big} enrollments`,
    },
    at1k,
    atBig,
  };
}

const started = Date.now();
try {
  mkdirSync(join(root, "bench"), { recursive: true });
  execFileSync("npm", ["run", "-s", "build:web"], { cwd: root, stdio: "ignore" });
  // 1,000 members with enrollments and certificates, so verify and the summary have real data.
  const dataDir = join(work, "main");
  generate(dataDir, 1000, 20, 1000, 1);
  const server = await startServer(dataDir);
  results.endpoints = await endpoints(server.url, [1, 16, 64]);
  results.lighthouse = await lighthouseScores(server.url, (await prepare(server.url)).code as string);
  results.serverRssMbAfterLoad = Math.round(server.rssMb());
  server.child.kill("SIGTERM");
  results.rawDynalite = await rawDynalite();
  results.helloWorld = await helloWorld();
  // One row per measure with its budget, the shape bench/results.json keeps (docs/decisions/0015).
  results.rows = await lambdaRows(work);
  results.web = webRoutes();
  results.dynamoCallsPerRequest = await dbCalls();
  results.scale = await scale();
  results.seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(join(root, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  report(results as never);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function report(r: {
  endpoints: Record<string, Record<number, Load>>;
  rawDynalite: { getItemPerSecond16: number; queryPerSecond16: number };
  helloWorld: Record<number, Load>;
  rows: Row[];
  web: { catalogInitialJsKbGzip: number };
  dynamoCallsPerRequest: Record<string, number>;
  scale: { at1k: Record<string, Load> & { rssMb: number }; atBig: Record<string, Load> & { rssMb: number } };
  serverRssMbAfterLoad: number;
}) {
  const rows = Object.entries(r.endpoints).flatMap(([name, byConn]) =>
    Object.entries(byConn).map(
      ([c, l]) =>
        `${name.padEnd(32)} ${c.padStart(3)}  ${String(l.rps).padStart(6)}/s  p50 ${String(l.p50).padStart(4)} ms  p99 ${String(l.p99).padStart(5)} ms  ${String(Math.round((l.rps / (r.helloWorld[Number(c)]?.rps ?? 1)) * 100)).padStart(3)}% of hello-world${l.errors ? `  (${l.errors} non-2xx)` : ""}`,
    ),
  );
  const verify16 = r.endpoints["GET /api/verify/{code}"]?.[16]?.rps ?? 0;
  const budget = (ok: boolean, text: string) => `${ok ? "MET   " : "NOT MET"} ${text}`;
  const p99 = (k: string) => [r.scale.at1k[k]?.p99 ?? 0, r.scale.atBig[k]?.p99 ?? 0];
  console.log(
    [
      "",
      `Berdaya bench — ${JSON.stringify(results.machine)}`,
      "endpoint                         conn      req/s     latency",
      ...rows,
      `raw dynalite GetItem (16): ${r.rawDynalite.getItemPerSecond16}/s, Query (16): ${r.rawDynalite.queryPerSecond16}/s; hello-world (16): ${r.helloWorld[16]?.rps}/s`,
      `DynamoDB calls per request: ${JSON.stringify(r.dynamoCallsPerRequest)}`,
      `Lighthouse (mobile): ${JSON.stringify(results.lighthouse)}`,
      `scale p99 (16 conns) small → big: ${["catalog", "coursePage", "verify", "adminSummary"].map((k) => `${k} ${p99(k).join(" → ")} ms`).join(", ")}; server RSS ${r.scale.at1k.rssMb} → ${r.scale.atBig.rssMb} MB`,
      "Budgets:",
      budget(
        verify16 >= 0.6 * r.rawDynalite.getItemPerSecond16,
        `verify ≥ 60% of raw GetItem at 16 conns: ${Math.round((verify16 / r.rawDynalite.getItemPerSecond16) * 100)}%`,
      ),
      budget(
        r.web.catalogInitialJsKbGzip <= 35,
        `catalog initial JS ≤ 35 KB gzip: ${r.web.catalogInitialJsKbGzip} KB`,
      ),
      budget(
        ["GET /api/courses", "GET /api/courses/{id}", "GET /api/verify/{code}"].every(
          (k) => (r.dynamoCallsPerRequest[k] ?? 99) <= 2,
        ),
        "≤ 2 DynamoDB calls for catalog, course page and verify",
      ),
      budget(
        ["catalog", "coursePage", "verify", "adminSummary"].every((k) => {
          const [a, b] = p99(k);
          return (b ?? 0) <= 1.5 * Math.max(a ?? 1, 1);
        }),
        "p99 at the big size within 1.5× of the small size",
      ),
      budget(
        Math.max(r.scale.atBig.rssMb, r.serverRssMbAfterLoad) < 300,
        `local server memory < 300 MB: ${Math.max(r.scale.atBig.rssMb, r.serverRssMbAfterLoad)} MB`,
      ),
    ].join("\n"),
  );
  console.log("Lambda functions (bundled as SST deploys them; budgets on the marked rows):");
  printRows(r.rows);
  console.log(`(bench/results.json written; ${results.seconds} s)`);
}
