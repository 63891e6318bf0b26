import type { Content } from "../course/content";
import { isMarkable, searchTextOf } from "../course/index";
import { htmlOf } from "../course/render";
import { isConditionFailure, service } from "../db/index";
import { association as associationDefaults } from "../reference/index";
import * as Report from "../report/index";
import * as User from "../user/index";
import { demoCourses } from "./courses";
import type { SeedCourse, SeedLesson } from "./types";

export const demoPassword = "berdaya-demo";

export const demoUsers: User.NewUser[] = [
  {
    userId: "admin-demo",
    name: "Admin Asosiasi",
    email: "admin@berdaya.test",
    role: "admin",
    password: demoPassword,
  },
  {
    userId: "pelatih1-demo",
    name: "Dewi Anggraini",
    email: "pelatih1@berdaya.test",
    role: "trainer",
    password: demoPassword,
  },
  {
    userId: "pelatih2-demo",
    name: "Rudi Hartono",
    email: "pelatih2@berdaya.test",
    role: "trainer",
    password: demoPassword,
  },
  ...[
    ["Siti Aminah", "Lempuk Durian Bu Siti", "kuliner", "Kota Bengkulu"],
    ["Budi Santoso", "Kopi Bubuk Kepahiang Jaya", "agribisnis", "Kepahiang"],
    ["Nurhayati", "Batik Besurek Nur", "fesyen", "Bengkulu Tengah"],
    ["Ahmad Fauzi", "Bengkel Las Fauzi", "jasa", "Rejang Lebong"],
    ["Rina Marlina", "Kerajinan Bambu Rina", "kriya", "Seluma"],
  ].map(([name, businessName, sector, regency], i) => ({
    userId: `pelajar${i + 1}-demo`,
    name: name as string,
    phone: `+6281200000${String(i + 1).padStart(3, "0")}`,
    role: "learner" as const,
    password: demoPassword,
    businessName,
    sector,
    regency,
  })),
];

/**
 * Writes the association's profile from the deployment's reference data when it is missing. A
 * deployed stage gets it from `npm run admin:create -- --aws --issuer-url https://…` (never demo data).
 */
export async function ensureAssociation(options: { issuerUrl: string }): Promise<void> {
  await service.entities.Association.create({
    ...associationDefaults,
    issuerUrl: options.issuerUrl,
    updatedAt: new Date().toISOString(),
  })
    .go()
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
}

/** True when the association has not been written yet, i.e. on an empty data folder. */
export async function isEmpty(): Promise<boolean> {
  const { data } = await service.entities.Association.get({
    associationId: associationDefaults.associationId,
  }).go();
  return !data;
}

/**
 * Writes the demo: accounts, published courses, and last the association, which marks the seed as
 * done. Every write is a put with a fixed id, so a seed interrupted halfway simply runs again.
 */
export async function seedDemo(options: { issuerUrl: string }): Promise<void> {
  for (const user of demoUsers) await User.create(user);
  const base = Date.parse("2026-01-05T08:00:00.000Z");
  for (const [i, course] of demoCourses.entries()) {
    await writeCourse(course, new Date(base + i * 86_400_000).toISOString());
  }
  await service.entities.Association.put({
    ...associationDefaults,
    issuerUrl: options.issuerUrl,
    updatedAt: new Date().toISOString(),
  }).go();
}

async function writeCourse(course: SeedCourse, createdAt: string) {
  const trainer = demoUsers.find((u) => u.email === course.trainerEmail);
  if (!trainer) throw new Error(`seed: unknown trainer ${course.trainerEmail}`);
  const { Course, CourseVersion, Module, Lesson, LessonContent } = service.entities;
  const key = { courseId: course.id, version: 1 };
  const lessons = course.modules.flatMap((module, m) =>
    module.lessons.map((lesson, l) => ({ lesson, moduleId: `m${m + 1}`, lessonId: `m${m + 1}-l${l + 1}` })),
  );
  await CourseVersion.put({
    ...key,
    title: course.title,
    summary: course.summary,
    description: course.description,
    category: course.category,
    level: course.level,
    language: course.language,
    certificateApproval: false,
    updatedAt: createdAt,
  }).go();
  await Module.put(
    course.modules.map((module, m) => ({
      ...key,
      moduleId: `m${m + 1}`,
      title: module.title,
      summary: module.summary,
      position: m,
    })),
  ).go();
  await Lesson.put(
    lessons.map(({ lesson, moduleId, lessonId }, position) => ({
      ...key,
      lessonId,
      moduleId,
      title: lesson.title,
      kind: lesson.kind,
      durationMinutes: lesson.durationMinutes,
      position,
      required: true,
      mustBeAccepted: lesson.kind === "worksheet",
    })),
  ).go();
  await LessonContent.put(
    lessons.map(({ lesson, lessonId }) => {
      const content = contentOf(lesson);
      return { ...key, lessonId, content, html: htmlOf(content) };
    }),
  ).go();
  await Course.put({
    courseId: course.id,
    trainerId: trainer.userId,
    trainerName: trainer.name,
    status: "published",
    liveVersion: 1,
    title: course.title,
    summary: course.summary,
    category: course.category,
    level: course.level,
    language: course.language,
    searchText: searchTextOf(course.title, course.summary, {
      description: course.description,
      category: course.category.replace(/-/g, " "),
      trainerName: trainer.name,
      outline: course.modules.flatMap((m) => [m.title, m.summary ?? "", ...m.lessons.map((l) => l.title)]),
    }),
    durationMinutes: lessons.reduce((sum, { lesson }) => sum + lesson.durationMinutes, 0),
    moduleCount: course.modules.length,
    lessonCount: lessons.length,
    requiredLessons: lessons.map(({ lessonId }) => lessonId),
    markableLessons: lessons.filter(({ lesson }) => isMarkable(lesson.kind)).map(({ lessonId }) => lessonId),
    learnerCount: 0,
    certificateApproval: false,
    publishedAt: createdAt,
    createdAt,
    updatedAt: createdAt,
  }).go();
  await Report.count("publishedCourses", { course: { id: course.id, title: course.title }, at: createdAt });
}

/** The seed's compact lesson shapes, turned into the stored content schema (course/content.ts). */
/** A demo lesson's content as the platform stores it. */
export function contentOf({ title: _title, durationMinutes: _minutes, ...content }: SeedLesson): Content {
  switch (content.kind) {
    case "quiz":
      return {
        ...content,
        shuffle: true,
        questions: content.questions.map((question, i) => ({ id: `q${i + 1}`, ...question })),
      };
    case "worksheet":
      return { ...content, mustBeAccepted: true, allowUpload: true };
    default:
      return content;
  }
}

export { demoCourses } from "./courses";
