import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { session } from "./auth";
import { noStoreUnlessMarked } from "./cache";
import { type AppEnv, langOf } from "./context";
import { fail, handleError } from "./errors";
import { admin } from "./routes/admin";
import { auth } from "./routes/auth";
import { authoring, trainer } from "./routes/authoring";
import {
  achievements,
  badgeAdmin,
  certificates,
  issuer,
  keys,
  myCertificates,
  revocations,
  verify,
  verifyPage,
  wellKnown,
} from "./routes/certificates";
import { courses } from "./routes/courses";
import { docs } from "./routes/docs";
import { health } from "./routes/health";
import { learning, myEnrollments, submissions, trainerLearning } from "./routes/learning";
import { me } from "./routes/me";
import { reference } from "./routes/reference";
import { trainerApplications } from "./routes/trainer-applications";
import { files, uploads } from "./routes/uploads";

const maxBodyKb = 100;

/** The API: every resource is a sub-app; this file is the table of contents. */
export const api = new Hono<AppEnv>()
  .route("/health", health)
  .route("/reference", reference)
  .route("/auth", auth)
  .route("/me/enrollments", myEnrollments)
  .route("/me/certificates", myCertificates)
  .route("/me", me)
  .route("/trainer-applications", trainerApplications)
  .route("/courses", courses)
  .route("/courses", authoring)
  .route("/courses", learning)
  .route("/trainer", trainer)
  .route("/trainer", trainerLearning)
  .route("/submissions", submissions)
  .route("/uploads", uploads)
  .route("/files", files)
  .route("/certificates", certificates)
  .route("/verify", verify)
  .route("/issuer", issuer)
  .route("/revocations", revocations)
  .route("/keys", keys)
  .route("/achievements", achievements)
  .route("/admin/courses", badgeAdmin)
  .route("/admin", admin);

export const app = new Hono<AppEnv>({ strict: false })
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
  .use(
    "/api/*",
    bodyLimit({
      maxSize: maxBodyKb * 1024,
      onError: (c) => fail(c as never, 413, "body_too_large", { limit: maxBodyKb }),
    }),
  )
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
  .route("/api", api)
  .route("/api", docs(api))
  .route("/.well-known", wellKnown)
  // The server-rendered verify page: a QR code or shared link works without JavaScript.
  .route("/verify", verifyPage)
  .notFound((c) => fail(c, 404, "not_found"))
  .onError((error, c) => {
    if (error instanceof HTTPException) {
      if (error.status === 403) return fail(c, 403, "cross_site_request");
      if (error.status === 400) return fail(c, 400, "invalid_json");
    }
    return handleError(error, c);
  });

export type App = typeof app;
