import { service } from "../db/index";
import { notFound } from "../error/index";
import { association as defaults } from "../reference/index";

/** The association that runs this deployment: its name, public URL and the signer on its certificates. */
export async function profile() {
  const { data } = await service.entities.Association.get({ associationId: defaults.associationId }).go();
  if (!data) throw notFound("association_missing");
  return data;
}

export type Profile = Awaited<ReturnType<typeof profile>>;

/** The Open Badges 3.0 issuer Profile (GET /api/issuer). */
export function issuerProfile(association: Profile) {
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

export const issuerId = (association: Profile) => `${association.issuerUrl}/api/issuer`;
