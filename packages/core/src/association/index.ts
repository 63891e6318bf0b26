import * as v from "valibot";
import { type Actor, assertAdmin } from "../actor/index";
import { links } from "../certificate/links";
import { service } from "../db/index";
import { notFound } from "../error/index";
import { idSchema } from "../id/index";
import { association as defaults } from "../reference/index";
import { textLimits } from "../text-limits/index";
import * as Upload from "../upload/index";

export const profileSchema = v.object({
  associationId: v.string(),
  name: v.string(),
  shortName: v.string(),
  address: v.string(),
  issuerUrl: v.string(),
  signerName: v.string(),
  signerTitle: v.string(),
  logoUploadId: v.optional(v.string()),
  signatureUploadId: v.optional(v.string()),
  place: v.optional(v.string()),
  timeZone: v.optional(v.picklist(["WIB", "WITA", "WIT"])),
  updatedAt: v.string(),
});
export type Profile = v.InferOutput<typeof profileSchema>;

/** OB 3.0 Profile (§B.2.7) of the issuer, with its JSON-LD context. */
export const issuerProfileSchema = v.object({
  "@context": v.array(v.string()),
  id: v.string(),
  type: v.array(v.string()),
  name: v.string(),
  url: v.string(),
  address: v.optional(v.object({ type: v.array(v.string()), streetAddress: v.string() })),
});

/** The association that runs this deployment: its name, public URL and the signer on its certificates. */
export async function profile(): Promise<Profile> {
  const { data } = await service.entities.Association.get({ associationId: defaults.associationId }).go();
  if (!data) throw notFound("association_missing");
  return data;
}

/** The Open Badges 3.0 issuer Profile (GET /api/issuer). */
export function issuerProfile(association: Profile): v.InferOutput<typeof issuerProfileSchema> {
  return {
    "@context": [
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    id: issuerId(association),
    type: ["Profile"],
    name: association.name,
    url: association.issuerUrl,
    ...(association.address ? { address: { type: ["Address"], streetAddress: association.address } } : {}),
  };
}

export const issuerId = (association: Profile) => links(association.issuerUrl).issuer;

/** The place printed on certificates when the association has not set one. */
export const defaultPlace = "Bengkulu";

export const profileInput = v.strictObject({
  name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(150))),
  shortName: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z]{2,6}$/), v.toUpperCase())),
  address: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(textLimits.associationAddress))),
  issuerUrl: v.optional(v.pipe(v.string(), v.trim(), v.url(), v.regex(/^https?:\/\/[^/]+$/))),
  signerName: v.optional(v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(120))),
  signerTitle: v.optional(v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(150))),
  logoUploadId: v.optional(v.nullable(idSchema)),
  signatureUploadId: v.optional(v.nullable(idSchema)),
  place: v.optional(v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(60))),
  /** Western, Central or Eastern Indonesia Time, for the times in the association's exports. */
  timeZone: v.optional(v.picklist(["WIB", "WITA", "WIT"])),
});

/**
 * Admins edit the profile; certificates issued from now on and the issuer Profile use it. Issued
 * certificates keep the issuer, signer, logo and place they were issued with (kept on each).
 */
export async function update(actor: Actor, input: v.InferOutput<typeof profileInput>) {
  assertAdmin(actor);
  const { logoUploadId, signatureUploadId, ...fields } = input;
  if (logoUploadId) await Upload.requireReady(actor, logoUploadId, ["image"]);
  if (signatureUploadId) await Upload.requireReady(actor, signatureUploadId, ["image"]);
  let patch = service.entities.Association.patch({ associationId: defaults.associationId }).set({
    ...fields,
    updatedAt: new Date().toISOString(),
  });
  if (logoUploadId === null) patch = patch.remove(["logoUploadId"]);
  else if (logoUploadId) patch = patch.set({ logoUploadId });
  if (signatureUploadId === null) patch = patch.remove(["signatureUploadId"]);
  else if (signatureUploadId) patch = patch.set({ signatureUploadId });
  await patch.go();
  return profile();
}
