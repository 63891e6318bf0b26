import { type Accessor, createComputed, createMemo, createSignal } from "solid-js";
import { deliver, isQueued, type Queued } from "../offline/outbox";
import { type AnswerOf, ApiError, call, client } from "./api";
import { type CourseDetail, forgetCourse, type LessonKind } from "./courses";
import { lessonPath, openLesson, takePreloadedLesson } from "./lesson-preload";
import { currentMember, sessionState } from "./session";

/**
 * A learner's side of a course: enrolling, progress, lesson bodies, quiz attempts and worksheets.
 * What the learner has done in each course is kept here, in one place, so that the course page,
 * the lesson player and "Kursus saya" agree without asking the server again after every step.
 */

const lessonApi = client.courses[":courseId"].lessons[":lessonId"];

export type Enrollment = AnswerOf<typeof lessonApi.complete.$post>;
export type EnrollmentStatus = Enrollment["status"];
export type MyEnrollment = AnswerOf<typeof client.me.enrollments.$get>["items"][number];

export interface LessonRef {
  id: string;
  title: string;
  kind: LessonKind;
  durationMinutes: number;
  /** Whether the lesson counts towards completing the course (true when the API does not say). */
  required: boolean;
  moduleId: string;
  moduleTitle: string;
  moduleIndex: number;
}

/** Every lesson of a course in reading order, across modules. */
export function lessonsInOrder(course: CourseDetail): LessonRef[] {
  return course.modules.flatMap((module, moduleIndex) =>
    module.lessons.map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      kind: lesson.kind,
      durationMinutes: lesson.durationMinutes,
      required: lesson.required !== false,
      moduleId: module.id,
      moduleTitle: module.title,
      moduleIndex,
    })),
  );
}

/** Where "Lanjutkan" goes: the lesson last opened, else the first one; undefined for a course without lessons. */
export function resumeLessonId(
  course: CourseDetail,
  enrollment: Enrollment | null | undefined,
): string | undefined {
  const lessons = lessonsInOrder(course);
  const last = enrollment?.lastLessonId;
  if (last && lessons.some((lesson) => lesson.id === last)) return last;
  return lessons[0]?.id;
}

// The page addresses are built in data/paths.ts; these names stay for the player's imports.
export { certificateHref, coursePath as courseHref, lessonHref } from "./paths";

// ---- Lesson bodies -------------------------------------------------------------------------------

export type Lesson = AnswerOf<typeof lessonApi.open.$post>;
export type LessonContent = Lesson["content"];
export type TextContent = Extract<LessonContent, { kind: "text" }>;
export type VideoContent = Extract<LessonContent, { kind: "video" }>;
export type DocumentContent = Extract<LessonContent, { kind: "document" }>;
export type QuizContent = Extract<LessonContent, { kind: "quiz" }>;
export type QuizQuestion = QuizContent["questions"][number];
export type QuestionKind = QuizQuestion["kind"];
export type WorksheetContent = Extract<LessonContent, { kind: "worksheet" }>;
export type WorksheetField = WorksheetContent["fields"][number];
export type Submission = NonNullable<Lesson["submissions"]>[number];
export type SubmissionStatus = Submission["status"];
type Answers = Parameters<typeof lessonApi.attempts.$post>[0]["json"]["answers"];
export type QuizAnswer = Answers[string];
export type QuizResult = AnswerOf<typeof lessonApi.attempts.$post>;

/** 403 not_enrolled: the lesson opens after enrolling. */
export const isNotEnrolled = (error: unknown) =>
  error instanceof ApiError && error.status === 403 && error.code === "not_enrolled";

// Lesson titles seen here, to name an action waiting in the outbox.
const lessonTitles = new Map<string, string>();
const titleOf = (courseId: string, lessonId: string) =>
  lessonTitles.get(`${courseId}/${lessonId}`) ?? lessonId;

/** Sends a learner's action, or keeps it in the outbox (with its Idempotency-Key) when offline. */
function act<T>(
  kind: "complete" | "attempt" | "submission",
  courseId: string,
  lessonId: string,
  request: {
    /** The route below the lesson's path, as stored for a replay. */
    route: "complete" | "attempts" | "submissions";
    body?: unknown;
    send: (headers: Record<string, string>) => Promise<T>;
  },
  file?: { blob: Blob; name: string; contentType: string },
): Promise<T | Queued> {
  return deliver<T>({
    kind,
    courseId,
    lessonId,
    lessonTitle: titleOf(courseId, lessonId),
    path: `${lessonPath(courseId, lessonId)}/${request.route}`,
    body: request.body,
    send: request.send,
    file,
  });
}

