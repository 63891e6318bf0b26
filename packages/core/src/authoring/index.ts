import * as v from "valibot";
import { type Actor, assertAdmin } from "../actor/index";
import { type Content, contentSchema, imagesAreOwn, kindSchema } from "../course/content";
import * as Course from "../course/index";
import { isConditionFailure, page, pageEntries, service } from "../db/index";
import { conflict, DomainError, invalid, notFound } from "../error/index";
import { idSchema, newId } from "../id/index";
import { replaceAssetRefs } from "../module-package/markdown";
import type { PlannedContent } from "../module-package/plan";
import { reasonLength } from "../reason/index";
import { categories, levels } from "../reference/index";
import * as Report from "../report/index";
import { textLimits } from "../text-limits/index";
import * as Upload from "../upload/index";

/**
 * Trainers build courses; the association reviews them. A course has a live version (what learners
 * see) and at most one draft version (what its trainer edits and the admin reviews). Editing a
 * published course first copies the live version into a new draft; approving the draft makes it live
 * with one conditional write on the course's head item.
 */

const title = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(textLimits.title));
const summary = v.pipe(v.string(), v.trim(), v.maxLength(textLimits.summary));
const markdown = v.pipe(
  v.string(),
  v.maxLength(textLimits.markdown),
  v.check(imagesAreOwn, "markdown_foreign_image"),
);
const duration = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600));
const position = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000));

export const courseInput = v.strictObject({
  title,
  summary: v.optional(summary, ""),
  description: v.optional(markdown, ""),
  category: v.picklist(categories as string[]),
  level: v.picklist(levels as string[]),
  language: v.optional(v.picklist(["id", "en"]), "id"),
  coverUploadId: v.optional(idSchema),
  certificateApproval: v.optional(v.boolean(), false),
});

export const coursePatch = v.strictObject({
  title: v.optional(title),
  summary: v.optional(summary),
  description: v.optional(markdown),
  category: v.optional(v.picklist(categories as string[])),
  level: v.optional(v.picklist(levels as string[])),
  language: v.optional(v.picklist(["id", "en"])),
  coverUploadId: v.optional(v.nullable(idSchema)),
  certificateApproval: v.optional(v.boolean()),
});

export const moduleInput = v.strictObject({ title, summary: v.optional(summary, "") });
export const modulePatch = v.strictObject({
  title: v.optional(title),
  summary: v.optional(summary),
  position: v.optional(position),
});

export const lessonInput = v.strictObject({
  title,
  durationMinutes: v.optional(duration, 10),
  required: v.optional(v.boolean(), true),
  content: contentSchema,
});
export const lessonPatch = v.strictObject({
  title: v.optional(title),
  durationMinutes: v.optional(duration),
  required: v.optional(v.boolean()),
  content: v.optional(contentSchema),
  moduleId: v.optional(idSchema),
  position: v.optional(position),
});

export const importInput = v.strictObject({ uploadId: idSchema });

export const rejectInput = v.strictObject({
  reason: v.pipe(v.string(), v.trim(), v.minLength(reasonLength.min), v.maxLength(reasonLength.max.course)),
});
export const queueInput = v.object({ ...pageEntries });

export const moduleParams = v.object({ courseId: idSchema, moduleId: idSchema });
export const lessonParams = v.object({ courseId: idSchema, moduleId: idSchema, lessonId: idSchema });
export const courseLessonParams = v.object({ courseId: idSchema, lessonId: idSchema });

export const stateSchema = v.object({
  status: v.picklist(["draft", "published", "unpublished"]),
  draft: v.nullable(v.picklist(["editing", "in_review"])),
  reviewReason: v.nullable(v.string()),
  liveVersion: v.nullable(v.number()),
  draftVersion: v.nullable(v.number()),
});
export const editableSchema = v.object({ ...Course.detailSchema.entries, state: stateSchema });
export const mineSchema = v.object({
  items: v.array(v.object({ ...Course.summarySchema.entries, state: stateSchema })),
});
export const queueSchema = v.object({
  items: v.array(
    v.object({
      courseId: v.string(),
      title: v.string(),
      trainerName: v.string(),
      submittedAt: v.string(),
      version: v.number(),
    }),
  ),
  cursor: v.nullable(v.string()),
});

