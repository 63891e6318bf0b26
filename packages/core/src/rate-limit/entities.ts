import { Entity } from "electrodb";
import { service } from "../db/service";

/** A fixed-window counter for rate limits, shared by every Lambda instance; expires with its window. */
export const Counter = new Entity({
  model: { entity: "counter", version: "1", service },
  attributes: {
    scope: { type: "string", required: true },
    key: { type: "string", required: true },
    window: { type: "number", required: true },
    count: { type: "number", required: true, default: 0 },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byKey: { pk: { field: "pk", composite: ["scope", "key", "window"] }, sk: { field: "sk", composite: [] } },
  },
});
