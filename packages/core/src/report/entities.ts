import { Entity } from "electrodb";
import { service } from "../db/service";

/**
 * Report counters, kept on write with atomic ADD: one item per dimension value (the whole province,
 * a regency, a sector, a course, a month). The dashboard reads the few places and months with one
 * Query and only the top courses, by enrollments, from `byRank` (ADR 0016).
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
    /**
     * A dimension's cells, most enrollments first: the index's keys are the cell's own `dimension` and
     * numeric `enrollments` attributes, so each atomic ADD keeps the order. Every count writes
     * `enrollments` (0 if it counts something else), so every cell is in it.
     */
    byRank: {
      index: "rank",
      pk: { field: "dimension", composite: ["dimension"] },
      sk: { field: "enrollments", composite: ["enrollments"] },
    },
  },
});
