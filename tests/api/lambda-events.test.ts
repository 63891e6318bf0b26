// The deployed handlers, invoked the way API Gateway invokes them. Each function of stacks/api.ts is
// bundled with the options SST deploys it with (stacks/bundling.ts), the bundle is imported as the
// Lambda runtime would, and its handler gets HTTP API payload format 2.0 events shaped like AWS's
// published samples ("Create AWS Lambda proxy integrations for HTTP APIs in API Gateway", section
// "Payload format version"; docs/decisions/0015): a `cookies` array instead of a Cookie header,
// base64 bodies, rawQueryString beside queryStringParameters, requestContext.http.sourceIp. The
// stores are a real dynalite and s3rver with the seeded demo.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";
import * as Db from "@berdaya/core/db";
import { build } from "esbuild";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledFile, CERTIFICATE_FONTS, esbuildOptions, HANDLERS } from "../../stacks/bundling";
import { completeSeededCourse, seededCourse } from "../support/learning";
import { login, startTestServer, type TestServer } from "../support/local";

interface Result {
  statusCode: number;
  headers: Record<string, string>;
  cookies?: string[];
  body: string;
  isBase64Encoded: boolean;
}
type Handler = (event: unknown, context: unknown) => Promise<Result>;

const root = join(import.meta.dirname, "../..");
// Inside the repo, so the bundles resolve @aws-sdk/* from node_modules as the Lambda runtime provides it.
mkdirSync(join(root, "tests/.tmp"), { recursive: true });
const work = mkdtempSync(join(root, "tests/.tmp", "lambda-"));
const apiHost = "r4nd0m1d.execute-api.ap-southeast-3.amazonaws.com";

let server: TestServer;
let lean: Handler;
let documents: Handler;

/** Bundles a handler as SST does and imports it, as the Lambda runtime's init phase would. */
async function load(handler: string, name: string): Promise<Handler> {
  const entry = join(root, handler.replace(/\.handler$/, ".ts"));
  const outdir = join(work, name);
  await build(esbuildOptions(entry, outdir));
  const module = await import(pathToFileURL(join(outdir, bundledFile(entry))).href);
  return module.handler as Handler;
}

interface Request {
  routeKey?: string;
  query?: [string, string][];
  cookies?: string[];
  json?: unknown;
  headers?: Record<string, string>;
  sourceIp?: string;
}

let requests = 0;

