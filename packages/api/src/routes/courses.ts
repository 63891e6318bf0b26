import * as Course from "@berdaya/core/course";
import * as Learning from "@berdaya/core/learning";
import { Hono } from "hono";
import { cacheTimes, shared, taggedJson } from "../cache";
import type { AppEnv } from "../context";
import { doc, validate } from "../validate";

export const courses = new Hono<AppEnv>()
  .get(
    "/",
    doc("courses", "The published catalog, newest first", "public", { schema: Course.pageSchema }),
    validate("query", Course.listInput),
    shared(cacheTimes.catalog),
    async (c) => taggedJson(c, await Course.listPublished(c.req.valid("query"))),
  )
  .get(
    "/:courseId",
    doc("courses", "A published course with its modules and lesson titles", "public", {
      schema: Course.detailSchema,
    }),
    validate("param", Course.courseParams),
    shared(cacheTimes.catalog),
    async (c) => taggedJson(c, await Learning.courseFor(c.req.valid("param").courseId, c.get("actor"))),
  );
