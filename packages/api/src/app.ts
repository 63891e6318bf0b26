import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { type AppEnv, langOf } from "./context";
import { fail, handleError } from "./errors";
import { courses } from "./routes/courses";
import { docs } from "./routes/docs";
import { health } from "./routes/health";

const maxBodyKb = 100;

/** The API: every resource is a sub-app; this file is the table of contents. */
export const api = new Hono<AppEnv>().route("/health", health).route("/courses", courses);

export const app = new Hono<AppEnv>({ strict: false })
  .use(async (c, next) => {
    c.set("lang", langOf(c.req.header("accept-language")));
    await next();
  })
  .use(secureHeaders({ crossOriginResourcePolicy: "same-origin" }))
  .use(
    "/api/*",
    bodyLimit({
      maxSize: maxBodyKb * 1024,
      onError: (c) => fail(c as never, 413, "body_too_large", { limit: maxBodyKb }),
    }),
  )
  .use("/api/*", async (c, next) => {
    const sendsBody = ["POST", "PUT", "PATCH"].includes(c.req.method) && c.req.raw.body !== null;
    if (sendsBody && !/^application\/json\b/i.test(c.req.header("content-type") ?? "")) {
      return fail(c, 415, "unsupported_media_type");
    }
    await next();
  })
  .route("/api", api)
  .route("/api", docs(api))
  .notFound((c) => fail(c, 404, "not_found"))
  .onError((error, c) => {
    if (error instanceof HTTPException && error.status === 400) return fail(c, 400, "invalid_json");
    return handleError(error, c);
  });

export type App = typeof app;
