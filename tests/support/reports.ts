import type * as Report from "@berdaya/core/report";

/**
 * A report summary as a recount gives it, to compare: the course rows in key order (rows with equal
 * counts come in no fixed order) and without the cursor to the courses after the top ones. Holds
 * while there are no more courses than the summary's top ones.
 */
export const comparable = ({ moreCourses: _, ...summary }: Report.Summary) => ({
  ...summary,
  byCourse: [...summary.byCourse].sort((a, b) => a.key.localeCompare(b.key)),
});