/** A lesson as its trainer edits it: the outline and the whole content (quiz answer keys included). */
export const editLessonSchema = v.object({
  lessonId: v.string(),
  moduleId: v.string(),
  title: v.string(),
  kind: kindSchema,
  durationMinutes: v.number(),
  required: v.boolean(),
  mustBeAccepted: v.boolean(),
  position: v.number(),
  content: contentSchema,
});
export type EditLesson = v.InferOutput<typeof editLessonSchema>;

type Head = Course.Head;

const now = () => new Date().toISOString();

function stateOf(head: Head) {
  return {
    status: head.status,
    draft: head.draftState === "copying" ? "editing" : (head.draftState ?? null),
    reviewReason: head.reviewReason ?? null,
    liveVersion: head.liveVersion ?? null,
    draftVersion: head.draftVersion ?? null,
  } as const;
}

async function checkUploads(actor: Actor, content: Content) {
  if (content.kind === "document") await Upload.requireReady(actor, content.uploadId, ["document"]);
  if (content.kind === "video" && content.source.type === "upload") {
    await Upload.requireReady(actor, content.source.uploadId, ["video"]);
  }
}

export async function createCourse(actor: Actor, input: v.InferOutput<typeof courseInput>) {
  if (input.coverUploadId) await Upload.requireReady(actor, input.coverUploadId, ["image"]);
  const courseId = newId();
  const at = now();
  const { coverUploadId, ...fields } = input;
  await service.entities.CourseVersion.create({
    courseId,
    version: 1,
    ...fields,
    ...(coverUploadId ? { coverUploadId } : {}),
    updatedAt: at,
  }).go();
  await service.entities.Course.create({
    courseId,
    trainerId: actor.userId,
    trainerName: actor.name,
    status: "draft",
    draftVersion: 1,
    draftState: "editing",
    title: input.title,
    summary: input.summary,
    category: input.category,
    level: input.level,
    language: input.language,
    searchText: Course.searchTextOf(input.title, input.summary),
    certificateApproval: input.certificateApproval,
    ...(coverUploadId ? { coverUploadId } : {}),
    createdAt: at,
    updatedAt: at,
  }).go();
  return editable(actor, courseId);
}

export async function listMine(actor: Actor): Promise<v.InferOutput<typeof mineSchema>> {
  const { data } = await service.entities.Course.query
    .byTrainer({ trainerId: actor.userId })
    .go({ pages: "all", order: "desc" });
  return { items: data.map((head) => ({ ...Course.toSummary(head), state: stateOf(head) })) };
}

/** The association's last decision on each of my courses' submitted drafts (my notifications). */
export async function decisionsFor(actor: Actor) {
  const { data } = await service.entities.Course.query
    .byTrainer({ trainerId: actor.userId })
    .go({ pages: "all" });
  return data.flatMap(({ courseId, title, reviewDecision, reviewedAt, reviewReason }) =>
    reviewDecision && reviewedAt
      ? [{ courseId, title, decision: reviewDecision, at: reviewedAt, reason: reviewReason ?? null }]
      : [],
  );
}

/** The version a trainer works on: the draft when there is one, else the live version. */
export async function editable(
  actor: Actor,
  courseId: string,
): Promise<v.InferOutput<typeof editableSchema>> {
  const head = await Course.assertOwner(actor, courseId, "read");
  const version = head.draftVersion ?? head.liveVersion;
  if (version === undefined) throw notFound("course_not_found");
  return { ...Course.toDetail(head, await Course.readTree(courseId, version)), state: stateOf(head) };
}