/** An HTTP API payload format 2.0 event, as API Gateway sends it behind CloudFront (stacks/web.ts). */
function event(method: string, rawPath: string, request: Request = {}) {
  const sourceIp = request.sourceIp ?? "203.0.113.10";
  const rawQueryString = new URLSearchParams(request.query ?? []).toString();
  // Duplicate query names are combined with commas; there are no multi-value fields in 2.0.
  const queryStringParameters: Record<string, string> = {};
  for (const [name, value] of request.query ?? [])
    queryStringParameters[name] =
      name in queryStringParameters ? `${queryStringParameters[name]},${value}` : value;
  const body = request.json === undefined ? undefined : JSON.stringify(request.json);
  const now = new Date();
  return {
    version: "2.0",
    routeKey: request.routeKey ?? "ANY /api/{proxy+}",
    rawPath,
    rawQueryString,
    // API Gateway takes the Cookie header apart into this array; the headers keep no cookie.
    ...(request.cookies ? { cookies: request.cookies } : {}),
    headers: {
      accept: "application/json",
      "accept-language": "id-ID,id;q=0.9",
      host: apiHost,
      "sec-fetch-site": "same-origin",
      "user-agent": "Mozilla/5.0 (Linux; Android 10; K) Chrome/120.0 Mobile Safari/537.36",
      via: "2.0 0123456789abcdef.cloudfront.net (CloudFront)",
      "x-amzn-trace-id": `Root=1-${now.getTime().toString(16)}-000000000000000000000000`,
      "x-forwarded-for": sourceIp,
      "x-forwarded-port": "443",
      "x-forwarded-proto": "https",
      ...(body === undefined
        ? {}
        : { "content-type": "application/json", "content-length": String(body.length) }),
      ...request.headers,
    },
    ...(rawQueryString ? { queryStringParameters } : {}),
    requestContext: {
      accountId: "123456789012",
      apiId: "r4nd0m1d",
      domainName: apiHost,
      domainPrefix: "r4nd0m1d",
      http: {
        method,
        path: rawPath,
        protocol: "HTTP/1.1",
        sourceIp,
        userAgent: "Mozilla/5.0 (Linux; Android 10; K)",
      },
      requestId: `req-${++requests}`,
      routeKey: request.routeKey ?? "ANY /api/{proxy+}",
      stage: "$default",
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    // Browsers' JSON bodies reach the function base64-encoded.
    ...(body === undefined ? {} : { body: Buffer.from(body).toString("base64"), isBase64Encoded: true }),
    ...(body === undefined ? { isBase64Encoded: false } : {}),
  };
}

const lambdaContext = {
  functionName: "berdaya-test-ApiFn",
  awsRequestId: "00000000-0000-4000-8000-000000000000",
  getRemainingTimeInMillis: () => 10_000,
};

const bodyJson = (result: Result) => JSON.parse(result.body);
/** The cookie the answer set, as the `cookies` entry a browser sends back through API Gateway. */
const sessionOf = (result: Result) => {
  const cookie = result.cookies?.find((c) => c.startsWith("__Host-berdaya_session="));
  if (!cookie) throw new Error(`no session cookie (status ${result.statusCode}: ${result.body})`);
  return cookie.split(";")[0] as string;
};

beforeAll(async () => {
  // dynalite and s3rver with the demo; the bundles find them, the table and the bucket from the
  // environment, as the stack's functions do (and the signing key as sst/node/config sets it).
  server = await startTestServer();
  const db = Db.currentConfig();
  process.env.BERDAYA_DYNAMODB_ENDPOINT = db.endpoint;
  process.env.BERDAYA_TABLE = db.table;
  process.env.AWS_REGION = db.region;
  process.env.BERDAYA_S3_ENDPOINT = (await import("@berdaya/core/files")).origin();
  process.env.BERDAYA_BUCKET = (await import("@berdaya/core/files")).bucket();
  // The documents function reads the fonts the stack copies into its bundle (copyFiles).
  const fonts = join(work, "fonts");
  mkdirSync(fonts);
  for (const name of CERTIFICATE_FONTS)
    copyFileSync(join(root, "node_modules/@fontsource/noto-sans/files", name), join(fonts, name));
  process.env.BERDAYA_FONT_DIR = fonts;
  lean = await load(HANDLERS.lean, "lean");
  documents = await load(HANDLERS.documents, "documents");
});

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe("the lean function", () => {
  let learner: string;

  it("registers a member from a base64 JSON body and sets the session in the result's cookies", async () => {
    const result = await lean(
      event("POST", "/api/auth/register", {
        json: { name: "Rina Marlina", phone: "0813 7700 1122", password: "kopi-kepahiang-2026" },
        sourceIp: "203.0.113.21",
      }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(201);
    expect(result.isBase64Encoded).toBe(false);
    expect(result.headers["content-type"]).toMatch(/^application\/json/);
    expect(bodyJson(result).user).toMatchObject({ name: "Rina Marlina", phone: "+6281377001122" });
    // Over HTTPS the cookie is __Host- prefixed, Secure, HttpOnly, and in `cookies`, not in headers.
    expect(result.cookies).toHaveLength(1);
    expect(result.cookies?.[0]).toMatch(
      /^__Host-berdaya_session=[^;]+;.*Path=\/.*HttpOnly.*Secure.*SameSite=Lax/,
    );
    expect(result.headers["set-cookie"]).toBeUndefined();
    learner = sessionOf(result);

    const me = await lean(event("GET", "/api/me", { cookies: [learner] }), lambdaContext);
    expect(me.statusCode).toBe(200);
    expect(bodyJson(me)).toMatchObject({ name: "Rina Marlina" });
    expect(me.headers["cache-control"]).toBe("no-store");
  });

  it("refuses a too-common password with a 400 in Bahasa Indonesia, and sets no cookie", async () => {
    const result = await lean(
      event("POST", "/api/auth/register", {
        json: { name: "Budi", phone: "081377001123", password: "sayang123" },
        sourceIp: "203.0.113.22",
      }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(400);
    expect(bodyJson(result).error.details).toEqual([
      expect.objectContaining({ field: "password", code: "password_too_common" }),
    ]);
    expect(bodyJson(result).error.message).toContain("Kata sandi terlalu umum dan mudah ditebak");
    expect(result.cookies ?? []).toEqual([]);
  });

  it("logs a demo learner in; the cookie sent back in the event's cookies array signs the next request", async () => {
    const result = await lean(
      event("POST", "/api/auth/login", { json: { identifier: "081200000002", password: "berdaya-demo" } }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(200);
    const cookie = sessionOf(result);
    // Another cookie beside ours, as a browser sends: API Gateway passes both in the array.
    const me = await lean(event("GET", "/api/me", { cookies: ["_ga=GA1.1.123", cookie] }), lambdaContext);
    expect(me.statusCode).toBe(200);
    expect(bodyJson(me).phone).toBe("+6281200000002");
    const anonymous = await lean(event("GET", "/api/me"), lambdaContext);
    expect(anonymous.statusCode).toBe(401);
  });

  it("counts sign-ins against the address API Gateway saw, not the X-Forwarded-For a client wrote", async () => {
    await lean(
      event("POST", "/api/auth/login", {
        json: { identifier: "081200000003", password: "berdaya-demo" },
        sourceIp: "198.51.100.77",
        headers: { "x-forwarded-for": "192.0.2.250" },
      }),
      lambdaContext,
    );
    const db = new DynamoDBClient({
      endpoint: process.env.BERDAYA_DYNAMODB_ENDPOINT,
      region: "local",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const counted = async (address: string) => {
      const { Items } = await db.send(
        new ScanCommand({
          TableName: process.env.BERDAYA_TABLE,
          FilterExpression: "contains(pk, :address)",
          ExpressionAttributeValues: { ":address": { S: address } },
        }),
      );
      return Items?.length ?? 0;
    };
    expect(await counted("198.51.100.77")).toBeGreaterThan(0);
    expect(await counted("192.0.2.250")).toBe(0);
  });

  it("answers the catalog from rawQueryString, with query parameters as API Gateway passes them", async () => {
    const all = await lean(event("GET", "/api/courses"), lambdaContext);
    expect(all.statusCode).toBe(200);
    expect(bodyJson(all).items.length).toBe(5);
    const result = await lean(
      event("GET", "/api/courses", {
        query: [
          ["q", "whatsapp"],
          ["limit", "2"],
        ],
      }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(200);
    const { items } = bodyJson(result);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(2);
    expect(items[0].title).toMatch(/WhatsApp/i);
    const wrong = await lean(event("GET", "/api/courses", { query: [["limit", "nol"]] }), lambdaContext);
    expect(wrong.statusCode).toBe(400);
    expect(bodyJson(wrong).error.code).toBe("invalid_input");
  });

  it("enrolls a learner and serves a lesson's text; the progress counts", async () => {
    const base = `/api/courses/${seededCourse.id}`;
    const enrolled = await lean(event("POST", `${base}/enroll`, { cookies: [learner] }), lambdaContext);
    expect([200, 201]).toContain(enrolled.statusCode);
    const lesson = seededCourse.reading[0] as (typeof seededCourse.reading)[number];
    const read = await lean(
      event("GET", `${base}/lessons/${lesson.id}`, { cookies: [learner] }),
      lambdaContext,
    );
    expect(read.statusCode).toBe(200);
    expect(bodyJson(read)).toMatchObject({ id: lesson.id, title: lesson.title });
    expect(read.body).toContain("Saya bukan orang kreatif.");
    const done = await lean(
      event("POST", `${base}/lessons/${lesson.id}/complete`, { cookies: [learner] }),
      lambdaContext,
    );
    expect(done.statusCode).toBe(200);
    const mine = await lean(event("GET", "/api/me/enrollments", { cookies: [learner] }), lambdaContext);
    const enrollment = bodyJson(mine).items.find((e: { courseId: string }) => e.courseId === seededCourse.id);
    expect(enrollment.completedLessons).toEqual([lesson.id]);
  });

  it("does not answer the documents function's routes (API Gateway sends those elsewhere)", async () => {
    const result = await lean(event("GET", "/api/openapi.json"), lambdaContext);
    expect(result.statusCode).toBe(404);
  });
});

describe("a certificate through both functions", () => {
  let code: string;

  beforeAll(async () => {
    const learner = await login(server, "081200000004");
    const trainer = await login(server, "pelatih1@berdaya.test");
    await completeSeededCourse(server, learner, trainer);
    const admin = await lean(
      event("POST", "/api/auth/login", {
        json: { identifier: "admin@berdaya.test", password: "berdaya-demo" },
      }),
      lambdaContext,
    );
    const list = await lean(
      event("GET", "/api/admin/certificates", { cookies: [sessionOf(admin)], query: [["limit", "100"]] }),
      lambdaContext,
    );
    expect(list.statusCode).toBe(200);
    code = bodyJson(list).items[0].code;
  });

  it("verifies it: JSON for everyone, open to other origins, and the server-rendered page", async () => {
    const result = await lean(event("GET", `/api/verify/${code}`), lambdaContext);
    expect(result.statusCode).toBe(200);
    expect(result.headers["access-control-allow-origin"]).toBe("*");
    expect(bodyJson(result)).toMatchObject({ code, status: "valid" });
    const page = await lean(
      event("GET", `/verify/${code}`, { routeKey: "GET /verify/{code}", headers: { accept: "text/html" } }),
      lambdaContext,
    );
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).toContain(code);
    const unknown = await lean(event("GET", "/api/verify/BDY-0000-0000"), lambdaContext);
    expect(unknown.statusCode).toBeGreaterThanOrEqual(400);
    expect(unknown.statusCode).toBeLessThan(500);
  });

  it("downloads the PDF from the documents function as a base64 binary answer", async () => {
    const result = await documents(
      event("GET", `/api/certificates/${code}/pdf`, { routeKey: "GET /api/certificates/{code}/pdf" }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(200);
    expect(result.headers["content-type"]).toBe("application/pdf");
    expect(result.headers["content-disposition"]).toBe(`inline; filename="sertifikat-${code}.pdf"`);
    expect(result.isBase64Encoded).toBe(true);
    const pdf = Buffer.from(result.body, "base64");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const document = await PDFDocument.load(pdf);
    expect(document.getPageCount()).toBe(1);
  });

  it("serves the built OpenAPI document from the documents function", async () => {
    const result = await documents(
      event("GET", "/api/openapi.json", { routeKey: "GET /api/openapi.json" }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(200);
    expect(bodyJson(result).paths["/certificates/{code}/pdf"]).toBeDefined();
  });

  it("exports a CSV for the association from the documents function, reading the query string", async () => {
    const admin = await lean(
      event("POST", "/api/auth/login", {
        json: { identifier: "admin@berdaya.test", password: "berdaya-demo" },
      }),
      lambdaContext,
    );
    const result = await documents(
      event("GET", "/api/admin/reports/export.csv", {
        routeKey: "GET /api/admin/reports/export.csv",
        cookies: [sessionOf(admin)],
        query: [
          ["kind", "certificates"],
          ["sep", "semicolon"],
        ],
      }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(200);
    expect(result.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = result.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain(";");
    expect(lines.some((line) => line.includes(code))).toBe(true);
    const anonymous = await documents(
      event("GET", "/api/admin/reports/export.csv", { query: [["kind", "certificates"]] }),
      lambdaContext,
    );
    expect(anonymous.statusCode).toBe(401);
  });
});
