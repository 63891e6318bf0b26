// npm run bench — measures Berdaya on this machine and checks the budgets (reported, not pass/fail).
// Starts the local server on a fresh data folder, loads it with autocannon at 1, 16 and 64
// connections, measures raw dynalite and a bare Hono hello-world for ratios, each Lambda function's
// bundle and cold import (scripts/bench/lambda.ts), the web build per route, DynamoDB calls per request, and the same endpoints again
// after growing the data to 10,000 members, 200 courses and 100,000 enrollments.
// Then a cheap phone on slow 3G opens the catalog and a lesson in Chromium (scripts/bench/slow-phone.ts).
// Prints every budget as a row (measure, value, budget, MET/MISSED) and writes bench/results.json
// { machine, command, date, rows, details }. Rows come from `rowProducers`: other bench files
// (scripts/bench/*.ts) add theirs there. Options: --quick (shorter runs, 1k→10k enrollments).
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { countCalls } from "../tests/support/faults";
import { publishShortCourse } from "../tests/support/learning";
import { login, startTestServer } from "../tests/support/local";
import { lambdaRows } from "./bench/lambda";
import { firstPaint, gzipKb } from "./bench/slow-phone";

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
  date: new Date().toISOString(),
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

/** Every server the bench started, stopped at the end even when a measurement failed. */
const servers: ReturnType<typeof spawn>[] = [];

/** What `npm start` runs after building the web app (its variables and node flags bound the memory). */
function devCommand() {
  const words = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts.dev as string).split(
    " ",
  );
  const variables = Object.fromEntries(
    words.filter((word) => /^\w+=/.test(word)).map((word) => word.split("=") as [string, string]),
  );
  const [command, ...args] = words.filter((word) => !/^\w+=/.test(word));
  return { command: command as string, args, variables };
}

async function startServer(dataDir: string) {
  const port = await freePort();
  const { command, args, variables } = devCommand();
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      ...variables,
      PORT: String(port),
      HOST: "127.0.0.1",
      BERDAYA_DATA_DIR: dataDir,
      // The workload stands in for a proxy in front of many clients: its X-Forwarded-For is believed.
      BERDAYA_TRUSTED_PROXIES: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  servers.push(child);
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
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    // Its own client address: the login load before may have used up the loopback's login limit.
    headers: { ...headers, "x-forwarded-for": "10.0.0.2" },
    body: JSON.stringify({ identifier: "081200000001", password: "berdaya-demo" }),
  });
  if (login.status !== 200) throw new Error(`bench learner login: ${login.status} ${await login.text()}`);
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

/**
 * Raw dynalite (scripts/bench/raw-dynalite.ts) in a fresh process started like the server, so the
 * verify share compares two processes in the same state: the bench's own, after Lighthouse, read
 * about half the rate a fresh one does.
 */