export async function lessonForEdit(actor: Actor, courseId: string, lessonId: string): Promise<EditLesson> {
  const head = await Course.assertOwner(actor, courseId, "read");
  const version = head.draftVersion ?? head.liveVersion;
  if (version === undefined) throw notFound("lesson_not_found");
  const [outline, body] = await Promise.all([
    service.entities.Lesson.get({ courseId, version, lessonId }).go(),
    service.entities.LessonContent.get({ courseId, version, lessonId }).go(),
  ]);
  if (!outline.data || !body.data) throw notFound("lesson_not_found");
  const { courseId: _c, version: _v, ...lesson } = outline.data;
  return { ...lesson, content: body.data.content as Content };
}

/**
 * The draft version to edit, made on the first edit of a published course by copying the live
 * version. Every copied item is a conditional create, so a copy repeated after a crash or racing
 * another request never overwrites an edit already made to the draft.
 */
async function draftOf(actor: Actor, courseId: string): Promise<{ head: Head; version: number }> {
  let head = await Course.assertOwner(actor, courseId, "edit");
  if (head.draftState === "in_review") throw conflict("course_in_review");
  if (head.draftVersion !== undefined && head.draftState === "editing")
    return { head, version: head.draftVersion };
  const live = head.liveVersion;
  if (live === undefined) throw notFound("course_not_found");
  const version = head.draftVersion ?? live + 1;
  if (head.draftVersion === undefined) {
    await service.entities.Course.patch({ courseId })
      .set({ draftVersion: version, draftState: "copying", updatedAt: now() })
      .where((attr, op) => op.notExists(attr.draftVersion))
      .go()
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
    head = (await Course.head(courseId)) as Head;
    if (head.draftVersion !== version) return draftOf(actor, courseId);
  }
  await copyVersion(courseId, live, version);
  await service.entities.Course.patch({ courseId })
    .set({ draftState: "editing" })
    .where((attr, op) => op.eq(attr.draftState, "copying"))
    .go()
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
  return { head: { ...head, draftState: "editing" }, version };
}

async function copyVersion(courseId: string, from: number, to: number) {
  const [tree, contents] = await Promise.all([
    service.collections.courseTree({ courseId, version: from }).go({ pages: "all" }),
    service.entities.LessonContent.query.byLesson({ courseId, version: from }).go({ pages: "all" }),
  ]);
  const ignoreExisting = (error: unknown) => {
    if (!isConditionFailure(error)) throw error;
  };
  const { CourseVersion, Module, Lesson, LessonContent } = service.entities;
  const creates = [
    ...tree.data.CourseVersion.map((item) => () => CourseVersion.create({ ...item, version: to }).go()),
    ...tree.data.Module.map((item) => () => Module.create({ ...item, version: to }).go()),
    ...tree.data.Lesson.map((item) => () => Lesson.create({ ...item, version: to }).go()),
    ...contents.data.map((item) => () => LessonContent.create({ ...item, version: to }).go()),
  ];
  for (let i = 0; i < creates.length; i += 10) {
    await Promise.all(creates.slice(i, i + 10).map((create) => create().catch(ignoreExisting)));
  }
}

/** Keeps the head's catalog fields in step while the course has never been published. */
async function touch(
  head: Head,
  fields: Partial<
    Pick<
      Head,
      "title" | "summary" | "category" | "level" | "language" | "coverUploadId" | "certificateApproval"
    >
  > = {},
) {
  const set: Record<string, unknown> = { updatedAt: now() };
  if (head.liveVersion === undefined) {
    Object.assign(set, fields);
    if (fields.title !== undefined || fields.summary !== undefined) {
      set.searchText = Course.searchTextOf(fields.title ?? head.title, fields.summary ?? head.summary);
    }
  }
  await service.entities.Course.patch({ courseId: head.courseId }).set(set).go();
}

export async function updateCourse(actor: Actor, courseId: string, input: v.InferOutput<typeof coursePatch>) {
  const { head, version } = await draftOf(actor, courseId);
  if (input.coverUploadId) await Upload.requireReady(actor, input.coverUploadId, ["image"]);
  const { coverUploadId, ...fields } = input;
  let update = service.entities.CourseVersion.patch({ courseId, version }).set({
    ...fields,
    updatedAt: now(),
  });
  if (coverUploadId === null) update = update.remove(["coverUploadId"]);
  else if (coverUploadId) update = update.set({ coverUploadId });
  await update.go();
  await touch(head, { ...fields, ...(coverUploadId ? { coverUploadId } : {}) });
  return editable(actor, courseId);
}

