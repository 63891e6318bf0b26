import { Hono } from "hono";
import { describeRoute, resolver } from "hono-openapi";
import * as v from "valibot";
import type { AppEnv } from "../context";

export const health = new Hono<AppEnv>().get(
  "/",
  describeRoute({
    summary: "Liveness check",
    tags: ["health"],
    responses: {
      200: {
        description: "OK",
        content: { "application/json": { schema: resolver(v.object({ ok: v.literal(true) })) } },
      },
    },
  }),
  (c) => c.json({ ok: true as const }),
);
