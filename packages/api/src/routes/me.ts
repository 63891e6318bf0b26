import * as Account from "@berdaya/core/account";
import * as Notification from "@berdaya/core/notification";
import { Hono } from "hono";
import * as v from "valibot";
import { actorOf, clearSessionCookie, requireActor, sessionToken } from "../auth";
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
  .post(
    "/password",
    doc("me", "Change my password (the current one is required); my other devices are signed out", "member", {
      status: 204,
    }),
    validate("json", Account.passwordChangeInput),
    async (c) => {
      await Account.changePassword(actorOf(c), sessionToken(c) ?? "", c.req.valid("json"));
      return c.body(null, 204);
    },
  )
  .put(
    "/phone",
    doc("me", "Change my phone number (the password is required)", "member", { schema: Account.meSchema }),
    validate("json", Account.phoneChangeInput),
    async (c) => c.json(await Account.changePhone(actorOf(c), c.req.valid("json"))),
  )
  .get(
    "/sessions",
    doc("me", "My signed-in devices, this one marked", "member", { schema: Account.sessionsSchema }),
    async (c) => c.json(await Account.sessions(actorOf(c), sessionToken(c) ?? "")),
  )
  .delete(
    "/sessions/:sessionId",
    doc("me", "Sign one of my devices out", "member", { status: 204 }),
    validate("param", Account.sessionParams),
    async (c) => {
      await Account.endSession(actorOf(c), c.req.valid("param").sessionId);
      return c.body(null, 204);
    },
  )
  .delete(
    "/sessions",
    doc("me", "Sign out of every device, this one included", "member", { status: 204 }),
    async (c) => {
      await Account.logoutEverywhere(actorOf(c));
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  )
  .get(
    "/notifications",
    doc("me", "My notifications, newest first, how many are unseen, and what waits for me", "member", {
      schema: Notification.inboxSchema,
    }),
    async (c) => c.json(await Notification.inbox(actorOf(c))),
  )
  .post(
    "/notifications/seen",
    doc("me", "Mark my notifications up to a time (the newest shown) as seen", "member", {
      schema: Notification.inboxSchema,
    }),
    validate("json", Notification.seenInput),
    async (c) => c.json(await Notification.markSeen(actorOf(c), c.req.valid("json"))),
  )
  .get(
    "/export",
    doc("me", "Everything stored about me (UU PDP), as a JSON file", "member", {
      schema: Account.exportSchema,
    }),
    async (c) => {
      c.header("Content-Disposition", 'attachment; filename="berdaya-data-saya.json"');
      c.header("Cache-Control", "no-store");
      return c.json(await Account.exportData(actorOf(c)));
    },
  )
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
