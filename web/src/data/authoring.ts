import { type AnswerOf, call, client, query } from "./api";

const course = client.courses[":courseId"];
const moduleApi = course.modules[":moduleId"];
const mine = client.trainer.courses;
const review = client.admin.courses;

/** A course as its trainer edits it (the draft if any, else the live version), or as the admin reviews it. */
export type Editable = AnswerOf<(typeof mine)[":courseId"]["$get"]>;
/** Where a course stands: live or not, and whether a draft is being edited or reviewed. */
export type CourseState = Editable["state"];
export type EditableModule = Editable["modules"][number];
export type EditableLesson = EditableModule["lessons"][number];
export type MyCourse = AnswerOf<typeof mine.$get>["items"][number];

export type NewCourse = Parameters<typeof client.courses.$post>[0]["json"];
export type CoursePatch = Parameters<typeof course.$patch>[0]["json"];
export type CourseFields = Required<Omit<CoursePatch, "coverUploadId">>;

/** A lesson with its content (quiz answer keys included): for its trainer and the reviewing admin only. */
export type Lesson = AnswerOf<(typeof mine)[":courseId"]["lessons"][":lessonId"]["$get"]>;
export type LessonContent = Lesson["content"];
export type TextContent = Extract<LessonContent, { kind: "text" }>;
export type VideoContent = Extract<LessonContent, { kind: "video" }>;
export type DocumentContent = Extract<LessonContent, { kind: "document" }>;
export type QuizContent = Extract<LessonContent, { kind: "quiz" }>;
export type WorksheetContent = Extract<LessonContent, { kind: "worksheet" }>;
export type WorksheetField = WorksheetContent["fields"][number];
export type Question = QuizContent["questions"][number];
export type QuestionKind = Question["kind"];
export type SingleQuestion = Extract<Question, { kind: "single" }>;
export type MultipleQuestion = Extract<Question, { kind: "multiple" }>;
export type TrueFalseQuestion = Extract<Question, { kind: "truefalse" }>;
export type ShortQuestion = Extract<Question, { kind: "short" }>;

export type LessonInput = Parameters<(typeof moduleApi)["lessons"]["$post"]>[0]["json"];
export type LessonPatch = Parameters<(typeof moduleApi)["lessons"][":lessonId"]["$patch"]>[0]["json"];
export type ModulePatch = Parameters<typeof moduleApi.$patch>[0]["json"];

export function listMyCourses(): Promise<{ items: MyCourse[] }> {
  return call(mine.$get());
}

export function getEditable(courseId: string): Promise<Editable> {
  return call(mine[":courseId"].$get({ param: { courseId } }));
}

export function createCourse(input: NewCourse): Promise<Editable> {
  return call(client.courses.$post({ json: input }));
}

export function updateCourse(courseId: string, patch: CoursePatch): Promise<Editable> {
  return call(course.$patch({ param: { courseId }, json: patch }));
}

export function deleteCourse(courseId: string): Promise<void> {
  return call(course.$delete({ param: { courseId } }));
}

export function addModule(courseId: string, title: string): Promise<EditableModule> {
  return call(course.modules.$post({ param: { courseId }, json: { title } }));
}

export function updateModule(courseId: string, moduleId: string, patch: ModulePatch): Promise<Editable> {
  return call(moduleApi.$patch({ param: { courseId, moduleId }, json: patch }));
}

export function deleteModule(courseId: string, moduleId: string): Promise<void> {
  return call(moduleApi.$delete({ param: { courseId, moduleId } }));
}

export function getLesson(courseId: string, lessonId: string): Promise<Lesson> {
  return call(mine[":courseId"].lessons[":lessonId"].$get({ param: { courseId, lessonId } }));
}

export function addLesson(courseId: string, moduleId: string, input: LessonInput): Promise<Lesson> {
  return call(moduleApi.lessons.$post({ param: { courseId, moduleId }, json: input }));
}

export function updateLesson(
  courseId: string,
  moduleId: string,
  lessonId: string,
  patch: LessonPatch,
): Promise<Lesson> {
  return call(
    moduleApi.lessons[":lessonId"].$patch({ param: { courseId, moduleId, lessonId }, json: patch }),
  );
}

export function deleteLesson(courseId: string, moduleId: string, lessonId: string): Promise<void> {
  return call(moduleApi.lessons[":lessonId"].$delete({ param: { courseId, moduleId, lessonId } }));
}

/** Adds a module from an uploaded module package; a bad package answers 400 with every problem in `details`. */
export function importPackage(courseId: string, uploadId: string): Promise<Editable> {
  return call(course.import.$post({ param: { courseId }, json: { uploadId } }));
}

export function submitCourse(courseId: string): Promise<Editable> {
  return call(course.submit.$post({ param: { courseId } }));
}

// The association's review of submitted drafts.

export type ReviewItem = AnswerOf<typeof review.$get>["items"][number];

export function listReviewQueue(cursor?: string): Promise<{ items: ReviewItem[]; cursor: string | null }> {
  return call(review.$get({ query: query({ cursor, limit: 20 }) }));
}

export function getReviewCourse(courseId: string): Promise<Editable> {
  return call(review[":courseId"].$get({ param: { courseId } }));
}

export function getReviewLesson(courseId: string, lessonId: string): Promise<Lesson> {
  return call(review[":courseId"].lessons[":lessonId"].$get({ param: { courseId, lessonId } }));
}

export function approveCourse(courseId: string) {
  return call(review[":courseId"].approve.$post({ param: { courseId } }));
}

export function rejectCourse(courseId: string, reason: string): Promise<Editable> {
  return call(review[":courseId"].reject.$post({ param: { courseId }, json: { reason } }));
}

/** "https://youtu.be/dQw4w9WgXcQ", "…watch?v=…", "…/shorts/…", "…/embed/…" or the bare id → the 11-character id. */
export function youtubeId(input: string): string | undefined {
  const text = input.trim();
  if (/^[A-Za-z0-9_-]{11}$/.test(text)) return text;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  const host = url.hostname.replace(/^(www|m|music)\./, "");
  let candidate: string | null | undefined;
  if (host === "youtu.be") candidate = url.pathname.split("/")[1];
  else if (host === "youtube.com" || host === "youtube-nocookie.com") {
    candidate = url.searchParams.get("v");
    if (!candidate) {
      const [, section, id] = url.pathname.split("/");
      if (section && ["embed", "shorts", "live", "v"].includes(section)) candidate = id;
    }
  }
  return candidate && /^[A-Za-z0-9_-]{11}$/.test(candidate) ? candidate : undefined;
}