function rawDynalite(storeDir: string, code: string) {
  const { command, args, variables } = devCommand();
  const out = execFileSync(
    command,
    [...args.filter((a) => a !== "packages/api/src/local/main.ts"), "scripts/bench/raw-dynalite.ts"],
    {
      cwd: root,
      env: { ...process.env, ...variables, STORE_DIR: storeDir, CODE: code, SECONDS: String(seconds) },
    },
  );
  return JSON.parse(out.toString());
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

/** DynamoDB calls per request, counted in-process on the seeded demo plus generated data. */
async function dbCalls() {
  const dir = mkdtempSync(join(work, "calls-"));
  generate(dir, 100, 5, 100, 1);
  const server = await startTestServer({ dataDir: dir });
  const { cookie, code } = await prepare(server.url);
  const count = (path: string, init?: RequestInit) =>
    countCalls(async () => (await server.request(path, init)).arrayBuffer());
  const learner = { ...headers, cookie };
  // A trainer's one-lesson course: marking its lesson done completes the course (certificate, counts).
  const trainer = await login(server, "pelatih1@berdaya.test");
  const short = await publishShortCourse(server, trainer, await login(server, "admin@berdaya.test"));
  await server.request(`/api/courses/${short.id}/enroll`, { method: "POST", headers: learner });
  const out = {
    "GET /api/courses": await count("/api/courses"),
    "GET /api/courses/{id}": await count("/api/courses/berpikir-kreatif"),
    "GET /api/verify/{code}": await count(`/api/verify/${code}`),
    "POST …/complete": await count("/api/courses/berpikir-kreatif/lessons/m1-l1/complete", {
      method: "POST",
      headers: learner,
    }),
    "POST …/complete (completes the course)": await count(
      `/api/courses/${short.id}/lessons/${short.lessonId}/complete`,
      { method: "POST", headers: learner },
    ),
    "POST /api/auth/login": await count("/api/auth/login", {
      method: "POST",
      headers: { ...headers, "x-forwarded-for": "10.9.9.9" },
      body: JSON.stringify({ identifier: "081200000003", password: "berdaya-demo" }),
    }),
  };
  await server.stop();
  return out;
}

/** The catalog and a lesson on a cheap phone over slow 3G, cold (scripts/bench/slow-phone.ts). */
async function slowPhone(url: string, cookie: string) {
  const catalog = await firstPaint(url, "/", ["[data-testid=course-card]"]);
  // The lesson's text (shown before the player's code arrives), then the player with its buttons: the
  // route's JS is what the page loaded by then.
  const lesson = await firstPaint(
    url,
    "/courses/berpikir-kreatif/lessons/m1-l1",
    ["[data-testid=lesson-body] p", "[data-testid=mark-complete], [data-testid=lesson-completed]"],
    cookie,
  );
  const html = readFileSync(join(root, "web/dist/index.html"), "utf8");
  const initial = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  const routeOnly = [...new Set(lesson.scripts)].filter((f) => !initial.includes(f));
  return {
    firstCatalogCardMs: catalog.ms[0],
    firstLessonParagraphMs: lesson.ms[0],
    lessonPlayerReadyMs: lesson.ms[1],
    lessonRouteJsKbGzip: gzipKb(routeOnly),
    lessonRouteJsWithInitialKbGzip: gzipKb([...new Set(lesson.scripts)]),
    lessonRouteScripts: routeOnly,
  };
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
    const runs: [string, string, Partial<autocannon.Options>][] = [
      ["catalog", "/api/courses", {}],
      ["coursePage", "/api/courses/berpikir-kreatif", {}],
      ["verify", `/api/verify/${code}`, {}],
      ["adminSummary", "/api/admin/reports/summary", { headers: { cookie: admin } }],
    ];
    // A p99 is the tail of a few hundred requests: each endpoint is first warmed up (JIT, LevelDB's
    // caches and its compaction after the bulk load), then measured for longer than the other runs.
    for (const [, path, options] of runs) await load(`${server.url}${path}`, 16, { ...options, duration: 2 });
    const out: Record<string, Load> = {};
    for (const [name, path, options] of runs)
      out[name] = await load(`${server.url}${path}`, 16, { ...options, duration: seconds * 2 });
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

// biome-ignore lint/suspicious/noExplicitAny: the raw measurements, read back by the row producers
type Details = Record<string, any>;

/** One budget line of the bench: what was measured, its value, and whether the budget was met. */
export interface Row {
  measure: string;
  value: number;
  unit: string;
  /** The budget as written in issue 14 (e.g. "≤ 2.5"), or null for a figure reported without one. */
  budget: string | null;
  met: boolean | null;
}

const within = (value: number, limit: number) => ({ budget: `≤ ${limit}`, met: value <= limit });
const atLeast = (value: number, limit: number) => ({ budget: `≥ ${limit}`, met: value >= limit });
const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 1)) * 100) / 100;

