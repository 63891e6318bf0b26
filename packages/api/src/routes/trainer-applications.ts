import * as TrainerApplication from "@berdaya/core/trainer-application";
import { Hono } from "hono";
import { actorOf, requireActor } from "../auth";
import type { AppEnv } from "../context";
import { doc, validate } from "../validate";

export const trainerApplications = new Hono<AppEnv>().post(
  "/",
  requireActor(),
  doc("accounts", "Ask the association to become a trainer", "member", {
    status: 201,
    schema: TrainerApplication.applicationSchema,
  }),
  validate("json", TrainerApplication.applyInput),
  async (c) => c.json(await TrainerApplication.apply(actorOf(c), c.req.valid("json")), 201),
);
