import { Hono } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../context";
import { doc } from "../validate";

export const health = new Hono<AppEnv>().get(
  "/",
  doc("health", "Liveness check", "public", { schema: v.object({ ok: v.literal(true) }) }),
  (c) => c.json({ ok: true as const }),
);
