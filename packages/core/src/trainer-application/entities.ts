import { Entity } from "electrodb";
import { service } from "../db/service";

export const applicationStatuses = ["pending", "approved", "rejected"] as const;

/** A learner's request to become a trainer, decided by an admin. */
export const TrainerApplication = new Entity({
  model: { entity: "trainerApplication", version: "1", service },
  attributes: {
    applicationId: { type: "string", required: true },
    userId: { type: "string", required: true },
    name: { type: "string", required: true },
    phone: { type: "string" },
    email: { type: "string" },
    motivation: { type: "string", required: true },
    expertise: { type: "string", required: true },
    status: { type: applicationStatuses, required: true },
    reason: { type: "string" },
    decidedBy: { type: "string" },
    decidedAt: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["applicationId"] }, sk: { field: "sk", composite: [] } },
    byStatus: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["status"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "applicationId"] },
    },
    byUser: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["userId"] },
      sk: { field: "gsi2sk", composite: ["createdAt", "applicationId"] },
    },
  },
});
