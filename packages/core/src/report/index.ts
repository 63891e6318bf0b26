import { type Actor, assertAdmin } from "../actor/index";
import { once, service } from "../db/index";

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
type Counts = Record<CounterName, number>;

/** Where an event happened: the member's regency and sector, the course, and when. */
export interface Where {
  regency?: string | null;
  sector?: string | null;
  course?: { id: string; title: string } | null;
  /** When; without it only the regency and sector cells change (a member moving between them). */
  at?: string;
}

const monthOf = (iso: string) => iso.slice(0, 7);

function cells(where: Where) {
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
 * Counts an event in every dimension it belongs to, each with an atomic ADD. Runs after the write it
 * counts, which has already succeeded: a counter that cannot be written is logged rather than
 * failing the member's request, and `npm run reports:rebuild` recounts it from the source items.
 */
export async function count(counter: CounterName, where: Where, by = 1): Promise<void> {
  const results = await Promise.allSettled(
    cells(where).map(({ label, ...key }) => {
      const update = service.entities.Stat.update(key).add({ [counter]: by });
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

/**
 * Counts the event `eventId` in every dimension it belongs to, once however often it is retried
 * (db `once`). A failure throws: the follow-up that counts stays pending and is retried.
 */
export async function countOnce(counter: CounterName, where: Where, eventId: string, by = 1): Promise<void> {
  await Promise.all(
    cells(where).map(({ label, ...key }) => {
      const update = service.entities.Stat.update(key).add({ [counter]: by });
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

function toRow(item: { key: string; label?: string } & Partial<Counts>): Row {
  return {
    key: item.key,
    label: item.label ?? item.key,
    ...Object.fromEntries(counters.map((c) => [c, item[c] ?? 0])),
  } as Row;
}

/** The dashboard's figures: one Query over the counters, whatever the size of the data. */
export async function summary(actor: Actor) {
  assertAdmin(actor);
  const { data } = await service.entities.Stat.query.byDimension({}).go({ pages: "all" });
  return shape(data.map((item) => ({ ...item })));
}

export function shape(items: ({ dimension: string; key: string; label?: string } & Partial<Counts>)[]) {
  const of = (dimension: string) =>
    items
      .filter((item) => item.dimension === dimension)
      .map(toRow)
      .filter((row) => counters.some((c) => row[c] !== 0));
  const total = items.find((item) => item.dimension === "total");
  const totals = toRow(total ?? { key: "all" });
  return {
    totals: Object.fromEntries(counters.map((c) => [c, totals[c]])) as Counts,
    byRegency: of("regency").sort((a, b) => a.label.localeCompare(b.label)),
    bySector: of("sector").sort((a, b) => a.label.localeCompare(b.label)),
    byCourse: of("course").sort((a, b) => b.enrollments - a.enrollments),
    byMonth: of("month").sort((a, b) => a.key.localeCompare(b.key)),
  };
}
export type Summary = ReturnType<typeof shape>;

/**
 * Recounts every figure from the source items (users, courses, enrollments, certificates). A Scan:
 * for `npm run reports:rebuild` and the tests, never for a request.
 */
export async function recount() {
  const [users, courses, enrollments, certificates] = await Promise.all([
    service.entities.User.scan.go({ pages: "all" }),
    service.entities.Course.scan.go({ pages: "all" }),
    service.entities.Enrollment.scan.go({ pages: "all" }),
    service.entities.Certificate.scan.go({ pages: "all" }),
  ]);
  const table = new Map<string, { dimension: string; key: string; label?: string } & Partial<Counts>>();
  const add = (counter: CounterName, where: Where) => {
    for (const { label, ...cell } of cells(where)) {
      const id = `${cell.dimension}#${cell.key}`;
      const item = table.get(id) ?? { ...cell, ...(label ? { label } : {}) };
      item[counter] = (item[counter] ?? 0) + 1;
      table.set(id, item);
    }
  };
  const courseById = new Map(courses.data.map((c) => [c.courseId, c]));
  for (const user of users.data) {
    if (user.role === "admin") continue;
    add("members", { regency: user.regency, sector: user.sector, at: user.createdAt });
    if (user.role === "trainer") {
      add("trainers", {
        regency: user.regency,
        sector: user.sector,
        at: user.trainerSince ?? user.createdAt,
      });
    }
  }
  for (const course of courses.data) {
    if (course.status === "published") {
      add("publishedCourses", {
        course: { id: course.courseId, title: course.title },
        at: course.publishedAt ?? course.createdAt,
      });
    }
  }
  // Enrollments and certificates carry the regency and sector the member had when they happened.
  for (const enrollment of enrollments.data) {
    const course = courseById.get(enrollment.courseId);
    const where = {
      regency: enrollment.regency,
      sector: enrollment.sector,
      course: course ? { id: course.courseId, title: course.title } : null,
    };
    add("enrollments", { ...where, at: enrollment.enrolledAt });
    if (enrollment.status === "completed") {
      add("completions", { ...where, at: enrollment.completedAt ?? enrollment.enrolledAt });
    }
  }
  for (const certificate of certificates.data) {
    const where = {
      regency: certificate.regency,
      sector: certificate.sector,
      course: { id: certificate.courseId, title: certificate.courseTitle },
    };
    add("certificatesIssued", { ...where, at: certificate.issuedAt });
    if (certificate.status === "revoked") {
      add("certificatesRevoked", { ...where, at: certificate.revokedAt ?? certificate.issuedAt });
    }
  }
  return [...table.values()];
}

/** Replaces the kept counters, and each course's learner count, with a recount. */
export async function rebuild() {
  const fresh = await recount();
  const { data: enrollments } = await service.entities.Enrollment.scan.go({ pages: "all" });
  const { data: courses } = await service.entities.Course.scan.go({ pages: "all" });
  for (const course of courses) {
    const learners = enrollments.filter((e) => e.courseId === course.courseId).length;
    if (course.learnerCount !== learners) {
      await service.entities.Course.patch({ courseId: course.courseId }).set({ learnerCount: learners }).go();
    }
  }
  const { data: old } = await service.entities.Stat.query.byDimension({}).go({ pages: "all" });
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
  return shape(fresh);
}
