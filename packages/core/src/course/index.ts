import type { EntityItem } from "electrodb";
import * as v from "valibot";
import { type Actor, isAdmin } from "../actor/index";
import { isConditionFailure, once, page, pageEntries, service } from "../db/index";
import { forbidden, invalid, notFound } from "../error/index";
import { idSchema } from "../id/index";
import { categories, levels } from "../reference/index";
import * as Report from "../report/index";
import * as Upload from "../upload/index";
import { type Content, kindSchema } from "./content";
import { type Course as CourseEntity, courseStatuses } from "./entities";
import * as Search from "./search";

export type Head = EntityItem<typeof CourseEntity>;

/**
 * The learner's HTML of a lesson (./render.ts). The Markdown renderer and its sanitiser are a third of
 * the API's JavaScript, so they load only when a lesson is saved (or an old one first read), never on
 * a member's cold start (docs/decisions/0015).
 */
export const htmlOf = async (content: Content) => (await import("./render")).htmlOf(content);

export const listInput = v.object({
  ...pageEntries,
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
  category: v.optional(v.picklist(categories as string[])),
  level: v.optional(v.picklist(levels as string[])),
});
export type ListInput = v.InferOutput<typeof listInput>;

export const courseParams = v.object({ courseId: idSchema });

export const summarySchema = v.object({
  id: v.string(),
  title: v.string(),
  summary: v.string(),
  category: v.string(),
  level: v.string(),
  language: v.string(),
  durationMinutes: v.number(),
  moduleCount: v.number(),
  lessonCount: v.number(),
  learnerCount: v.number(),
  trainer: v.object({ name: v.string() }),
  coverUrl: v.nullable(v.string()),
});
export type Summary = v.InferOutput<typeof summarySchema>;

const lessonOutlineSchema = v.object({
  id: v.string(),
  title: v.string(),
  kind: kindSchema,
  durationMinutes: v.number(),
  required: v.boolean(),
});

export const moduleSchema = v.object({
  id: v.string(),
  title: v.string(),
  summary: v.string(),
  lessons: v.array(lessonOutlineSchema),
});

export const detailSchema = v.object({
  ...summarySchema.entries,
  description: v.string(),
  certificateApproval: v.boolean(),
  modules: v.array(moduleSchema),
});
export type Detail = v.InferOutput<typeof detailSchema>;

export const pageSchema = v.object({ items: v.array(summarySchema), cursor: v.nullable(v.string()) });

/** Where an uploaded file is served from (a redirect to a short-lived presigned GET). */
export const fileUrl = Upload.fileUrl;

export function toSummary(course: Head): Summary {
  return {
    id: course.courseId,
    title: course.title,
    summary: course.summary,
    category: course.category,
    level: course.level,
    language: course.language,
    durationMinutes: course.durationMinutes,
    moduleCount: course.moduleCount,
    lessonCount: course.lessonCount,
    learnerCount: course.learnerCount,
    trainer: { name: course.trainerName },
    coverUrl: course.coverUploadId ? fileUrl(course.coverUploadId) : null,
  };
}

/** The terms the catalog search finds a course by (title, summary, description, category, trainer). */
export const searchTextOf = (
  title: string,
  summary: string,
  more: { description?: string; category?: string; trainerName?: string; outline?: string[] } = {},
) => Search.searchTextOf({ title, summary, ...more });

/** "perlindungan-pekerja" → "perlindungan pekerja": a category searched by its words. */
const categoryWords = (category: string) => category.replace(/-/g, " ");

/**
 * The published catalog, one Query. Without words: newest first, a page at a time. With words: every
 * published course (a province's catalog, tens to hundreds of courses) is read by the same Query,
 * matched by its stored terms and ranked (docs/decisions/0014-catalog-search.md); the cursor is then
 * the position in the ranked list.
 */
