import { createSignal } from "solid-js";
import { ApiError, call, client } from "../data/api";
import { type CourseDetail, getCourse } from "../data/courses";
import type { Lesson } from "../data/learning";
import { lessonPath, openLesson } from "../data/lesson-preload";
import { fileUrl } from "../data/uploads";
import { announce, apiCache, db, type SavedCourse } from "./db";

/**
 * Courses saved on the phone (ADR 17): each saved copy is one Cache API cache holding the course
 * outline, every lesson's body (quizzes as drawn for the learner, without keys; worksheet forms) and
 * the files they show, under the same URLs the app asks for, so the service worker can answer
 * offline. A copy is written whole into a new cache and only then recorded; a failure (the phone's
 * storage full, the network gone) deletes it, so nothing is ever half-saved.
 */

export interface PlanFile {
  url: string;
  bytes: number;
  /** A video lesson's upload: saved only when the learner chooses it. */
  videoOf?: string;
}

export interface Plan {
  course: CourseDetail;
  lessons: Lesson[];
  files: PlanFile[];
  /** The lessons' text, in bytes. */
  textBytes: number;
}

export class QuotaError extends Error {
  override readonly name = "QuotaError";
  constructor(readonly needed: number) {
    super("Not enough storage");
  }
}

const [saved, setSaved] = createSignal<SavedCourse[]>([]);

export { saved };

export async function reloadSaved(owner: string | undefined): Promise<void> {
  const all = await (await db()).getAll("courses");
  setSaved(all.filter((course) => course.owner === owner));
}

// The same requests the pages make (the service worker answers them from the saved copy offline).
const readLesson = (courseId: string, lessonId: string) =>
  call(client.courses[":courseId"].lessons[":lessonId"].$get({ param: { courseId, lessonId } }));

const fileIds = (text: string) => [
  ...new Set([...text.matchAll(/\/api\/files\/([A-Za-z0-9_-]+)/g)].map((m) => m[1] as string)),
];

/** A file's size without downloading it: a one-byte range request's Content-Range. */
async function sizeOf(url: string): Promise<number> {
  try {
    const res = await fetch(url, { headers: { Range: "bytes=0-0" }, credentials: "same-origin" });
    const total = res.headers.get("Content-Range")?.split("/")[1];
    void res.body?.cancel();
    return Number(total ?? res.headers.get("Content-Length") ?? 0) || 0;
  } catch {
    return 0;
  }
}

/** What saving the course would download, and how much (online only). */
export async function plan(courseId: string): Promise<Plan> {
  const course = await getCourse(courseId);
  const ids = course.modules.flatMap((module) => module.lessons.map((lesson) => lesson.id));
  const lessons: Lesson[] = [];
  for (const lessonId of ids) {
    let lesson = await readLesson(courseId, lessonId);
    // A quiz's questions are drawn for the learner's next attempt when it is opened: draw them now,
    // once, so the attempt answered offline is graded against the same questions on sync.
    if (lesson.content.kind === "quiz" && !lesson.content.questions.length)
      lesson = await openLesson(courseId, lessonId);
    lessons.push(lesson);
  }
  const videos = new Map<string, string>();
  for (const lesson of lessons)
    if (lesson.content.kind === "video" && lesson.content.source.type === "upload")
      videos.set(lesson.content.source.uploadId, lesson.id);
  const text = JSON.stringify([course, lessons]);
  const files = await Promise.all(
    fileIds(text).map(async (id) => {
      const url = fileUrl(id);
      return { url, bytes: await sizeOf(url), videoOf: videos.get(id) };
    }),
  );
  return { course, lessons, files, textBytes: new Blob([text]).size };
}

export const planBytes = (plan: Plan, videos: ReadonlySet<string>) =>
  plan.textBytes +
  plan.files.filter((f) => !f.videoOf || videos.has(f.videoOf)).reduce((sum, f) => sum + f.bytes, 0);

