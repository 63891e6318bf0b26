import { api, type RequestOptions } from "./api";
import type { CourseSummary, LessonKind } from "./courses";
import { noteUnauthenticated } from "./session";

/** Where a course stands: live or not, and whether a draft is being edited or reviewed. */
export interface CourseState {
  status: "draft" | "published" | "unpublished";
  draft: null | "editing" | "in_review";
  /** The association's reason when it sent the draft back. */
  reviewReason: string | null;
  liveVersion: number | null;
  draftVersion: number | null;
}

export interface EditableLesson {
  id: string;
  title: string;
  kind: LessonKind;
  durationMinutes: number;
  required: boolean;
}

export interface EditableModule {
  id: string;
  title: string;
  summary: string;
  lessons: EditableLesson[];
}

/** A course as its trainer edits it (the draft if any, else the live version), or as the admin reviews it. */
export interface Editable extends CourseSummary {
  learnerCount: number;
  /** Markdown: sanitise before rendering. */
  description: string;
  certificateApproval: boolean;
  modules: EditableModule[];
  state: CourseState;
}

export interface MyCourse extends CourseSummary {
  learnerCount: number;
  state: CourseState;
}

export interface CourseFields {
  title: string;
  summary: string;
  description: string;
  category: string;
  level: string;
  language: "id" | "en";
  certificateApproval: boolean;
}

export interface SingleQuestion {
  id: string;
  kind: "single";
  prompt: string;
  options: string[];
  correct: number;
  points: number;
}
export interface MultipleQuestion {
  id: string;
  kind: "multiple";
  prompt: string;
  options: string[];
  correct: number[];
  points: number;
}
export interface TrueFalseQuestion {
  id: string;
  kind: "truefalse";
  prompt: string;
  correct: boolean;
  points: number;
}
export interface ShortQuestion {
  id: string;
  kind: "short";
  prompt: string;
  accepted: string[];
  /** The answer is an amount: "Rp 30.000", "30rb" and "30000" count the same. */
  numeric?: boolean;
  points: number;
}
export type Question = SingleQuestion | MultipleQuestion | TrueFalseQuestion | ShortQuestion;
export type QuestionKind = Question["kind"];

export interface TextContent {
  kind: "text";
  body: string;
}
export interface VideoContent {
  kind: "video";
  source: { type: "upload"; uploadId: string } | { type: "youtube"; videoId: string };
  body?: string;
  /** Done only when the video has played to its end. */
  mustWatch?: boolean;
}
export interface DocumentContent {
  kind: "document";
  uploadId: string;
  body?: string;
}
export interface QuizContent {
  kind: "quiz";
  passMark: number;
  attemptLimit: number;
  shuffle?: boolean;
  drawCount?: number;
  questions: Question[];
}
export interface WorksheetField {
  name: string;
  label: string;
  help?: string;
}
export interface WorksheetContent {
  kind: "worksheet";
  prompt: string;
  fields: WorksheetField[];
  mustBeAccepted?: boolean;
  allowUpload?: boolean;
}
export type LessonContent = TextContent | VideoContent | DocumentContent | QuizContent | WorksheetContent;

/** A lesson with its content (quiz answer keys included): for its trainer and the reviewing admin only. */
export interface Lesson {
  lessonId: string;
  moduleId: string;
  title: string;
  kind: LessonKind;
  durationMinutes: number;
  position: number;
  required: boolean;
  mustBeAccepted: boolean;
  content: LessonContent;
}

export interface LessonInput {
  title: string;
  durationMinutes: number;
  required: boolean;
  content: LessonContent;
}

export interface LessonPatch extends Partial<LessonInput> {
  moduleId?: string;
  position?: number;
}

/** A call that ends the session when the server says it has ended (expired, or logged out elsewhere). */
async function call<T>(path: string, options?: RequestOptions): Promise<T> {
  try {
    return await api<T>(path, options);
  } catch (failure) {
    noteUnauthenticated(failure);
    throw failure;
  }
}

