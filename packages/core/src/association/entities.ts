import { Entity } from "electrodb";
import { service } from "../db/service";

/** The association that runs this deployment: its name and the people who sign its certificates. */
export const Association = new Entity({
  model: { entity: "association", version: "1", service },
  attributes: {
    associationId: { type: "string", required: true },
    name: { type: "string", required: true },
    shortName: { type: "string", required: true },
    address: { type: "string", required: true, default: "" },
    issuerUrl: { type: "string", required: true },
    signerName: { type: "string", required: true },
    signerTitle: { type: "string", required: true },
    logoUploadId: { type: "string" },
    /** An optional signature or stamp image printed over the signer's name. */
    signatureUploadId: { type: "string" },
    /** The place on the certificate's "<place>, <date>" line. */
    place: { type: "string" },
    /** The association's local time for its exports (WIB when unset: Bengkulu). */
    timeZone: { type: ["WIB", "WITA", "WIT"] as const },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["associationId"] }, sk: { field: "sk", composite: [] } },
  },
});