// The outline as the trainer wrote it (not the learner count, which moves with every enrollment).
const fingerprintOf = (course: CourseDetail) =>
  JSON.stringify([course.title, course.description, course.modules]);
const jsonResponse = (value: unknown) =>
  new Response(JSON.stringify(value), { headers: { "Content-Type": "application/json; charset=UTF-8" } });

/** Downloads the plan into a new cache and records it; `progress` hears the bytes done. */
export async function save(
  owner: string,
  plan: Plan,
  videos: ReadonlySet<string>,
  progress: (done: number, total: number) => void,
): Promise<SavedCourse> {
  const total = planBytes(plan, videos);
  const estimate = await navigator.storage?.estimate?.();
  if (estimate?.quota !== undefined && estimate.quota - (estimate.usage ?? 0) < total)
    throw new QuotaError(total);
  void navigator.storage?.persist?.();
  const courseId = plan.course.id;
  const cacheName = `berdaya-course-${courseId}-${Date.now()}`;
  const cache = await caches.open(cacheName);
  let done = 0;
  try {
    // Who the learner is and their progress, as the service worker keeps them for offline starts.
    const own = await caches.open(apiCache);
    for (const path of ["/api/me", "/api/me/enrollments"]) {
      const res = await fetch(path, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (res.ok) await own.put(path, res);
    }
    await cache.put(`/api/courses/${encodeURIComponent(courseId)}`, jsonResponse(plan.course));
    for (const lesson of plan.lessons) await cache.put(lessonPath(courseId, lesson.id), jsonResponse(lesson));
    done = plan.textBytes;
    progress(done, total);
    for (const file of plan.files) {
      if (file.videoOf && !videos.has(file.videoOf)) continue;
      const res = await fetch(file.url, { credentials: "same-origin" });
      if (!res.ok) throw new ApiError(res.status, `http_${res.status}`, res.statusText);
      const body = await res.blob();
      await cache.put(
        file.url,
        new Response(body, { headers: { "Content-Type": res.headers.get("Content-Type") ?? "" } }),
      );
      done += file.bytes || body.size;
      progress(done, total);
    }
    const store = await db();
    const previous = await store.get("courses", courseId);
    const record: SavedCourse = {
      courseId,
      owner,
      title: plan.course.title,
      cacheName,
      bytes: Math.max(done, total),
      fingerprint: fingerprintOf(plan.course),
      videos: [...videos],
      savedAt: Date.now(),
    };
    await store.put("courses", record);
    if (previous && previous.cacheName !== cacheName) await caches.delete(previous.cacheName);
    announce();
    await reloadSaved(owner);
    return record;
  } catch (failure) {
    await caches.delete(cacheName);
    if (failure instanceof DOMException && failure.name === "QuotaExceededError") throw new QuotaError(total);
    throw failure;
  }
}

export async function remove(owner: string, courseId: string): Promise<void> {
  const store = await db();
  const record = await store.get("courses", courseId);
  if (record) await caches.delete(record.cacheName);
  await store.delete("courses", courseId);
  announce();
  await reloadSaved(owner);
}

/** Stores a lesson's body again in its saved copy (a quiz after an attempt is graded: its next draw). */
export async function refreshLesson(courseId: string, lessonId: string): Promise<void> {
  const record = await (await db()).get("courses", courseId);
  if (!record) return;
  const lesson = await openLesson(courseId, lessonId);
  await (await caches.open(record.cacheName)).put(lessonPath(courseId, lessonId), jsonResponse(lesson));
}

/** Online: saves again every course of `owner` whose outline the trainer changed since it was saved. */
export async function refreshChanged(owner: string): Promise<void> {
  const all = (await (await db()).getAll("courses")).filter((course) => course.owner === owner);
  for (const record of all) {
    try {
      const course = await getCourse(record.courseId);
      if (fingerprintOf(course) === record.fingerprint) continue;
      await save(owner, await plan(record.courseId), new Set(record.videos), () => {});
    } catch {
      // Offline again, or the course is gone: the saved copy stays as it is.
    }
  }
}
