import { Entity } from "electrodb";
import { service } from "../db/service";

/**
 * A consequence in another domain that is not finished yet: written before the change that causes it,
 * removed when it is done. The reconciler Queries them all; the pending flags on the source item say
 * what is left to do.
 */
export const FollowUp = new Entity({
  model: { entity: "followUp", version: "1", service },
  attributes: {
    kind: {
      type: ["enrollment", "completion", "certificate", "deletion", "counts"] as const,
      required: true,
    },
    subject: { type: "string", required: true },
    /** What the follow-up needs once its source is gone (an account's report cells). */
    payload: { type: "any" },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    byKind: { pk: { field: "pk", composite: [] }, sk: { field: "sk", composite: ["kind", "subject"] } },
  },
});
