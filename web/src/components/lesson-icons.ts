import type { LessonKind } from "../data/courses";
import type { IconName } from "./icon";

/** The icon that stands for each kind of lesson, in outlines and lesson lists. */
export const lessonIcons: Record<LessonKind, IconName> = {
  text: "text",
  video: "video",
  document: "document",
  quiz: "quiz",
  worksheet: "worksheet",
};
