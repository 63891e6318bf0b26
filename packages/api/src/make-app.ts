import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { session } from "./auth";
import { noStoreUnlessMarked } from "./cache";
import { type AppEnv, langOf } from "./context";
import { fail, handleError } from "./errors";

const maxBodyKb = 100;
const limitBody = bodyLimit({
  maxSize: maxBodyKb * 1024,
  onError: (c) => fail(c as never, 413, "body_too_large", { limit: maxBodyKb }),
});
const bodiless = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * One function's app: the same headers, limits, CSRF and media checks, session and errors around
 * whichever routes it serves (`api` under /api, `outside` at the root).
 */
export function makeApp(api: Hono<AppEnv>, outside = (app: Hono<AppEnv>) => app) {
  const app = new Hono<AppEnv>({ strict: false })
    .use(async (c, next) => {
      c.set("lang", langOf(c.req.header("accept-language")));
      await next();
    })
    .use(secureHeaders({ crossOriginResourcePolicy: "same-origin" }))
    .use(noStoreUnlessMarked)
    // The API's own HTML (/api/docs) runs no script and is framed by no one.
    .use(async (c, next) => {
      await next();
      if (c.res.headers.get("content-type")?.startsWith("text/html"))
        c.header(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
        );
    })
    // A GET or HEAD body is never read; asking for one would build a full web Request per read.
    .use("/api/*", (c, next) => (bodiless.has(c.req.method) ? next() : limitBody(c, next)))
    // Unsafe requests must come from our own pages: a browser's Sec-Fetch-Site or Origin says so.
    // Bodies must be JSON, which a cross-site form cannot send without a CORS preflight we never grant.
    .use("/api/*", csrf({ secFetchSite: ["same-origin", "none"] }))
    .use("/api/*", async (c, next) => {
      const type = c.req.header("content-type");
      const length = Number(c.req.header("content-length") ?? 0);
      const unsafe = !["GET", "HEAD", "OPTIONS"].includes(c.req.method);
      if (unsafe && (type ? !/^application\/json\b/i.test(type) : length > 0)) {
        return fail(c, 415, "unsupported_media_type");
      }
      await next();
    })
    .use("/api/*", session)
    .route("/api", api);
  return outside(app)
    .notFound((c) => fail(c, 404, "not_found"))
    .onError((error, c) => {
      if (error instanceof HTTPException) {
        if (error.status === 403) return fail(c, 403, "cross_site_request");
        if (error.status === 400) return fail(c, 400, "invalid_json");
      }
      return handleError(error, c);
    });
}