/** Deletes a course that was never published, with everything in it. */
export async function deleteCourse(actor: Actor, courseId: string) {
  const head = await Course.assertOwner(actor, courseId, "edit");
  if (head.liveVersion !== undefined || head.draftState === "in_review")
    throw conflict("course_not_deletable");
  const version = head.draftVersion ?? 1;
  const [tree, contents] = await Promise.all([
    service.collections.courseTree({ courseId, version }).go({ pages: "all" }),
    service.entities.LessonContent.query.byLesson({ courseId, version }).go({ pages: "all" }),
  ]);
  // The head goes first: once it is gone the course is gone, whatever remains of its items.
  await service.entities.Course.delete({ courseId }).go();
  const { Module, Lesson, LessonContent, CourseVersion } = service.entities;
  if (contents.data.length) await LessonContent.delete(contents.data).go();
  if (tree.data.Lesson.length) await Lesson.delete(tree.data.Lesson).go();
  if (tree.data.Module.length) await Module.delete(tree.data.Module).go();
  if (tree.data.CourseVersion.length) await CourseVersion.delete(tree.data.CourseVersion).go();
}

function reorder<T extends { position: number }>(items: T[], moved: T, to: number): T[] {
  const rest = items.filter((item) => item !== moved);
  rest.splice(Math.min(to, rest.length), 0, moved);
  return rest;
}

export async function addModule(
  actor: Actor,
  courseId: string,
  input: v.InferOutput<typeof moduleInput>,
): Promise<v.InferOutput<typeof Course.moduleSchema>> {
  const { head, version } = await draftOf(actor, courseId);
  const tree = await Course.readTree(courseId, version);
  const moduleId = newId();
  await service.entities.Module.create({
    courseId,
    version,
    moduleId,
    ...input,
    position: tree.modules.length,
  }).go();
  await touch(head);
  return { id: moduleId, title: input.title, summary: input.summary, lessons: [] };
}

export async function updateModule(
  actor: Actor,
  courseId: string,
  moduleId: string,
  input: v.InferOutput<typeof modulePatch>,
) {
  const { head, version } = await draftOf(actor, courseId);
  const tree = await Course.readTree(courseId, version);
  const module = tree.modules.find((m) => m.moduleId === moduleId);
  if (!module) throw notFound("module_not_found");
  const { position: to, ...fields } = input;
  if (Object.keys(fields).length)
    await service.entities.Module.patch({ courseId, version, moduleId }).set(fields).go();
  if (to !== undefined) {
    const ordered = reorder(tree.modules, module, to);
    for (const [index, m] of ordered.entries()) {
      if (m.position !== index) {
        await service.entities.Module.patch({ courseId, version, moduleId: m.moduleId })
          .set({ position: index })
          .go();
      }
    }
  }
  await touch(head);
  return editable(actor, courseId);
}

export async function deleteModule(actor: Actor, courseId: string, moduleId: string) {
  const { head, version } = await draftOf(actor, courseId);
  const tree = await Course.readTree(courseId, version);
  const module = tree.modules.find((m) => m.moduleId === moduleId);
  if (!module) throw notFound("module_not_found");
  // The module item goes first, which hides its lessons at once; their items follow.
  await service.entities.Module.delete({ courseId, version, moduleId }).go();
  const keys = module.lessons.map(({ lessonId }) => ({ courseId, version, lessonId }));
  if (keys.length) {
    await service.entities.Lesson.delete(keys).go();
    await service.entities.LessonContent.delete(keys).go();
  }
  await touch(head);
}

function outlineOf(content: Content) {
  return {
    kind: content.kind,
    mustBeAccepted: content.kind === "worksheet" ? content.mustBeAccepted : false,
  };
}