export async function listPublished(input: ListInput): Promise<{ items: Summary[]; cursor: string | null }> {
  const { category, level } = input;
  const wanted = Search.queryTerms(input.q ?? "");
  const query = () =>
    service.entities.Course.query
      .byStatus({ status: "published" })
      .where((attr, op) =>
        [category && op.eq(attr.category, category), level && op.eq(attr.level, level)]
          .filter(Boolean)
          .join(" AND "),
      );
  if (wanted.length === 0) {
    const result = await page(input.cursor, () =>
      query().go({ cursor: input.cursor ?? null, limit: input.limit, order: "desc" }),
    );
    return { items: result.data.map(toSummary), cursor: result.cursor };
  }
  const offset =
    input.cursor === undefined ? 0 : Number(/^s(\d{1,5})$/.exec(input.cursor)?.[1] ?? Number.NaN);
  if (!Number.isInteger(offset)) throw invalid("invalid_cursor");
  const { data } = await query().go({ pages: "all", order: "desc" });
  const ranked = data
    .map((course) => ({ course, score: Search.score(course, wanted, categoryWords(course.category)) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score);
  const items = ranked.slice(offset, offset + input.limit).map((hit) => toSummary(hit.course));
  const next = offset + input.limit;
  return { items, cursor: next < ranked.length ? `s${next}` : null };
}

export async function head(courseId: string): Promise<Head | null> {
  return (await service.entities.Course.get({ courseId }).go()).data;
}

/** One version's course fields, modules and lesson outlines, in order: one Query. */
/**
 * The one place where "a trainer may only touch their own course" is enforced. `read`: the course's
 * trainer or an admin (reviewing, supporting learners); `edit`: the course's trainer only.
 */
export async function assertOwner(actor: Actor, courseId: string, purpose: "read" | "edit"): Promise<Head> {
  const course = await head(courseId);
  if (!course) throw notFound("course_not_found");
  const mine = course.trainerId === actor.userId;
  if (!mine && !(purpose === "read" && isAdmin(actor))) throw forbidden("course_not_yours");
  return course;
}

/** True when `actor` may see the course as its staff (its trainer or an admin). */
/** Reading, video and document lessons are completed by marking them done; quizzes and worksheets are not. */
export const isMarkable = (kind: string) => kind === "text" || kind === "video" || kind === "document";

export const isStaff = (actor: Actor, course: Head) => course.trainerId === actor.userId || isAdmin(actor);

/** Several courses' heads in one batch (missing ones are left out). */
export async function heads(courseIds: string[]): Promise<Head[]> {
  if (!courseIds.length) return [];
  const { data } = await service.entities.Course.get(courseIds.map((courseId) => ({ courseId }))).go();
  return data;
}

/** One lesson's outline (title, kind, rule), without its body. */
export async function lessonOutline(courseId: string, version: number, lessonId: string) {
  const { data } = await service.entities.Lesson.get({ courseId, version, lessonId }).go();
  if (!data) throw notFound("lesson_not_found");
  return data;
}

/** One lesson of a version: its outline and its body. */
export async function lessonOf(courseId: string, version: number, lessonId: string) {
  const [outline, body] = await Promise.all([
    service.entities.Lesson.get({ courseId, version, lessonId }).go(),
    service.entities.LessonContent.get({ courseId, version, lessonId }).go(),
  ]);
  if (!outline.data || !body.data) throw notFound("lesson_not_found");
  return { outline: outline.data, content: body.data.content as Content, html: body.data.html };
}

/** Every course, for recounts (a Scan: never in a request path). */
export async function all(): Promise<Head[]> {
  return (await service.entities.Course.scan.go({ pages: "all" })).data;
}

/** Sets a course's learner count from a recount. */
export async function setLearnerCount(courseId: string, learnerCount: number) {
  await service.entities.Course.patch({ courseId }).set({ learnerCount }).go();
}

/** Counts a learner on the course's card, once per enrollment event (db `once`). */
export async function countLearner(courseId: string, eventId: string) {
  await once(eventId, service.entities.Course.update({ courseId }).add({ learnerCount: 1 }));
}

/** Forgets settled event ids on the courses' learner counts; the reconciler's sweep. */
export async function sweep(isSettled: (eventId: string) => boolean): Promise<number> {
  let swept = 0;
  for (const status of courseStatuses) {
    const { data } = await service.entities.Course.query.byStatus({ status }).go({ pages: "all" });
    for (const course of data) {
      const done = (course.applied ?? []).filter(isSettled);
      if (!done.length) continue;
      await service.entities.Course.update({ courseId: course.courseId }).delete({ applied: done }).go();
      swept += done.length;
    }
  }
  return swept;
}

export async function readTree(courseId: string, version: number) {
  const { data } = await service.collections.courseTree({ courseId, version }).go({ pages: "all" });
  const modules = [...data.Module].sort((a, b) => a.position - b.position);
  const lessons = [...data.Lesson].sort((a, b) => a.position - b.position);
  return {
    course: data.CourseVersion[0] ?? null,
    modules: modules.map((module) => ({
      ...module,
      lessons: lessons.filter((lesson) => lesson.moduleId === module.moduleId),
    })),
  };
}
export type Tree = Awaited<ReturnType<typeof readTree>>;

export function toDetail(course: Head, tree: Tree): Detail {
  const version = tree.course;
  if (!version) throw notFound("course_not_found");
  const lessons = tree.modules.flatMap((m) => m.lessons);
  return {
    ...toSummary(course),
    title: version.title,
    summary: version.summary,
    category: version.category,
    level: version.level,
    language: version.language,
    coverUrl: version.coverUploadId ? fileUrl(version.coverUploadId) : null,
    durationMinutes: lessons.reduce((sum, l) => sum + l.durationMinutes, 0),
    moduleCount: tree.modules.length,
    lessonCount: lessons.length,
    description: version.description,
    certificateApproval: version.certificateApproval,
    modules: tree.modules.map((module) => ({
      id: module.moduleId,
      title: module.title,
      summary: module.summary,
      lessons: module.lessons.map((lesson) => ({
        id: lesson.lessonId,
        title: lesson.title,
        kind: lesson.kind,
        durationMinutes: lesson.durationMinutes,
        required: lesson.required,
      })),
    })),
  };
}

/**
 * A published course as learners see it: its live version (the head's GetItem, then one Query). An
 * unpublished one only for its learners, its trainer and admins (ADR 0013).
 */
export async function get(courseId: string): Promise<Detail> {
  const course = await head(courseId);
  if (course?.status !== "published") throw notFound("course_not_found");
  return detailOf(course);
}

/** The live version of a course whose head is read already (one Query). */
export async function detailOf(course: Head): Promise<Detail> {
  if (course.liveVersion === undefined) throw notFound("course_not_found");
  return toDetail(course, await readTree(course.courseId, course.liveVersion));
}

/** Changes a course's head: the ElectroDB patch of that course, to set, remove and condition on. */
export const patch = (courseId: string) => service.entities.Course.patch({ courseId });

/** Whether a change's counts are still to be made for this course (the reconciler asks). */
export async function hasChange(courseId: string, change: string) {
  return Boolean((await head(courseId))?.followUps?.includes(change));
}

/** Counts a change to this course written with `followUps` holding `change`, and forgets it. */
export function settleChange(courseId: string, change: string, moves: Report.Move[]) {
  return Report.settleChange(change, moves, async () => {
    await service.entities.Course.patch({ courseId })
      .delete({ followUps: [change] })
      .go()
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  });
}

/** One page of courses with `status`, newest first. */
export function pageByStatus(status: Head["status"], cursor: string | null, limit: number) {
  return service.entities.Course.query.byStatus({ status }).go({ cursor, limit, order: "desc" });
}