/** This file's rows, from the measurements in `d`. */
function rows(d: Details): Row[] {
  const verify16 = d.endpoints["GET /api/verify/{code}"][16].rps as number;
  const verifyShare = Math.round((verify16 / d.rawDynalite.getItemPerSecond16) * 100);
  const p99 = (k: string) => ratio(d.scale.atBig[k].p99, d.scale.at1k[k].p99);
  const rss = Math.max(d.serverRssMbAfterLoad, d.scale.at1k.rssMb, d.scale.atBig.rssMb);
  const calls = d.dynamoCallsPerRequest as Record<string, number>;
  const phone = d.slowPhone;
  return [
    {
      measure: "first catalog card, slow-3G phone, cold",
      value: phone.firstCatalogCardMs / 1000,
      unit: "s",
      ...within(phone.firstCatalogCardMs / 1000, 2.5),
    },
    {
      measure: "first lesson paragraph, slow-3G phone, cold",
      value: phone.firstLessonParagraphMs / 1000,
      unit: "s",
      ...within(phone.firstLessonParagraphMs / 1000, 3),
    },
    {
      measure: "lesson player ready (its buttons), slow-3G phone, cold",
      value: phone.lessonPlayerReadyMs / 1000,
      unit: "s",
      budget: null,
      met: null,
    },
    {
      measure: "lesson route JS beyond the app's initial JS",
      value: phone.lessonRouteJsKbGzip,
      unit: "KB gzip",
      ...within(phone.lessonRouteJsKbGzip, 35),
    },
    {
      measure: "lesson route JS with the app's initial JS",
      value: phone.lessonRouteJsWithInitialKbGzip,
      unit: "KB gzip",
      budget: null,
      met: null,
    },
    {
      measure: "catalog initial JS",
      value: d.web.catalogInitialJsKbGzip,
      unit: "KB gzip",
      ...within(d.web.catalogInitialJsKbGzip, 35),
    },
    {
      measure: "verify req/s ÷ raw dynalite GetItem, 16 conns",
      value: verifyShare,
      unit: "%",
      ...atLeast(verifyShare, 60),
    },
    ...["adminSummary", "catalog", "coursePage", "verify"].map((k) => ({
      measure: `${k} p99, big ÷ small data, 16 conns`,
      value: p99(k),
      unit: "×",
      ...within(p99(k), 1.5),
    })),
    { measure: "local server RSS through the bench", value: rss, unit: "MB", ...within(rss, 300) },
    {
      measure: "lesson completion DynamoDB calls",
      value: calls["POST …/complete"] as number,
      unit: "calls",
      ...within(calls["POST …/complete"] as number, 4),
    },
    {
      measure: "course completion DynamoDB calls (with its durable follow-ups)",
      value: calls["POST …/complete (completes the course)"] as number,
      unit: "calls",
      budget: null,
      met: null,
    },
    ...["GET /api/courses", "GET /api/courses/{id}", "GET /api/verify/{code}"].map((k) => ({
      measure: `${k} DynamoDB calls`,
      value: calls[k] as number,
      unit: "calls",
      ...within(calls[k] as number, 2),
    })),
  ];
}

/**
 * Everything that adds rows to the bench, each given the measurements made above. Another bench
 * file adds its producer here (e.g. scripts/bench/lambda.ts for the Lambda functions).
 */
const rowProducers: ((details: Details) => Row[] | Promise<Row[]>)[] = [
  rows,
  // Each Lambda function bundled as SST deploys it (docs/decisions/0015).
  async () =>
    (await lambdaRows(work)).map(({ measure, value, budget, met }) => ({
      measure: measure.replace(/ \((KB|ms|×)\)$/, ""),
      value,
      unit: /\((KB|ms|×)\)$/.exec(measure)?.[1] ?? "",
      budget: budget === null ? null : `≤ ${budget}`,
      met,
    })),
];

