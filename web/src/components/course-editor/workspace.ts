import type { Editable } from "../../data/authoring";
import type { LessonKind } from "../../data/courses";
import type { UnsavedGuard } from "../unsaved";

export const lessonKinds: LessonKind[] = ["text", "video", "document", "quiz", "worksheet"];

export const editorPath = (courseId: string) => `/trainer/courses/${encodeURIComponent(courseId)}`;

/** What the editor shares with its parts: the course (a store kept in step with the server) and its actions. */
export interface Workspace {
  course: Editable;
  readOnly: () => boolean;
  guard: UnsavedGuard;
  apply: (next: Editable) => void;
  refresh: () => Promise<void>;
  openLesson: (lessonId: string) => void;
  addLesson: (kind: LessonKind, moduleId: string) => void;
  closeLesson: () => void;
  openLessonId: () => string | undefined;
}