const e = encodeURIComponent;
const coursePath = (courseId: string) => `/api/courses/${e(courseId)}`;
const modulePath = (courseId: string, moduleId: string) => `${coursePath(courseId)}/modules/${e(moduleId)}`;
const lessonPath = (courseId: string, moduleId: string, lessonId: string) =>
  `${modulePath(courseId, moduleId)}/lessons/${e(lessonId)}`;

export function listMyCourses(): Promise<{ items: MyCourse[] }> {
  return call("/api/trainer/courses");
}

export function getEditable(courseId: string): Promise<Editable> {
  return call(`/api/trainer/courses/${e(courseId)}`);
}

export function createCourse(
  input: Pick<CourseFields, "title" | "summary" | "category" | "level">,
): Promise<Editable> {
  return call("/api/courses", { method: "POST", body: input });
}

export function updateCourse(
  courseId: string,
  patch: Partial<CourseFields> & { coverUploadId?: string | null },
): Promise<Editable> {
  return call(coursePath(courseId), { method: "PATCH", body: patch });
}

export function deleteCourse(courseId: string): Promise<void> {
  return call(coursePath(courseId), { method: "DELETE" });
}

export function addModule(courseId: string, title: string): Promise<EditableModule> {
  return call(`${coursePath(courseId)}/modules`, { method: "POST", body: { title } });
}

export function updateModule(
  courseId: string,
  moduleId: string,
  patch: { title?: string; summary?: string; position?: number },
): Promise<Editable> {
  return call(modulePath(courseId, moduleId), { method: "PATCH", body: patch });
}

export function deleteModule(courseId: string, moduleId: string): Promise<void> {
  return call(modulePath(courseId, moduleId), { method: "DELETE" });
}

export function getLesson(courseId: string, lessonId: string): Promise<Lesson> {
  return call(`/api/trainer/courses/${e(courseId)}/lessons/${e(lessonId)}`);
}

export function addLesson(courseId: string, moduleId: string, input: LessonInput): Promise<Lesson> {
  return call(`${modulePath(courseId, moduleId)}/lessons`, { method: "POST", body: input });
}

export function updateLesson(
  courseId: string,
  moduleId: string,
  lessonId: string,
  patch: LessonPatch,
): Promise<Lesson> {
  return call(lessonPath(courseId, moduleId, lessonId), { method: "PATCH", body: patch });
}

export function deleteLesson(courseId: string, moduleId: string, lessonId: string): Promise<void> {
  return call(lessonPath(courseId, moduleId, lessonId), { method: "DELETE" });
}

/** Adds a module from an uploaded module package; a bad package answers 400 with every problem in `details`. */
export function importPackage(courseId: string, uploadId: string): Promise<Editable> {
  return call(`${coursePath(courseId)}/import`, { method: "POST", body: { uploadId } });
}

export function submitCourse(courseId: string): Promise<Editable> {
  return call(`${coursePath(courseId)}/submit`, { method: "POST" });
}

// The association's review of submitted drafts.

export interface ReviewItem {
  courseId: string;
  title: string;
  trainerName: string;
  submittedAt: string;
  version: number;
}

export function listReviewQueue(cursor?: string): Promise<{ items: ReviewItem[]; cursor: string | null }> {
  return call("/api/admin/courses", { query: { cursor, limit: 20 } });
}

export function getReviewCourse(courseId: string): Promise<Editable> {
  return call(`/api/admin/courses/${e(courseId)}`);
}

export function getReviewLesson(courseId: string, lessonId: string): Promise<Lesson> {
  return call(`/api/admin/courses/${e(courseId)}/lessons/${e(lessonId)}`);
}

export function approveCourse(courseId: string): Promise<CourseSummary> {
  return call(`/api/admin/courses/${e(courseId)}/approve`, { method: "POST" });
}

export function rejectCourse(courseId: string, reason: string): Promise<Editable> {
  return call(`/api/admin/courses/${e(courseId)}/reject`, { method: "POST", body: { reason } });
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