const started = Date.now();
const details: Details = {};
try {
  mkdirSync(join(root, "bench"), { recursive: true });
  execFileSync("npm", ["run", "-s", "build:web"], { cwd: root, stdio: "ignore" });
  // 1,000 members with enrollments and certificates, so verify and the summary have real data.
  const dataDir = join(work, "main");
  generate(dataDir, 1000, 20, 1000, 1);
  const server = await startServer(dataDir);
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, server.rssMb());
  }, 500);
  details.endpoints = await endpoints(server.url, [1, 16, 64]);
  const learner = await prepare(server.url);
  details.lighthouse = await lighthouseScores(server.url, learner.code as string);
  details.slowPhone = await slowPhone(server.url, learner.cookie);
  clearInterval(sampler);
  details.serverRssMbAfterLoad = Math.round(Math.max(peakRss, server.rssMb()));
  // The store's folder is locked until the server has stopped.
  await new Promise((stopped) => {
    server.child.once("exit", stopped);
    server.child.kill("SIGTERM");
  });
  details.rawDynalite = rawDynalite(join(dataDir, "dynamodb"), learner.code as string);
  details.helloWorld = await helloWorld();
  details.web = webRoutes();
  details.dynamoCallsPerRequest = await dbCalls();
  details.scale = await scale();
  results.rows = (await Promise.all(rowProducers.map((produce) => produce(details)))).flat();
  results.details = details;
  results.seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(join(root, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  report(details, results.rows as Row[]);
} finally {
  for (const child of servers) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(work, { recursive: true, force: true });
}

function report(d: Details, budgetRows: Row[]) {
  const endpointRows = Object.entries(d.endpoints as Record<string, Record<number, Load>>).flatMap(
    ([name, byConn]) =>
      Object.entries(byConn).map(
        ([c, l]) =>
          `${name.padEnd(32)} ${c.padStart(3)}  ${String(l.rps).padStart(6)}/s  p50 ${String(l.p50).padStart(4)} ms  p99 ${String(l.p99).padStart(5)} ms  ${String(Math.round((l.rps / (d.helloWorld[Number(c)]?.rps ?? 1)) * 100)).padStart(3)}% of hello-world${l.errors ? `  (${l.errors} non-2xx)` : ""}`,
      ),
  );
  const scaleP99 = ["catalog", "coursePage", "verify", "adminSummary"]
    .map((k) => `${k} ${d.scale.at1k[k].p99} → ${d.scale.atBig[k].p99} ms`)
    .join(", ");
  console.log(
    [
      "",
      `Berdaya bench — ${JSON.stringify(results.machine)}`,
      "endpoint                         conn      req/s     latency",
      ...endpointRows,
      `raw dynalite GetItem (16): the verified certificate (${d.rawDynalite.certificateItemBytes} B) on its store ${d.rawDynalite.getItemPerSecond16}/s, a 400 B item in memory ${d.rawDynalite.smallItemInMemoryGetItemPerSecond16}/s; Query (16): ${d.rawDynalite.queryPerSecond16}/s; hello-world (16): ${d.helloWorld[16]?.rps}/s`,
      `DynamoDB calls per request: ${JSON.stringify(d.dynamoCallsPerRequest)}`,
      `Lighthouse (mobile): ${JSON.stringify(d.lighthouse)}`,
      `scale p99 (16 conns) ${d.scale.sizes.small} → ${d.scale.sizes.big}: ${scaleP99}`,
      `lesson route scripts beyond the initial JS: ${d.slowPhone.lessonRouteScripts.join(", ")}`,
      "",
      "measure                                                      value        budget   ",
      ...budgetRows.map(
        (row) =>
          `${row.measure.padEnd(60)} ${`${row.value} ${row.unit}`.padEnd(14)} ${(row.budget ?? "—").padEnd(8)} ${row.met === null ? "" : row.met ? "MET" : "MISSED"}`,
      ),
      `(bench/results.json written; ${results.seconds} s)`,
    ].join("\n"),
  );
}
