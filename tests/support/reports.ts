import type { Actor } from "@berdaya/core/actor";
import * as Report from "@berdaya/core/report";

/**
 * A report summary as a recount gives it, to compare: the course rows in key order (rows with equal
 * counts come in no fixed order) and without the cursor to the courses after the top ones. Compares
 * the whole report while there are no more courses than the summary's top ones; `keptReport` always.
 */
export const comparable = ({ moreCourses: _, ...summary }: Report.Summary) => ({
  ...summary,
  byCourse: [...summary.byCourse].sort((a, b) => a.key.localeCompare(b.key)),
});

/** The kept report whole, to compare with a recount: the summary with every course row, paged. */
export async function keptReport(admin: Actor) {
  const summary = await Report.summary(admin);
  const byCourse = [...summary.byCourse];
  for (let cursor = summary.moreCourses; cursor; ) {
    const page = await Report.coursePage(admin, { cursor, limit: 100 });
    byCourse.push(...page.items);
    cursor = page.cursor;
  }
  return comparable({ ...summary, byCourse });
}
