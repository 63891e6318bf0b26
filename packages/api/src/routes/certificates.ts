import * as Association from "@berdaya/core/association";
import * as Certificate from "@berdaya/core/certificate";
import * as Course from "@berdaya/core/course";
import * as Learning from "@berdaya/core/learning";
import * as Upload from "@berdaya/core/upload";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import * as v from "valibot";
import { actorOf, requireActor } from "../auth";
import { cacheTimes, shared, taggedJson } from "../cache";
import type { AppEnv } from "../context";
import { doc, validate } from "../validate";
import { verifyPage } from "./verify-page";

/**
 * What a verifier on another origin reads (keys, issuer, status list, credentials, the verify API):
 * `Access-Control-Allow-Origin: *` on GETs. None of these routes reads the session.
 */
export const openToVerifiers: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.req.method === "GET" || c.req.method === "HEAD")
    c.res.headers.set("Access-Control-Allow-Origin", "*");
};

export const certificates = new Hono<AppEnv>()
  .use(openToVerifiers)
  .get(
    "/:code/credential",
    doc(
      "certificates",
      "The signed Open Badges 3.0 credential (VC-JWT, ES256); 409 while pending",
      "public",
      { type: "application/vc+jwt" },
    ),
    validate("param", Certificate.codeParams),
    async (c) => {
      const code = c.req.valid("param").code;
      const jwt = await Certificate.credential(code);
      c.header("Content-Disposition", `attachment; filename="sertifikat-${code}.jwt"`);
      c.header("Cache-Control", "no-store");
      return c.body(jwt, 200, { "Content-Type": "application/vc+jwt" });
    },
  )
  .get(
    "/:code/status",
    doc("certificates", "One certificate's status by code (verifiers use /api/revocations)", "public", {
      schema: Certificate.statusSchema,
    }),
    validate("param", Certificate.codeParams),
    async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(await Certificate.status(c.req.valid("param").code));
    },
  );

export const revocations = new Hono<AppEnv>()
  .use(openToVerifiers)
  .get(
    "/",
    doc(
      "certificates",
      "The 1EdTechRevocationList: every revoked credential (credentialStatus.id)",
      "public",
      { schema: Certificate.revocationListSchema },
    ),
    shared(cacheTimes.status),
    async (c) => taggedJson(c, await Certificate.revocationList()),
  );

const keyParams = v.object({ name: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,100}$/)) });

/** What a credential's `kid` dereferences to: the public JWK alone. */
export const keys = new Hono<AppEnv>()
  .use(openToVerifiers)
  .get(
    "/:name",
    doc(
      "certificates",
      "One public signing key (JWK): what a credential's kid URL dereferences to",
      "public",
      { schema: Certificate.jwkSchema, type: "application/jwk+json" },
    ),
    validate("param", keyParams),
    shared(cacheTimes.keys),
    async (c) => taggedJson(c, await Certificate.key(c.req.valid("param").name), "application/jwk+json"),
  );

const prefersHtml = (c: Context) => {
  const accept = c.req.header("accept") ?? "";
  return /text\/html/.test(accept) && !/application\/(ld\+)?json/.test(accept);
};

export const achievements = new Hono<AppEnv>()
  .use(openToVerifiers)
  .get(
    "/:courseId",
    doc(
      "certificates",
      "A course's OB 3.0 Achievement (JSON); a browser is sent to the course page",
      "public",
      { schema: Certificate.achievementSchema },
    ),
    validate("param", Course.courseParams),
    async (c) => {
      const achievement = await Certificate.achievementOf(c.req.valid("param").courseId);
      if (prefersHtml(c)) return c.redirect(achievement.criteria.id, 303);
      c.header("Vary", "Accept");
      c.header("Cache-Control", "public, max-age=300");
      return c.json(achievement);
    },
  )
  .get(
    "/:courseId/image",
    doc("certificates", "A course's badge image: the association's upload, else a generated PNG", "public", {
      type: "image/png",
    }),
    validate("param", Course.courseParams),
    async (c) => {
      const courseId = c.req.valid("param").courseId;
      const badge = await Certificate.badgeUploadOf(courseId);
      c.header("Cache-Control", "public, max-age=300");
      if (badge.uploadId) return c.redirect(await Upload.downloadUrl(undefined, badge.uploadId), 302);
      return c.body(new Uint8Array(Certificate.badgePng(courseId)), 200, { "Content-Type": "image/png" });
    },
  );

/** The association sets a course's badge (an image upload of theirs) or clears it with null. */
export const badgeAdmin = new Hono<AppEnv>().use(requireActor("admin")).put(
  "/:courseId/badge",
  doc("admin", "Set or clear a course's certificate badge image", "admin", {
    schema: Certificate.badgeSchema,
  }),
  validate("param", Course.courseParams),
  validate("json", Certificate.badgeInput),
  async (c) =>
    c.json(
      await Certificate.setBadge(actorOf(c), c.req.valid("param").courseId, c.req.valid("json").uploadId),
    ),
);

export const verify = new Hono<AppEnv>()
  .use(openToVerifiers)
  .get(
    "/:code",
    doc("certificates", "Verify a certificate by its code: valid, pending or revoked", "public", {
      schema: Certificate.viewSchema,
    }),
    validate("param", Certificate.codeParams),
    shared(cacheTimes.status),
    async (c) => taggedJson(c, await Certificate.verifyCode(c.req.valid("param").code)),
  )
  .post(
    "/",
    doc(
      "certificates",
      "Verify a signed credential: algorithm, key, signature, issuer, claims, validity window, revocation",
      "public",
      { schema: Certificate.verifyResultSchema },
    ),
    validate("json", Certificate.verifyInput),
    async (c) => c.json(await Certificate.verifyCredential(c.req.valid("json").credential)),
  );

export const myCertificates = new Hono<AppEnv>().get(
  "/",
  requireActor(),
  doc("certificates", "My certificates", "member", { schema: Certificate.mineSchema }),
  async (c) => c.json(await Learning.myCertificates(actorOf(c))),
);

export const issuer = new Hono<AppEnv>().use(openToVerifiers).get(
  "/",
  doc("certificates", "The association's Open Badges 3.0 issuer Profile", "public", {
    schema: Association.issuerProfileSchema,
  }),
  shared(cacheTimes.keys),
  async (c) => taggedJson(c, Association.issuerProfile(await Association.profile())),
);

/** Served at /.well-known/jwks.json: every public key certificates were signed with. */
export const wellKnown = new Hono<AppEnv>()
  .use(openToVerifiers)
  .get("/jwks.json", shared(cacheTimes.keys), async (c) => taggedJson(c, await Certificate.jwks()));

export { verifyPage };
