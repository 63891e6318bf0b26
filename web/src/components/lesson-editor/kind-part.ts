import type { JSX } from "solid-js";
import type { LessonContent } from "../../data/authoring";

/** What every kind's editor is given: ids unique on the page and the course's language. */
export interface KindContext {
  id: (part: string) => string;
  lang: () => string;
}

/** One kind of lesson's part of the editor: its draft, its fields, and the content it saves. */
export interface KindPart {
  /** What the unsaved-changes check compares. */
  snapshot: () => unknown;
  /** The content to save; throws a problem the trainer must fix first. */
  content: () => LessonContent;
  View: () => JSX.Element;
}

export type CreateKindPart = (content: LessonContent | undefined, context: KindContext) => KindPart;

/** The markdown a lesson carries with it (a text's body, a video's caption, a PDF's introduction). */
export const bodyOf = (content?: LessonContent): string =>
  content && "body" in content ? (content.body ?? "") : "";
