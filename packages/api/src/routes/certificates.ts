import * as Association from "@berdaya/core/association";
import * as Certificate from "@berdaya/core/certificate";
import * as Learning from "@berdaya/core/learning";
import { Hono } from "hono";
import * as v from "valibot";
import { actorOf, requireActor } from "../auth";
import type { AppEnv } from "../context";
import { doc, validate } from "../validate";

const viewSchema = v.looseObject({
  code: v.string(),
  status: v.picklist(["pending", "valid", "revoked"]),
  holder: v.nullable(v.string()),
});

export const certificates = new Hono<AppEnv>()
  .get(
    "/:code/pdf",
    doc("certificates", "The printable certificate (PDF) with a QR code to its verify page", "public", {
      description: "application/pdf",
    }),
    validate("param", Certificate.codeParams),
    async (c) => {
      const code = c.req.valid("param").code;
      const [view, association] = await Promise.all([Certificate.verifyCode(code), Association.profile()]);
      const pdf = await Certificate.renderPdf(view, association);
      c.header("Content-Disposition", `inline; filename="sertifikat-${code}.pdf"`);
      c.header("Cache-Control", "no-store");
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, { "Content-Type": "application/pdf" });
    },
  )
  .get(
    "/:code/credential",
    doc("certificates", "The signed Open Badges 3.0 credential (VC-JWT)", "public", {
      description: "application/vc+jwt",
    }),
    validate("param", Certificate.codeParams),
    async (c) => {
      const code = c.req.valid("param").code;
      c.header("Content-Disposition", `attachment; filename="sertifikat-${code}.jwt"`);
      return c.body(await Certificate.credential(code), 200, { "Content-Type": "application/vc+jwt" });
    },
  )
  .get(
    "/:code/status",
    doc("certificates", "The credential's revocation status (its credentialStatus entry)", "public"),
    validate("param", Certificate.codeParams),
    async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(await Certificate.status(c.req.valid("param").code));
    },
  );

export const verify = new Hono<AppEnv>()
  .get(
    "/:code",
    doc("certificates", "Verify a certificate by its code: valid, pending or revoked", "public", {
      schema: viewSchema,
    }),
    validate("param", Certificate.codeParams),
    async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(await Certificate.verifyCode(c.req.valid("param").code));
    },
  )
  .post(
    "/",
    doc(
      "certificates",
      "Verify a signed credential: signature (EdDSA, our JWKS), issuer, validity window, revocation",
      "public",
    ),
    validate("json", Certificate.verifyInput),
    async (c) => c.json(await Certificate.verifyCredential(c.req.valid("json").credential)),
  );

export const myCertificates = new Hono<AppEnv>().get(
  "/",
  requireActor(),
  doc("certificates", "My certificates", "member"),
  async (c) => c.json(await Learning.myCertificates(actorOf(c))),
);

export const issuer = new Hono<AppEnv>().get(
  "/",
  doc("certificates", "The association's Open Badges 3.0 issuer Profile", "public"),
  async (c) => c.json(Association.issuerProfile(await Association.profile())),
);

/** Served at /.well-known/jwks.json: every public key certificates were signed with. */
export const wellKnown = new Hono<AppEnv>().get("/jwks.json", async (c) => {
  c.header("Cache-Control", "public, max-age=300");
  return c.json(await Certificate.jwks());
});
