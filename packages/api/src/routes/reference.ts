import * as Reference from "@berdaya/core/reference";
import { Hono } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../context";
import { doc } from "../validate";

const listsSchema = v.object({
  regencies: v.array(v.string()),
  sectors: v.array(v.string()),
  categories: v.array(v.string()),
  levels: v.array(v.string()),
});

export const reference = new Hono<AppEnv>().get(
  "/",
  doc("reference", "The deployment's lists: regencies, sectors, course categories and levels", "public", {
    schema: listsSchema,
  }),
  (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.json({
      regencies: Reference.regencies,
      sectors: Reference.sectors,
      categories: Reference.categories,
      levels: Reference.levels,
    });
  },
);