export function getLesson(courseId: string, lessonId: string): Promise<Lesson> {
  const promise = takePreloadedLesson(courseId, lessonId) ?? openLesson(courseId, lessonId);
  return promise.then((lesson) => {
    lessonTitles.set(`${courseId}/${lesson.id}`, lesson.title);
    touchEnrollment(courseId, { lastLessonId: lesson.id });
    // Done on the server but not in the list kept here (a trainer accepted a worksheet since, or
    // another device finished it): the list, and maybe the course's completion, is out of date.
    const known = ownStore()?.byCourse[courseId];
    if (known && lesson.completed && !known.completedLessons.includes(lesson.id)) {
      void refreshEnrollments().catch(() => {});
    }
    return lesson;
  });
}

export async function completeLesson(courseId: string, lessonId: string): Promise<Enrollment | Queued> {
  const param = { courseId, lessonId };
  const enrollment = await act("complete", courseId, lessonId, {
    route: "complete",
    send: (headers) => call(lessonApi.complete.$post({ param }, { headers })),
  });
  if (!isQueued(enrollment)) rememberEnrollment(enrollment);
  return enrollment;
}

export async function submitQuiz(
  courseId: string,
  lessonId: string,
  answers: Answers,
): Promise<QuizResult | Queued> {
  const param = { courseId, lessonId };
  const json = { answers };
  const result = await act("attempt", courseId, lessonId, {
    route: "attempts",
    body: json,
    send: (headers) => call(lessonApi.attempts.$post({ param, json }, { headers })),
  });
  if (isQueued(result)) return result;
  if (result.passed) {
    // The answer says how far the course is, not whether it is now complete: ask when it may be.
    touchEnrollment(courseId, { lessonDone: lessonId, progress: result.progress ?? undefined });
    if (result.progress === 100) await refreshEnrollments().catch(() => {});
  }
  return result;
}

export async function submitWorksheet(
  courseId: string,
  lessonId: string,
  input: { fields: Record<string, string>; uploadId?: string },
  /** A photo or PDF chosen offline: it waits in the outbox and is uploaded before the hand-in. */
  offlineFile?: { blob: Blob; name: string; contentType: string },
): Promise<Submission | Queued> {
  const param = { courseId, lessonId };
  const submission = await act(
    "submission",
    courseId,
    lessonId,
    {
      route: "submissions",
      body: input,
      send: (headers) => call(lessonApi.submissions.$post({ param, json: input }, { headers })),
    },
    offlineFile,
  );
  if (isQueued(submission)) return submission;
  // A worksheet that needs no review counts as done at once.
  if (submission.status === "accepted") await refreshEnrollments().catch(() => {});
  return submission;
}

// ---- Enrollments ---------------------------------------------------------------------------------

interface EnrollmentStore {
  /** Whose enrollments these are: a different member (or none) means start again. */
  owner: string;
  /** Every course the member is enrolled in, once the list has been loaded. */
  loaded: boolean;
  at: number;
  byCourse: Record<string, Enrollment>;
  list: MyEnrollment[];
}

const [store, setStore] = createSignal<EnrollmentStore>();
let listRequest: { owner: string; promise: Promise<MyEnrollment[]> } | undefined;
// The list is asked for again after this long, or after anything that may have changed it elsewhere.
const enrollmentsFreshMs = 30_000;

function ownStore(): EnrollmentStore | undefined {
  const owner = currentMember()?.id;
  const current = store();
  return owner && current?.owner === owner ? current : undefined;
}

function update(change: (current: EnrollmentStore) => EnrollmentStore): void {
  const owner = currentMember()?.id;
  if (!owner) return;
  const current = store();
  const base =
    current?.owner === owner
      ? current
      : { owner, loaded: false, at: 0, byCourse: {}, list: [] as MyEnrollment[] };
  setStore(change(base));
}

/** Keeps an enrollment the API just answered with (after enrolling, completing a lesson). */
export function rememberEnrollment(enrollment: Enrollment): void {
  update((current) => ({
    ...current,
    byCourse: { ...current.byCourse, [enrollment.courseId]: enrollment },
    list: current.list.map((item) =>
      item.courseId === enrollment.courseId ? { ...item, ...enrollment } : item,
    ),
  }));
}

