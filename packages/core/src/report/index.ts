import { createConversions } from "electrodb";
import * as v from "valibot";
import { type Actor, assertAdmin } from "../actor/index";
import { once, page, pageEntries, service } from "../db/index";
import * as FollowUp from "../follow-up/index";
import { newId } from "../id/index";

export const counters = [
  "members",
  "trainers",
  "publishedCourses",
  "enrollments",
  "completions",
  "certificatesIssued",
  "certificatesRevoked",
] as const;
export type CounterName = (typeof counters)[number];

const countsSchema = v.object(
  Object.fromEntries(counters.map((c) => [c, v.number()])) as Record<CounterName, v.NumberSchema<undefined>>,
);
const rowSchema = v.object({ key: v.string(), label: v.string(), ...countsSchema.entries });
/** The dashboard: totals, the counts by regency, sector and month, and the top courses. */
export const summarySchema = v.object({
  totals: countsSchema,
  byRegency: v.array(rowSchema),
  bySector: v.array(rowSchema),
  /** The `topCourses` courses with the most enrollments; the rest through `/reports/courses`. */
  byCourse: v.array(rowSchema),
  /** Where `/reports/courses` goes on after `byCourse`; null when there is no other course. */
  moreCourses: v.nullable(v.string()),
  byMonth: v.array(rowSchema),
});
/** The course rows, most enrollments first, a page at a time. */
export const coursesInput = v.object(pageEntries);
export const coursesSchema = v.object({ items: v.array(rowSchema), cursor: v.nullable(v.string()) });
/** How many courses the summary carries (its chart's bars). */
export const topCourses = 10;
export type Counts = Record<CounterName, number>;

/** Where an event happened: the member's regency and sector, the course, and when. */
export interface Where {
  regency?: string | null;
  sector?: string | null;
  course?: { id: string; title: string } | null;
  /** When; without it only the regency and sector cells change (a member moving between them). */
  at?: string;
}

const monthOf = (iso: string) => iso.slice(0, 7);

export function cells(where: Where) {
  return [
    ...(where.at ? [{ dimension: "total" as const, key: "all" }] : []),
    ...(where.regency ? [{ dimension: "regency" as const, key: where.regency }] : []),
    ...(where.sector ? [{ dimension: "sector" as const, key: where.sector }] : []),
    ...(where.course
      ? [{ dimension: "course" as const, key: where.course.id, label: where.course.title }]
      : []),
    ...(where.at ? [{ dimension: "month" as const, key: monthOf(where.at) }] : []),
  ];
}

/**
 * The atomic ADD of `by` to one counter of a cell. It also adds 0 to `enrollments`, so that a cell
 * that counts only something else (a course published, not yet taken) has the numeric attribute the
 * `byRank` index sorts on.
 */
function addTo(
  key: Pick<ReturnType<typeof cells>[number], "dimension" | "key">,
  counter: CounterName,
  by: number,
) {
  return service.entities.Stat.update({ dimension: key.dimension, key: key.key }).add({
    enrollments: 0,
    [counter]: by,
  });
}

/**
 * Counts an event in every dimension it belongs to, each with an atomic ADD. Runs after the write it
 * counts, which has already succeeded: a counter that cannot be written is logged rather than
 * failing the member's request, and `npm run reports:rebuild` recounts it from the source items.
 */
export async function count(counter: CounterName, where: Where, by = 1): Promise<void> {
  const results = await Promise.allSettled(
    cells(where).map(({ label, ...key }) => {
      const update = addTo(key, counter, by);
      return (label ? update.set({ label }) : update).go();
    }),
  );
  const failed = results.filter((r) => r.status === "rejected");
  if (failed.length) {
    console.warn(
      JSON.stringify({
        level: "warn",
        event: "report_counter_missed",
        counter,
        cells: failed.length,
        fix: "npm run reports:rebuild",
      }),
    );
  }
}

/** One counter moved by a change: +1 or -1 in the cells of `where`. */
export interface Move {
  counter: CounterName;
  where: Where;
  by: 1 | -1;
}

/** The item whose write a change's counts belong to; it carries the change's id until they are counted. */
export interface Owner {
  entity: "user" | "course";
  id: string;
}

export interface PendingChange {
  owner: Owner;
  moves: Move[];
}

/**
 * Announces the counts of a change about to be written (a registration, a role, a move between
 * regencies, a course published or taken back): the write adds the returned id to its owner item's
 * `followUps`, and `settleChange` counts it, by the request or later by the reconciler.
 */
export async function announceChange(owner: Owner, moves: Move[]): Promise<string> {
  const change = newId();
  await FollowUp.announce("counts", change, { owner, moves } satisfies PendingChange);
  return change;
}

/** Counts a written change once each (retry-safe), lets the owner forget it, and settles it. */
export async function settleChange(change: string, moves: Move[], forget: () => Promise<void>) {
  await Promise.all(
    moves.map((move, index) =>
      countOnce(move.counter, move.where, FollowUp.eventId("counts", change, String(index)), move.by),
    ),
  );
  await forget();
  await FollowUp.settled("counts", change);
}

/**
 * Counts the event `eventId` in every dimension it belongs to, once however often it is retried
 * (db `once`). A failure throws: the follow-up that counts stays pending and is retried.
 */
