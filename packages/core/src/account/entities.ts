import { Entity } from "electrodb";
import { service } from "../db/service";

/** A signed-in device. Only the sha256 of the cookie's token is stored; `expiresAt` is the TTL. */
export const Session = new Entity({
  model: { entity: "session", version: "1", service },
  attributes: {
    tokenHash: { type: "string", required: true },
    userId: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    lastSeenAt: { type: "string", required: true },
    /** What the member signed in with ("Chrome · Android"), so they can tell their devices apart. */
    device: { type: "string" },
    /** Epoch seconds: DynamoDB's TTL removes the item after this; reads check it too. */
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byToken: { pk: { field: "pk", composite: ["tokenHash"] }, sk: { field: "sk", composite: [] } },
    byUser: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["userId"] },
      sk: { field: "gsi1sk", composite: ["createdAt"] },
    },
  },
});

/** A one-time password reset link's token (stored as its sha256), valid for 24 hours. */
export const ResetToken = new Entity({
  model: { entity: "resetToken", version: "1", service },
  attributes: {
    tokenHash: { type: "string", required: true },
    userId: { type: "string", required: true },
    createdBy: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    usedAt: { type: "string" },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byToken: { pk: { field: "pk", composite: ["tokenHash"] }, sk: { field: "sk", composite: [] } },
  },
});
