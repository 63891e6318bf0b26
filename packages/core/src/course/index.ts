import type { EntityItem } from "electrodb";
import * as v from "valibot";
import type { Course as CourseEntity } from "../db/entities";
import { page, pageEntries, service } from "../db/index";
import { notFound } from "../error/index";
import { idSchema } from "../id/index";
import { categories, levels } from "../reference/index";

type CourseItem = EntityItem<typeof CourseEntity>;

export const listInput = v.object({
  ...pageEntries,
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

export const detailSchema = v.object({
  ...summarySchema.entries,
  description: v.string(),
  modules: v.array(
    v.object({
      id: v.string(),
      title: v.string(),
      summary: v.string(),
      lessons: v.array(
        v.object({ id: v.string(), title: v.string(), kind: v.string(), durationMinutes: v.number() }),
      ),
    }),
  ),
});
export type Detail = v.InferOutput<typeof detailSchema>;

export const pageSchema = v.object({ items: v.array(summarySchema), cursor: v.nullable(v.string()) });

function toSummary(course: CourseItem): Summary {
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
    coverUrl: null,
  };
}

/** The published catalog, newest first, one Query per page; category and level filter the page. */
export async function listPublished(input: ListInput): Promise<{ items: Summary[]; cursor: string | null }> {
  const { category, level } = input;
  const result = await page(input.cursor, () =>
    service.entities.Course.query
      .byStatus({ status: "published" })
      .where((attr, op) =>
        [category && op.eq(attr.category, category), level && op.eq(attr.level, level)]
          .filter(Boolean)
          .join(" AND "),
      )
      .go({ cursor: input.cursor ?? null, limit: input.limit, order: "desc" }),
  );
  return { items: result.data.map(toSummary), cursor: result.cursor };
}

/** A course with its modules and lesson outlines: one Query over the course's partition. */
export async function get(courseId: string): Promise<Detail> {
  const { data } = await service.collections.courseTree({ courseId }).go({ pages: "all" });
  const course = data.Course[0];
  if (course?.status !== "published") throw notFound("course_not_found");
  const modules = [...data.Module].sort((a, b) => a.position - b.position);
  const lessons = [...data.Lesson].sort((a, b) => a.position - b.position);
  return {
    ...toSummary(course),
    description: course.description,
    modules: modules.map((module) => ({
      id: module.moduleId,
      title: module.title,
      summary: module.summary,
      lessons: lessons
        .filter((lesson) => lesson.moduleId === module.moduleId)
        .map((lesson) => ({
          id: lesson.lessonId,
          title: lesson.title,
          kind: lesson.kind,
          durationMinutes: lesson.durationMinutes,
        })),
    })),
  };
}