export async function addLesson(
  actor: Actor,
  courseId: string,
  moduleId: string,
  input: v.InferOutput<typeof lessonInput>,
) {
  const { head, version } = await draftOf(actor, courseId);
  await checkUploads(actor, input.content);
  const tree = await Course.readTree(courseId, version);
  const module = tree.modules.find((m) => m.moduleId === moduleId);
  if (!module) throw notFound("module_not_found");
  const lessonId = newId();
  const key = { courseId, version, lessonId };
  // The body first, then the outline that makes the lesson visible.
  await service.entities.LessonContent.create({
    ...key,
    content: input.content,
    html: await Course.htmlOf(input.content),
  }).go();
  await service.entities.Lesson.create({
    ...key,
    moduleId,
    title: input.title,
    durationMinutes: input.durationMinutes,
    required: input.required,
    position: module.lessons.length,
    ...outlineOf(input.content),
  }).go();
  await touch(head);
  return lessonForEdit(actor, courseId, lessonId);
}

export async function updateLesson(
  actor: Actor,
  courseId: string,
  moduleId: string,
  lessonId: string,
  input: v.InferOutput<typeof lessonPatch>,
) {
  const { head, version } = await draftOf(actor, courseId);
  const tree = await Course.readTree(courseId, version);
  const module = tree.modules.find((m) => m.moduleId === moduleId);
  const lesson = module?.lessons.find((l) => l.lessonId === lessonId);
  if (!module || !lesson) throw notFound("lesson_not_found");
  const key = { courseId, version, lessonId };
  if (input.content) {
    if (input.content.kind !== lesson.kind) throw invalid("lesson_kind_fixed");
    await checkUploads(actor, input.content);
    await service.entities.LessonContent.patch(key)
      .set({ content: input.content, html: await Course.htmlOf(input.content) })
      .go();
  }
  const { content, moduleId: target = moduleId, position: to, ...fields } = input;
  const set = { ...fields, ...(content ? outlineOf(content) : {}) };
  if (Object.keys(set).length) await service.entities.Lesson.patch(key).set(set).go();
  if (target !== moduleId || to !== undefined) {
    const destination = tree.modules.find((m) => m.moduleId === target);
    if (!destination) throw invalid("module_not_found");
    const siblings =
      destination === module
        ? module.lessons
        : [...destination.lessons, { ...lesson, position: Number.MAX_SAFE_INTEGER }];
    const moved = siblings.find((l) => l.lessonId === lessonId) as typeof lesson;
    const ordered = reorder(siblings, moved, to ?? siblings.length);
    if (target !== moduleId) await service.entities.Lesson.patch(key).set({ moduleId: target }).go();
    for (const [index, l] of ordered.entries()) {
      if (l.position !== index) {
        await service.entities.Lesson.patch({ courseId, version, lessonId: l.lessonId })
          .set({ position: index })
          .go();
      }
    }
  }
  await touch(head);
  return lessonForEdit(actor, courseId, lessonId);
}

export async function deleteLesson(actor: Actor, courseId: string, moduleId: string, lessonId: string) {
  const { head, version } = await draftOf(actor, courseId);
  const key = { courseId, version, lessonId };
  const { data } = await service.entities.Lesson.get(key).go();
  if (!data || data.moduleId !== moduleId) throw notFound("lesson_not_found");
  await service.entities.Lesson.delete(key).go();
  await service.entities.LessonContent.delete(key).go();
  await touch(head);
}

/** The trainer sends the draft to the association: editing → in review, queued for the admins. */
export async function submit(actor: Actor, courseId: string) {
  const { head, version } = await draftOf(actor, courseId);
  const tree = await Course.readTree(courseId, version);
  const lessons = tree.modules.flatMap((m) => m.lessons);
  if (!lessons.length || !tree.course) throw invalid("course_empty");
  const at = now();
  await service.entities.Course.patch({ courseId })
    .set({ draftState: "in_review", submittedAt: at, updatedAt: at })
    .remove(["reviewReason"])
    .where((attr, op) => `${op.eq(attr.draftState, "editing")} AND ${op.eq(attr.draftVersion, version)}`)
    .go()
    .catch((error: unknown) => {
      throw isConditionFailure(error) ? conflict("course_in_review") : error;
    });
  await service.entities.CourseReview.put({
    courseId,
    version,
    title: tree.course.title,
    trainerName: head.trainerName,
    submittedAt: at,
  }).go();
  return editable(actor, courseId);
}

