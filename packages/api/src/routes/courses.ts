import * as Course from "@berdaya/core/course";
import { Hono } from "hono";
import { describeRoute, resolver } from "hono-openapi";
import type { AppEnv } from "../context";
import { validate } from "../validate";

const json = (schema: Parameters<typeof resolver>[0]) => ({
  "application/json": { schema: resolver(schema) },
});

export const courses = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      summary: "The published catalog, newest first",
      tags: ["courses"],
      responses: { 200: { description: "A page of courses", content: json(Course.pageSchema) } },
    }),
    validate("query", Course.listInput),
    async (c) => c.json(await Course.listPublished(c.req.valid("query"))),
  )
  .get(
    "/:courseId",
    describeRoute({
      summary: "A published course with its modules and lesson titles",
      tags: ["courses"],
      responses: {
        200: { description: "The course", content: json(Course.detailSchema) },
        404: { description: "No such course" },
      },
    }),
    validate("param", Course.courseParams),
    async (c) => c.json(await Course.get(c.req.valid("param").courseId)),
  );
