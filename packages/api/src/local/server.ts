import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import * as Db from "@berdaya/core/db";
import * as Files from "@berdaya/core/files";
import * as Reconcile from "@berdaya/core/reconcile";
import * as Seed from "@berdaya/core/seed";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";
import { compress } from "hono/compress";
import S3rver from "s3rver";
import { app } from "../app";
import { pageHeaders } from "../page-headers";
import { openDynalite, settleUpgrade, upgradeStore } from "./store-upgrade";

const reconcileEveryMs = 5 * 60_000;

import { langOf } from "../context";
import { errorBody, message } from "../errors";

export interface LocalOptions {
  port: number;
  dataDir: string;
  /** The built SPA; served at / with index.html for client-side routes. */
  webDir?: string;
  host?: string;
}

export interface LocalServer {
  url: string;
  seeded: boolean;
  close(): Promise<void>;
}

/**
 * Berdaya on one machine: dynalite and s3rver in this process, persisted under `dataDir`, the API
 * under /api and the web app at /. The same app and core code as on AWS; only endpoints differ.
 */
export async function startLocal(options: LocalOptions): Promise<LocalServer> {
  const dataDir = resolve(options.dataDir);
  const host = options.host ?? "127.0.0.1";

  // Bind the public port first, so a port in use fails before anything else starts.
  // Until the stores are up and the demo is in, the API says it is starting (503): a health check,
  // a first visitor or a demo login never sees a half-made store.
  let ready = false;
  // Brotli or gzip on slow links: the built app's files are compressed ahead (web/vite.config.ts),
  // everything else here as it goes out; on AWS CloudFront does both.
  // A client that accepts no encoding skips the compressor: it would set `Vary` after the answer
  // is made, which turns the adapter's light response into a full web Response each time.
  const compressor = compress();
  const site = new Hono().use(async (c, next) => {
    if (c.req.header("accept-encoding")) return compressor(c, next);
    await next();
    const vary = c.res.headers.get("vary");
    if (vary !== "*" && !/accept-encoding/i.test(vary ?? ""))
      c.res.headers.set("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  });
  const toApi = (c: Context) => {
    if (ready) return app.fetch(c.req.raw, c.env);
    c.header("Retry-After", "1");
    return c.json(errorBody("starting", message(langOf(c.req.header("accept-language")), "starting")), 503);
  };
  site.all("/api/*", toApi);
  site.all("/.well-known/*", toApi);
  // The verify page is rendered by the API (no JavaScript needed), ahead of the SPA's fallback.
  site.get("/verify/:code", toApi);
  if (options.webDir) {
    const root = options.webDir;
    const index = readFileSync(join(root, "index.html"), "utf8");
    // The same headers CloudFront adds on AWS (stacks/web.ts), on every page and asset.
    site.use("/*", async (c, next) => {
      await next();
      for (const [name, value] of Object.entries(pageHeaders(Files.origin()))) c.header(name, value);
    });
    // Content-named assets never change (docs/decisions/0016); the service worker and the manifest
    // are checked for a new version on every visit (ADR 17); the rest is revalidated.
    site.use("/*", async (c, next) => {
      await next();
      const path = c.req.path;
      c.header(
        "Cache-Control",
        path.startsWith("/assets/") && c.res.ok
          ? "public, max-age=31536000, immutable"
          : path === "/sw.js" || path === "/manifest.webmanifest"
            ? "no-cache"
            : "public, max-age=0, must-revalidate",
      );
    });
    site.use("/*", serveStatic({ root, precompressed: true }));
    site.get("*", (c) => c.html(index));
  }
  site.notFound(toApi);
  const server = await listen(site, options.port, host);

  const stores = await startStores(dataDir).catch(async (error) => {
    await new Promise<void>((done) => server.close(() => done()));
    throw error;
  });
  ensureSigningKey(dataDir);

  // The same reconciler as the scheduled function on AWS: at start (finishing what a crash left) and every few minutes.
  let reconciling = Promise.resolve();
  const reconcile = () => {
    reconciling = Reconcile.run()
      .then(() => {})
      .catch((error: Error) =>
        console.warn(JSON.stringify({ level: "warn", event: "reconcile_failed", error: error.message })),
      );
  };
  const timer = setInterval(reconcile, reconcileEveryMs).unref();
  const close = async () => {
    clearInterval(timer);
    await new Promise<void>((done) => server.close(() => done()));
    await reconciling;
    await stores.close();
  };
  try {
    const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${(server.address() as AddressInfo).port}`;
    const seeded = await Seed.isEmpty();
    if (seeded) await Seed.seedDemo({ issuerUrl: url });
    // Ready once what a crash (or the seed) left is finished, so no request shares the start with it.
    reconcile();
    await reconciling;
    ready = true;
    return { url, seeded, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Starts dynalite and s3rver on loopback, persisted under `dataDir`, points core at them and makes
 * sure the table and the bucket exist. Only one process can hold a data folder at a time.
 */
export async function startStores(dataDir: string): Promise<{ close(): Promise<void> }> {
  settleUpgrade(dataDir);
  mkdirSync(join(dataDir, "dynamodb"), { recursive: true });
  mkdirSync(join(dataDir, "s3"), { recursive: true });
  const configure = (endpoint: string) => Db.configure({ endpoint, table: "berdaya", region: "local" });
  let db = await openDynalite(join(dataDir, "dynamodb"));
  try {
    configure(db.endpoint);
    await Db.ensureTable();
    const missing = await Db.missingIndexes();
    if (missing.length) {
      await upgradeStore(dataDir, db, missing);
      db = await openDynalite(join(dataDir, "dynamodb"));
      configure(db.endpoint);
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  const s3 = new S3rver({ port: 0, address: "127.0.0.1", directory: join(dataDir, "s3"), silent: true });
  const s3Address = await s3.run();
  const close = async () => {
    await s3.close();
    await db.close();
  };
  try {
    Files.configure({
      endpoint: `http://127.0.0.1:${s3Address.port}`,
      bucket: "berdaya-files",
      region: "local",
    });
    await Files.ensureBucket();
    return { close };
  } catch (error) {
    await close();
    throw error;
  }
}

function listen(site: Hono, port: number, hostname: string) {
  return new Promise<ReturnType<typeof serve>>((ok, fail) => {
    const server = serve({ fetch: site.fetch, port, hostname }, () => ok(server));
    server.once("error", fail);
  });
}

/**
 * The certificate signing key: a P-256 (ES256) JWK generated once into the data folder (an SST secret
 * on AWS). A data folder from before ES256 keeps its Ed25519 signing-key.json: that key's public half
 * is already in the JWKS, so certificates signed with it keep verifying; new ones use this key.
 */
function ensureSigningKey(dataDir: string) {
  const file = join(dataDir, "signing-key-es256.json");
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const jwk = { ...privateKey.export({ format: "jwk" }), kid: `local-es256-${Date.now()}` };
    writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  process.env.BERDAYA_SIGNING_KEY ??= readFileSync(file, "utf8");
}