export async function reviewQueue(
  actor: Actor,
  input: v.InferOutput<typeof queueInput>,
): Promise<v.InferOutput<typeof queueSchema>> {
  assertAdmin(actor);
  const result = await page(input.cursor, () =>
    service.entities.CourseReview.query.queue({}).go({ cursor: input.cursor ?? null, limit: input.limit }),
  );
  return {
    items: result.data.map(({ courseId, title, trainerName, submittedAt, version }) => ({
      courseId,
      title,
      trainerName,
      submittedAt,
      version,
    })),
    cursor: result.cursor,
  };
}

/** How many drafts wait in the review queue (the association's home's count). */
export async function queueSize(actor: Actor) {
  assertAdmin(actor);
  const { data } = await service.entities.CourseReview.query
    .queue({})
    .go({ pages: "all", attributes: ["courseId"] });
  return data.length;
}

async function inReview(courseId: string) {
  const head = await Course.head(courseId);
  if (!head) throw notFound("course_not_found");
  if (head.draftState !== "in_review" || head.draftVersion === undefined)
    throw conflict("course_not_in_review");
  return { head, version: head.draftVersion };
}

/**
 * Publishes the reviewed draft: one conditional update of the head switches the live version and
 * the catalog card together. Learners' progress is keyed by lesson ids, which versions share.
 */
export async function approve(actor: Actor, courseId: string): Promise<Course.Detail> {
  assertAdmin(actor);
  const { head, version } = await inReview(courseId);
  const tree = await Course.readTree(courseId, version);
  const detail = Course.toDetail(head, tree);
  const at = now();
  // Counted in the month it was first published, as the recount does (also when published again).
  const moves: Report.Move[] = [
    {
      counter: "publishedCourses",
      where: { course: { id: courseId, title: detail.title }, at: head.publishedAt ?? at },
      by: 1,
    },
  ];
  const change =
    head.status === "published"
      ? undefined
      : await Report.announceChange({ entity: "course", id: courseId }, moves);
  const publish = service.entities.Course.patch({ courseId })
    .set({
      status: "published",
      liveVersion: version,
      title: detail.title,
      summary: detail.summary,
      category: detail.category,
      level: detail.level,
      language: detail.language,
      searchText: Course.searchTextOf(detail.title, detail.summary, {
        description: detail.description,
        category: detail.category.replace(/-/g, " "),
        trainerName: head.trainerName,
        outline: detail.modules.flatMap((m) => [m.title, m.summary, ...m.lessons.map((l) => l.title)]),
      }),
      durationMinutes: detail.durationMinutes,
      moduleCount: detail.moduleCount,
      lessonCount: detail.lessonCount,
      requiredLessons: detail.modules.flatMap((m) => m.lessons.filter((l) => l.required).map((l) => l.id)),
      markableLessons: detail.modules.flatMap((m) =>
        m.lessons.filter((l) => Course.isMarkable(l.kind)).map((l) => l.id),
      ),
      certificateApproval: detail.certificateApproval,
      publishedAt: head.publishedAt ?? at,
      reviewDecision: "approved",
      reviewedAt: at,
      updatedAt: at,
      ...(tree.course?.coverUploadId ? { coverUploadId: tree.course.coverUploadId } : {}),
    })
    .remove([
      "draftVersion",
      "draftState",
      "reviewReason",
      ...(tree.course?.coverUploadId ? [] : ["coverUploadId" as const]),
    ]);
  await (change ? publish.add({ followUps: [change] }) : publish)
    .where((attr, op) => `${op.eq(attr.draftState, "in_review")} AND ${op.eq(attr.draftVersion, version)}`)
    .go()
    .catch((error: unknown) => {
      throw isConditionFailure(error) ? conflict("course_not_in_review") : error;
    });
  await service.entities.CourseReview.delete({ courseId }).go();
  if (change) await Course.settleChange(courseId, change, moves);
  return Course.get(courseId);
}

