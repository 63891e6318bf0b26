import { readdirSync, readFileSync } from "node:fs";
import { get as httpGet, type IncomingMessage } from "node:http";
import { join } from "node:path";
import * as Files from "@berdaya/core/files";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeSeededCourse } from "../support/learning";
import { call, json, login, startTestServer, type TestServer } from "../support/local";

// The pages' security headers and the API's caching (issue 13, item 5; docs/decisions/0011).

const webDir = join(import.meta.dirname, "../../web/dist");
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ webDir });
});
afterAll(() => server?.stop());

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );

describe("every HTML answer of local mode", () => {
  it.each(["/", "/courses/berpikir-kreatif", "/profile", "/index.html"])(
    "%s has a strict CSP, frame-ancestors 'none', nosniff and a referrer policy",
    async (path) => {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
      const csp = directives(res.headers.get("content-security-policy") ?? "");
      const uploads = Files.origin();
      expect(uploads).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(csp).toMatchObject({
        "default-src": "'self'",
        "script-src": "'self'",
        "style-src": "'self'",
        "img-src": `'self' blob: ${uploads}`,
        "media-src": `'self' ${uploads}`,
        "connect-src": `'self' ${uploads}`,
        "frame-src": "https://www.youtube-nocookie.com",
        "object-src": "'none'",
        "base-uri": "'none'",
        "frame-ancestors": "'none'",
        "worker-src": "'self'",
        "manifest-src": "'self'",
      });
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    },
  );

  it.each([
    ["/sw.js", /javascript/],
    ["/manifest.webmanifest", /manifest\+json/],
  ])("%s is served for revalidation on every visit (no-cache), with the page headers", async (path, type) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(type);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("the API's own HTML page (/api/docs) runs no script and cannot be framed", async () => {
    const res = await fetch(`${server.url}/api/docs`);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const csp = directives(res.headers.get("content-security-policy") ?? "");
    expect(csp["default-src"]).toBe("'none'");
    expect(csp["frame-ancestors"]).toBe("'none'");
    expect(csp["script-src"]).toBeUndefined();
  });

  it("the built app has no inline script (the CSP would block it) and no data: favicon", () => {
    const html = readFileSync(join(webDir, "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(body?.trim()).toBe("");
    }
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toContain("data:");
    // No chunk carries Vite's modulepreload polyfill either (it is off in web/vite.config.ts).
    const assets = readdirSync(join(webDir, "assets")).filter((f) => f.endsWith(".js"));
    const withPolyfill = assets.filter((file) =>
      /link\[rel=["']?modulepreload/.test(readFileSync(join(webDir, "assets", file), "utf8")),
    );
    expect(withPolyfill).toEqual([]);
  });
});

describe("local mode on a slow link", () => {
  it("sends the app's files as brotli or gzip, content-named assets cached for a year, and compresses API answers", async () => {
    const html = await (await fetch(server.url)).text();
    // The app's entry (the early-read script before it is too small to be worth compressing).
    const script = html.match(/src="(\/assets\/index-[^"]+\.js)"/)?.[1] as string;
    const plain = await fetch(`${server.url}${script}`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    const size = (await plain.arrayBuffer()).byteLength;
    for (const encoding of ["br", "gzip"]) {
      const res = await fetch(`${server.url}${script}`, { headers: { "accept-encoding": encoding } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-encoding")).toBe(encoding);
      expect(Number(res.headers.get("content-length"))).toBeLessThan(size / 2);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      // fetch decodes it: the same script arrives.
      expect((await res.arrayBuffer()).byteLength).toBe(size);
    }
    const page = await fetch(`${server.url}/courses/berpikir-kreatif`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(page.headers.get("content-encoding")).toBe("gzip");
    expect(page.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const catalog = await fetch(`${server.url}/api/courses`, { headers: { "accept-encoding": "gzip" } });
    expect(catalog.headers.get("content-encoding")).toBe("gzip");
    expect(catalog.headers.get("vary")).toMatch(/accept-encoding/i);
    expect((await catalog.json()).items.length).toBeGreaterThan(0);
    // The compressed copy's tag is weak, and still revalidates.
    const tag = catalog.headers.get("etag") as string;
    expect(tag).toMatch(/^W\/"/);
    const again = await fetch(`${server.url}/api/courses`, {
      headers: { "accept-encoding": "gzip", "if-none-match": tag },
    });
    expect(again.status).toBe(304);
    // A client that accepts no encoding gets the answer as it is, marked as varying by encoding.
    const bare = await new Promise<IncomingMessage>((answered) =>
      httpGet(`${server.url}/api/courses`, answered),
    );
    bare.resume();
    expect(bare.statusCode).toBe(200);
    expect(bare.headers["content-encoding"]).toBeUndefined();
    expect(bare.headers.vary).toMatch(/accept-encoding/i);
  });
});

describe("personal API answers are never stored", () => {
  it("answers under /api/me, /api/auth, /api/admin and /api/trainer, and any signed-in answer, carry no-store", async () => {
    const admin = await login(server, "admin@berdaya.test");
    const trainer = await login(server, "pelatih1@berdaya.test");
    const paths: [string, string][] = [
      ["/api/me", admin],
      ["/api/admin/members", admin],
      ["/api/trainer/courses", trainer],
      ["/api/me/enrollments", admin],
    ];
    for (const [path, cookie] of paths) {
      const res = await call(server, "GET", path, { cookie });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("no-store");
    }
    const loginAnswer = await call(server, "POST", "/api/auth/login", {
      body: { identifier: "081200000001", password: "berdaya-demo" },
    });
    expect(loginAnswer.headers.get("cache-control")).toBe("no-store");
    const refused = await call(server, "GET", "/api/me");
    expect(refused.status).toBe(401);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    const signedInCatalog = await call(server, "GET", "/api/courses", { cookie: admin });
    expect(signedInCatalog.headers.get("cache-control")).toBe("no-store");
  });

  it("public answers keep their own caching", async () => {
    const res = await call(server, "GET", "/api/reference");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
  });
});

describe("anonymous public answers are shared by caches (docs/decisions/0016)", () => {
  const directivesOf = (res: Response) =>
    Object.fromEntries(
      (res.headers.get("cache-control") ?? "").split(",").map((d) => {
        const [name, value] = d.trim().split("=");
        return [name, value === undefined ? true : Number(value)];
      }),
    );

  it("catalog, course page, verify answers, keys, issuer and revocation list: s-maxage, stale-while-revalidate, ETag, 304", async () => {
    await completeSeededCourse(
      server,
      await login(server, "081200000004"),
      await login(server, "pelatih1@berdaya.test"),
    );
    const learner = await login(server, "081200000004");
    const mine = await json(await call(server, "GET", "/api/me/certificates", { cookie: learner }));
    const code = mine.items[0].code as string;
    // A key's kid is the URL it dereferences from.
    const kid = new URL((await json(await call(server, "GET", "/.well-known/jwks.json"))).keys[0].kid)
      .pathname;
    // A change must reach everyone within these many seconds (s-maxage + stale-while-revalidate).
    const within: [string, number][] = [
      ["/api/courses", 300],
      ["/api/courses/berpikir-kreatif", 300],
      [`/api/verify/${code}`, 60],
      [`/verify/${code}`, 60],
      ["/api/revocations", 60],
      ["/.well-known/jwks.json", 600],
      [kid, 600],
      ["/api/issuer", 600],
    ];
    for (const [path, seconds] of within) {
      const res = await call(server, "GET", path);
      expect(res.status, path).toBe(200);
      const cache = directivesOf(res);
      expect(cache.public, path).toBe(true);
      expect(cache["s-maxage"], path).toBeGreaterThan(0);
      expect(cache["stale-while-revalidate"], path).toBeGreaterThan(0);
      expect(cache["s-maxage"] + cache["stale-while-revalidate"], path).toBeLessThanOrEqual(seconds);
      const tag = res.headers.get("etag");
      expect(tag, path).toMatch(/^"[^"]+"$/);
      const again = await call(server, "GET", path, { headers: { "if-none-match": tag as string } });
      expect(again.status, path).toBe(304);
      expect(await again.text(), path).toBe("");
      expect(again.headers.get("cache-control"), path).toBe(res.headers.get("cache-control"));
    }
    // The same answers to a signed-in member are personal: never stored, no shared copy.
    for (const [path] of within.slice(0, 3)) {
      const res = await call(server, "GET", path, { cookie: learner });
      expect(res.headers.get("cache-control"), path).toBe("no-store");
    }
    // A revocation changes the verify answer, and so its ETag: a revalidating cache gets the new one.
    const before = await call(server, "GET", `/api/verify/${code}`);
    const admin = await login(server, "admin@berdaya.test");
    const revoked = await call(server, "POST", `/api/admin/certificates/${code}/revoke`, {
      cookie: admin,
      body: { reason: "Uji cache" },
    });
    expect(revoked.status).toBe(200);
    const after = await call(server, "GET", `/api/verify/${code}`, {
      headers: { "if-none-match": before.headers.get("etag") as string },
    });
    expect(after.status).toBe(200);
    expect((await json(after)).status).toBe("revoked");
  });

  it("errors and unknown codes are never stored", async () => {
    for (const path of ["/api/courses/tidak-ada", "/api/verify/BKL-AAAA-AAAA-AAAA", "/verify/bukan-kode"]) {
      const res = await call(server, "GET", path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.headers.get("cache-control"), path).toBe("no-store");
    }
  });
});

describe("Markdown shows images only from the platform's own uploads", () => {
  it("a trainer cannot save a lesson or course text with a third-party image (400 in both languages)", async () => {
    const trainer = await login(server, "pelatih1@berdaya.test");
    const created = await call(server, "POST", "/api/courses", {
      cookie: trainer,
      body: { title: "Kursus Uji Gambar", summary: "Ringkasan", category: "pemasaran", level: "pemula" },
    });
    expect(created.status).toBe(201);
    const course = await json(created);
    for (const [lang, text] of [
      ["id", /hanya boleh menampilkan gambar yang diunggah ke Berdaya/],
      ["en", /may only show images uploaded to Berdaya/],
    ] as const) {
      const res = await call(server, "PATCH", `/api/courses/${course.id}`, {
        cookie: trainer,
        body: { description: "Lihat ![piksel](https://pelacak.example/p.png?u=1)" },
        headers: { "accept-language": lang },
      });
      expect(res.status).toBe(400);
      expect((await json(res)).error.message).toMatch(text);
    }
    const kept = await json(await call(server, "GET", `/api/courses/${course.id}`, { cookie: trainer }));
    expect(JSON.stringify(kept)).not.toContain("pelacak.example");
  });
});
