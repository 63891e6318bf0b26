import * as Account from "@berdaya/core/account";
import { Hono } from "hono";
import * as v from "valibot";
import { clearSessionCookie, limitPerClient, sessionToken, setSessionCookie } from "../auth";
import type { AppEnv } from "../context";
import { doc, validate } from "../validate";

const userBody = v.object({ user: Account.meSchema });

export const auth = new Hono<AppEnv>()
  .post(
    "/register",
    doc("accounts", "Register with a phone number (or an email) and a password", "public", {
      status: 201,
      schema: userBody,
    }),
    limitPerClient(Account.limits.registrationsPerClient),
    validate("json", Account.registerInput),
    async (c) => {
      const { session, me } = await Account.register(c.req.valid("json"), {
        userAgent: c.req.header("user-agent"),
      });
      setSessionCookie(c, session);
      return c.json({ user: me }, 201);
    },
  )
  .post(
    "/login",
    doc("accounts", "Log in with a phone number or email and the password", "public", { schema: userBody }),
    limitPerClient(Account.limits.loginsPerClient),
    validate("json", Account.loginInput),
    async (c) => {
      const { session, me } = await Account.login(c.req.valid("json"), {
        userAgent: c.req.header("user-agent"),
      });
      setSessionCookie(c, session);
      return c.json({ user: me });
    },
  )
  .post("/logout", doc("accounts", "End this session", "public", { status: 204 }), async (c) => {
    const token = sessionToken(c);
    if (token) await Account.logout(token);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .post(
    "/reset",
    doc("accounts", "Set a new password with a one-time reset token", "public", { status: 204 }),
    validate("json", Account.resetInput),
    async (c) => {
      await Account.resetPassword(c.req.valid("json"));
      return c.body(null, 204);
    },
  );