export async function countOnce(counter: CounterName, where: Where, eventId: string, by = 1): Promise<void> {
  await Promise.all(
    cells(where).map(({ label, ...key }) => {
      const update = addTo(key, counter, by);
      return once(eventId, label ? update.set({ label }) : update);
    }),
  );
}

/** Forgets the counted-event ids that `isSettled` says can no longer be retried; the reconciler's sweep. */
export async function sweep(isSettled: (eventId: string) => boolean): Promise<number> {
  const { data } = await service.entities.Stat.query.byDimension({}).go({ pages: "all" });
  let swept = 0;
  for (const cell of data) {
    const done = (cell.applied ?? []).filter(isSettled);
    if (!done.length) continue;
    await service.entities.Stat.update({ dimension: cell.dimension, key: cell.key })
      .delete({ applied: done })
      .go();
    swept += done.length;
  }
  return swept;
}

export interface Row extends Counts {
  key: string;
  label: string;
}

/** A cell with something counted: one whose counts all went back to 0 is not shown. */
const counted = (row: Row) => counters.some((c) => row[c] !== 0);

function toRow(item: { key: string; label?: string } & Partial<Counts>): Row {
  return {
    key: item.key,
    label: item.label ?? item.key,
    ...Object.fromEntries(counters.map((c) => [c, item[c] ?? 0])),
  } as Row;
}

// Only what the dashboard shows: a cell's `applied` event ids (up to five minutes' worth until the
// reconciler forgets them) are read by no one here.
const shown = ["dimension", "key", "label", ...counters] as const;

/**
 * The dashboard's figures in two Queries whatever the size of the data (ADR 0016): every cell but
 * the courses' (the province, the regencies, sectors and months: a few dozen), and the top courses by
 * enrollments.
 */
export async function summary(actor: Actor): Promise<v.InferOutput<typeof summarySchema>> {
  assertAdmin(actor);
  const [places, courses] = await Promise.all([
    // Cell keys sort by dimension: course < month < regency < sector < total.
    service.entities.Stat.query
      .byDimension({})
      .between({ dimension: "month" }, { dimension: "total", key: "all" })
      .go({ pages: "all", attributes: [...shown] }),
    courseRows(null, topCourses),
  ]);
  return {
    ...shape(places.data.map((item) => ({ ...item }))),
    byCourse: courses.items,
    moreCourses: courses.cursor,
  };
}

/** The course rows after `cursor`, most enrollments first (the dashboard's "show more"). */
export async function coursePage(
  actor: Actor,
  input: v.InferOutput<typeof coursesInput>,
): Promise<v.InferOutput<typeof coursesSchema>> {
  assertAdmin(actor);
  return page(input.cursor, () => courseRows(input.cursor ?? null, input.limit));
}

const rankCursor = createConversions(service.entities.Stat).byAccessPattern.byRank.fromComposite.toCursor;

/**
 * `limit` course rows after `cursor`. One more is read, so a page that ends the list says so:
 * DynamoDB returns a LastEvaluatedKey whenever it stops at the limit, even with nothing after it,
 * which showed "Muat lebih banyak" once more, to load nothing.
 */
async function courseRows(cursor: string | null, limit: number) {
  const { data } = await service.entities.Stat.query
    .byRank({ dimension: "course" })
    // All attributes: ElectroDB adds the index's keys to a projection, and these keys are attributes.
    .go({ cursor, limit: limit + 1, order: "desc" });
  const items = data.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toRow).filter(counted),
    cursor: data.length > limit && last ? rankCursor(last) : null,
  };
}

export function shape(items: ({ dimension: string; key: string; label?: string } & Partial<Counts>)[]) {
  const of = (dimension: string) =>
    items
      .filter((item) => item.dimension === dimension)
      .map(toRow)
      .filter(counted);
  const total = items.find((item) => item.dimension === "total");
  const totals = toRow(total ?? { key: "all" });
  return {
    totals: Object.fromEntries(counters.map((c) => [c, totals[c]])) as Counts,
    byRegency: of("regency").sort((a, b) => a.label.localeCompare(b.label)),
    bySector: of("sector").sort((a, b) => a.label.localeCompare(b.label)),
    byCourse: of("course").sort((a, b) => b.enrollments - a.enrollments),
    moreCourses: null as string | null,
    byMonth: of("month").sort((a, b) => a.key.localeCompare(b.key)),
  };
}
export type Summary = ReturnType<typeof shape>;

/** The kept counters as stored, for a rebuild to compare. */
export async function cellsStored() {
  return (await service.entities.Stat.query.byDimension({}).go({ pages: "all" })).data;
}

/** Replaces every kept counter with `fresh` (a recount), removing cells that no longer count anything. */
export async function replaceAll(
  fresh: ({ dimension: string; key: string; label?: string } & Partial<Counts>)[],
) {
  const old = await cellsStored();
  const keep = new Set(fresh.map((item) => `${item.dimension}#${item.key}`));
  const stale = old.filter((item) => !keep.has(`${item.dimension}#${item.key}`));
  if (stale.length)
    await service.entities.Stat.delete(stale.map(({ dimension, key }) => ({ dimension, key }))).go();
  for (const item of fresh) {
    await service.entities.Stat.put({
      ...item,
      dimension: item.dimension as "total",
      ...Object.fromEntries(counters.map((c) => [c, item[c] ?? 0])),
    }).go();
  }
}