function touchEnrollment(
  courseId: string,
  change: { lastLessonId?: string; lessonDone?: string; progress?: number },
): void {
  const known = ownStore()?.byCourse[courseId];
  if (!known) return;
  const completedLessons =
    change.lessonDone && !known.completedLessons.includes(change.lessonDone)
      ? [...known.completedLessons, change.lessonDone]
      : known.completedLessons;
  rememberEnrollment({
    ...known,
    completedLessons,
    lastLessonId: change.lastLessonId ?? change.lessonDone ?? known.lastLessonId,
    progress: change.progress ?? known.progress,
  });
}

/** GET /api/me/enrollments, shared by everyone who asks at the same time. */
export function loadEnrollments(options: { fresh?: boolean } = {}): Promise<MyEnrollment[]> {
  const owner = currentMember()?.id;
  if (!owner) return Promise.resolve([]);
  const current = ownStore();
  if (!options.fresh && current?.loaded && Date.now() - current.at < enrollmentsFreshMs) {
    return Promise.resolve(current.list);
  }
  if (listRequest?.owner === owner && !options.fresh) return listRequest.promise;
  const promise = call(client.me.enrollments.$get()).then(({ items }) => {
    if (currentMember()?.id === owner) {
      const byCourse: Record<string, Enrollment> = {};
      for (const item of items) byCourse[item.courseId] = item;
      setStore({ owner, loaded: true, at: Date.now(), byCourse, list: items });
    }
    return items;
  });
  const request = { owner, promise };
  listRequest = request;
  const clear = () => {
    if (listRequest === request) listRequest = undefined;
  };
  promise.then(clear, clear);
  return promise;
}

export const refreshEnrollments = () => loadEnrollments({ fresh: true });

export type EnrollmentState = "unknown" | "loading" | "ready" | "errored";

export interface EnrollmentView {
  /** The member's enrollment in the course, null when not enrolled (or not logged in). */
  enrollment: Accessor<Enrollment | null>;
  state: Accessor<EnrollmentState>;
  error: Accessor<unknown>;
  retry: () => void;
}

/**
 * The logged-in member's enrollment in one course, from the shared list; "unknown" while the session
 * itself is still loading, "ready" with null for someone not logged in. Not a resource: reading it never suspends the page around it.
 */
export function createEnrollment(courseId: Accessor<string>): EnrollmentView {
  const [state, setState] = createSignal<EnrollmentState>("unknown");
  const [error, setError] = createSignal<unknown>();
  const [attempt, setAttempt] = createSignal(0);
  const owner = createMemo(() => currentMember()?.id);

  let generation = 0;
  createComputed(() => {
    attempt();
    const who = owner();
    courseId();
    const mine = ++generation;
    if (!who) {
      // Logged out: there is nothing to load, and no enrollment.
      setState(sessionState() === "ready" ? "ready" : "unknown");
      return;
    }
    if (ownStore()?.loaded) {
      setState("ready");
      // Still ask again when the list is old: progress may have moved on another device.
      void loadEnrollments().catch(() => {});
      return;
    }
    setState("loading");
    loadEnrollments().then(
      () => {
        if (mine === generation) setState("ready");
      },
      (failure: unknown) => {
        if (mine !== generation) return;
        setError(() => failure);
        setState("errored");
      },
    );
  });

  return {
    enrollment: () => ownStore()?.byCourse[courseId()] ?? null,
    state,
    error,
    retry: () => setAttempt((n) => n + 1),
  };
}

/** The member's enrollments for "Kursus saya": active ones first, each group newest first. */
export function myEnrollmentList(): MyEnrollment[] | undefined {
  const current = ownStore();
  if (!current?.loaded) return undefined;
  return [...current.list]
    .map((item) => ({ ...item, ...(current.byCourse[item.courseId] ?? {}) }))
    .sort((a, b) => {
      if (a.status !== b.status) return a.status === "active" ? -1 : 1;
      return b.enrolledAt.localeCompare(a.enrolledAt);
    });
}

/** Enrolls the member (201 the first time, 200 when already enrolled: both fine). */
export async function enroll(courseId: string): Promise<Enrollment> {
  const enrollment = await call(client.courses[":courseId"].enroll.$post({ param: { courseId } }));
  rememberEnrollment(enrollment);
  forgetCourse(courseId);
  // A moment the app is worth installing (web/src/offline/bar.tsx offers it).
  window.dispatchEvent(new Event("berdaya:milestone"));
  // The new course belongs in "Kursus saya" with its card: the list is read again next time.
  update((current) => ({ ...current, at: 0 }));
  return enrollment;
}
