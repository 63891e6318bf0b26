import * as Account from "@berdaya/core/account";
import { Hono } from "hono";
import * as v from "valibot";
import { actorOf, clearSessionCookie, requireActor } from "../auth";
import type { AppEnv } from "../context";
import { doc, validate } from "../validate";

export const me = new Hono<AppEnv>()
  .use(requireActor())
  .get("/", doc("me", "My profile", "member", { schema: Account.meSchema }), async (c) =>
    c.json(await Account.me(actorOf(c).userId)),
  )
  .patch(
    "/",
    doc("me", "Edit my name and business profile", "member", { schema: Account.meSchema }),
    validate("json", Account.profileInput),
    async (c) => c.json(await Account.updateProfile(actorOf(c), c.req.valid("json"))),
  )
  .get("/export", doc("me", "Everything stored about me (UU PDP), as a JSON file", "member"), async (c) => {
    c.header("Content-Disposition", 'attachment; filename="berdaya-data-saya.json"');
    c.header("Cache-Control", "no-store");
    return c.json(await Account.exportData(actorOf(c)));
  })
  .delete(
    "/",
    doc(
      "me",
      "Delete my account and personal data (certificates stay verifiable, without my name)",
      "member",
      {
        schema: v.object({ deleted: v.literal(true) }),
      },
    ),
    validate("json", Account.deleteInput),
    async (c) => {
      await Account.deleteAccount(actorOf(c), c.req.valid("json"));
      clearSessionCookie(c);
      return c.json({ deleted: true as const });
    },
  );
