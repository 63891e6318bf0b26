import { Entity } from "electrodb";
import { service } from "../db/service";

/**
 * A replayable request a member sent with an `Idempotency-Key` (ADR 17): claimed with a conditional
 * put before the work, then holding the first answer, which every replay of the key gets back.
 * Expires with the table's TTL.
 */
export const IdempotencyRecord = new Entity({
  model: { entity: "idempotencyRecord", version: "1", service },
  attributes: {
    userId: { type: "string", required: true },
    key: { type: "string", required: true },
    /** sha256 of method, path and body: the same key with another request is refused. */
    fingerprint: { type: "string", required: true },
    state: { type: ["pending", "done"] as const, required: true },
    claimedAt: { type: "number", required: true },
    status: { type: "number" },
    body: { type: "string" },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    // One partition per member: their keys are found together when the account is deleted.
    byKey: { pk: { field: "pk", composite: ["userId"] }, sk: { field: "sk", composite: ["key"] } },
  },
});
