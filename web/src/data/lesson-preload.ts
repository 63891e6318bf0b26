import { call, client } from "./api";

// Opening a lesson is a POST (it records the learner's place, and a quiz draws the next attempt's
// questions), made once per showing: the route's preload (which starts while the player's code
// downloads) hands its request to the page, which takes it exactly once. Kept apart from
// data/learning.ts so the app's first download carries only this.

/** A lesson's path: the offline copy of a saved course keeps each lesson's answer under it (ADR 17). */
export const lessonPath = (courseId: string, lessonId: string) =>
  `/api/courses/${encodeURIComponent(courseId)}/lessons/${encodeURIComponent(lessonId)}`;

/** Opens a lesson for the learner (or previews it for the course's staff): the lesson's body. */
export const openLesson = (courseId: string, lessonId: string) =>
  call(client.courses[":courseId"].lessons[":lessonId"].open.$post({ param: { courseId, lessonId } }));

type LessonBody = ReturnType<typeof openLesson>;

const waiting = new Map<string, { promise: LessonBody; at: number }>();
const handOverMs = 15_000;

/** Starts fetching a lesson for the page about to show it (never on hover: that would move the learner's place). */
export function preloadLesson(courseId: string, lessonId: string): void {
  const key = `${courseId}/${lessonId}`;
  const request = waiting.get(key);
  if (request && Date.now() - request.at < handOverMs) return;
  const promise = openLesson(courseId, lessonId);
  const entry = { promise, at: Date.now() };
  // A refusal (logged out, not enrolled) must not be handed to the page shown after logging in.
  promise.catch(() => {
    if (waiting.get(key) === entry) waiting.delete(key);
  });
  waiting.set(key, entry);
}

/** The preloaded request for this lesson, if one is waiting and fresh, left for the page to take. */
export function peekPreloadedLesson(courseId: string, lessonId: string): LessonBody | undefined {
  const request = waiting.get(`${courseId}/${lessonId}`);
  return request && Date.now() - request.at < handOverMs ? request.promise : undefined;
}

/** The preloaded request for this lesson, if one is waiting and fresh; it is handed over only once. */
export function takePreloadedLesson(courseId: string, lessonId: string): LessonBody | undefined {
  const promise = peekPreloadedLesson(courseId, lessonId);
  waiting.delete(`${courseId}/${lessonId}`);
  return promise;
}