/** Sends the draft back to its trainer with the admin's reason; the live version is untouched. */
export async function reject(admin: Actor, courseId: string, input: v.InferOutput<typeof rejectInput>) {
  assertAdmin(admin);
  const { version } = await inReview(courseId);
  const at = now();
  await service.entities.Course.patch({ courseId })
    .set({
      draftState: "editing",
      reviewReason: input.reason,
      reviewDecision: "returned",
      reviewedAt: at,
      updatedAt: at,
    })
    .where((attr, op) => `${op.eq(attr.draftState, "in_review")} AND ${op.eq(attr.draftVersion, version)}`)
    .go()
    .catch((error: unknown) => {
      throw isConditionFailure(error) ? conflict("course_not_in_review") : error;
    });
  await service.entities.CourseReview.delete({ courseId }).go();
  return editable(admin, courseId);
}

/**
 * Turns an uploaded module package (.zip) into a new module at the end of the draft. The whole
 * package is checked first and nothing is created when anything is wrong: the answer lists every
 * problem with its file and line. Assets are stored first, then lesson bodies and outlines, and the
 * module item last, so the module appears whole or not at all.
 */
export async function importPackage(
  actor: Actor,
  courseId: string,
  input: v.InferOutput<typeof importInput>,
) {
  const { head, version } = await draftOf(actor, courseId);
  const upload = await Upload.requireReady(actor, input.uploadId, ["package"]);
  // The zip and YAML readers load only here, the rare import (docs/decisions/0015).
  const { parsePackage } = await import("../module-package/index");
  const parsed = await parsePackage(await Upload.read(upload));
  if (!parsed.ok)
    throw new DomainError("invalid", "package_invalid", { count: parsed.problems.length }, parsed.problems);
  const { plan } = parsed;
  const uploadIds = new Map<string, string>();
  for (const asset of plan.assets) {
    uploadIds.set(
      asset.path,
      await Upload.store(actor, { filename: asset.path.split("/").pop() ?? asset.path, ...asset }),
    );
  }
  const idOf = (path: string) => uploadIds.get(path) as string;
  const withAssets = (markdown: string) => replaceAssetRefs(markdown, (path) => Course.fileUrl(idOf(path)));
  const tree = await Course.readTree(courseId, version);
  const moduleId = newId();
  const lessons = plan.lessons.map((lesson, position) => ({
    lessonId: newId(),
    position,
    lesson,
    content: resolveAssets(lesson.content, idOf, withAssets),
  }));
  await Promise.all(
    lessons.map(async ({ lessonId, content }) =>
      service.entities.LessonContent.create({
        courseId,
        version,
        lessonId,
        content,
        html: await Course.htmlOf(content),
      }).go(),
    ),
  );
  await Promise.all(
    lessons.map(({ lessonId, position, lesson, content }) =>
      service.entities.Lesson.create({
        courseId,
        version,
        lessonId,
        moduleId,
        title: lesson.title,
        durationMinutes: lesson.durationMinutes,
        required: lesson.required,
        position,
        ...outlineOf(content),
      }).go(),
    ),
  );
  await service.entities.Module.create({
    courseId,
    version,
    moduleId,
    title: plan.title,
    summary: plan.summary,
    position: tree.modules.length,
  }).go();
  await touch(head);
  return editable(actor, courseId);
}

function resolveAssets(
  content: PlannedContent,
  idOf: (path: string) => string,
  withAssets: (md: string) => string,
): Content {
  switch (content.kind) {
    case "text":
      return { ...content, body: withAssets(content.body) };
    case "worksheet":
      return { ...content, prompt: withAssets(content.prompt) };
    case "quiz":
      return content;
    case "document": {
      const { asset, ...rest } = content;
      return { ...rest, uploadId: idOf(asset), body: withAssets(content.body) };
    }
    case "video": {
      const source =
        content.source.type === "upload"
          ? { type: "upload" as const, uploadId: idOf(content.source.asset) }
          : content.source;
      return { ...content, source, body: withAssets(content.body) };
    }
  }
}
