import { Entity } from "electrodb";

/**
 * One revoked certificate in the association's revocation list (1EdTechRevocationList): written when
 * an admin revokes, read all at once with one Query when a verifier asks for the list.
 */
export const Revocation = new Entity({
  model: { entity: "revocation", version: "1", service: "berdaya" },
  attributes: {
    code: { type: "string", required: true },
    credentialId: { type: "string", required: true },
    reason: { type: "string", required: true },
    revokedAt: { type: "string", required: true },
  },
  indexes: {
    byCode: { pk: { field: "pk", composite: [] }, sk: { field: "sk", composite: ["code"] } },
  },
});
