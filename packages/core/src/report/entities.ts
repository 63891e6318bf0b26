import { Entity } from "electrodb";
import { service } from "../db/service";

/**
 * Report counters, kept on write with atomic ADD: one item per dimension value (the whole province,
 * a regency, a sector, a course, a month). The dashboard reads them all with one Query.
 */
export const Stat = new Entity({
  model: { entity: "stat", version: "1", service },
  attributes: {
    dimension: { type: ["total", "regency", "sector", "course", "month"] as const, required: true },
    key: { type: "string", required: true },
    label: { type: "string" },
    members: { type: "number" },
    trainers: { type: "number" },
    publishedCourses: { type: "number" },
    enrollments: { type: "number" },
    completions: { type: "number" },
    certificatesIssued: { type: "number" },
    certificatesRevoked: { type: "number" },
    /** Events already counted here (see db `once`); swept by the reconciler once they are settled. */
    applied: { type: "set", items: "string" },
  },
  indexes: {
    byDimension: {
      pk: { field: "pk", composite: [] },
      sk: { field: "sk", composite: ["dimension", "key"] },
    },
  },
});
