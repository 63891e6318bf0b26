import * as v from "valibot";
import { textLimits, worksheetFieldNamePattern } from "../text-limits/index";

/**
 * What a lesson holds, by kind: the schemas the API validates lesson bodies with, the module package
 * importer produces, and LessonContent stores. Quiz answer keys live here and never leave the server
 * except through the trainer's own editor.
 */
/**
 * An image source that stays on the platform: an upload (`/api/files/<id>`), the module package
 * importer's `asset:` placeholder (replaced by the upload's URL), or a same-origin path. Anything
 * with a scheme or a host (`https:`, `data:`, `//host`, a backslash for a slash) is another origin.
 */
const ownFile = (source: string) =>
  /^(\/api\/files\/[a-z0-9][a-z0-9-]{2,63}|asset:\S+)$/.test(source) ||
  // Browsers drop control characters and whitespace from a URL before reading its scheme.
  !/^([a-zA-Z][a-zA-Z0-9+.-]*:|[\\/]{2})/.test(
    [...source].filter((char) => char.charCodeAt(0) > 0x20 && !/\s/.test(char)).join(""),
  );
const inlineImage = /!\[[^\]]*\]\(\s*(<[^>\n]*>|[^\s)]+)/g;
const referenceImage = /!\[([^\]]*)\]\[([^\]]*)\]/g;
const htmlImageSource =
  /<(?:img|source|image|video|audio|input)\b[^>]*?\b(?:src|srcset|poster|href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const unquote = (text: string) => text.replace(/^[<"']|[>"']$/g, "").trim();

/**
 * Whether every image the Markdown shows is one of the platform's uploads (`/api/files/<id>`): a
 * picture from elsewhere would tell a third party who reads the lesson and when.
 */
export function imagesAreOwn(text: string): boolean {
  for (const [, destination] of text.matchAll(inlineImage))
    if (!ownFile(unquote(destination ?? ""))) return false;
  for (const [, source] of text.matchAll(htmlImageSource)) if (!ownFile(unquote(source ?? ""))) return false;
  for (const [, alt, label] of text.matchAll(referenceImage)) {
    const name = (label || alt || "")
      .trim()
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const definition = new RegExp(`^ {0,3}\\[${name}\\]:\\s*(<[^>\\n]*>|\\S+)`, "im").exec(text);
    if (definition && !ownFile(unquote(definition[1] ?? ""))) return false;
  }
  return true;
}

const markdown = (max: number) =>
  v.pipe(v.string(), v.maxLength(max), v.check(imagesAreOwn, "markdown_foreign_image"));
const uploadId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{2,63}$/));
const questionId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/));
const prompt = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(textLimits.quizPrompt));
const option = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(textLimits.quizOption));
const options = v.pipe(v.array(option), v.minLength(2), v.maxLength(10));
const points = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100));

export const questionSchema = v.variant("kind", [
  v.pipe(
    v.strictObject({
      id: questionId,
      kind: v.literal("single"),
      prompt,
      options,
      correct: v.pipe(v.number(), v.integer(), v.minValue(0)),
      points,
    }),
    v.forward(
      v.check((q) => q.correct < q.options.length, "correct_not_an_option"),
      ["correct"],
    ),
  ),
  v.pipe(
    v.strictObject({
      id: questionId,
      kind: v.literal("multiple"),
      prompt,
      options,
      correct: v.pipe(
        v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
        v.minLength(1, "no_correct_answer"),
      ),
      points,
    }),
    v.forward(
      v.check(
        (q) => q.correct.every((i) => i < q.options.length) && new Set(q.correct).size === q.correct.length,
        "correct_not_an_option",
      ),
      ["correct"],
    ),
  ),
  v.strictObject({ id: questionId, kind: v.literal("truefalse"), prompt, correct: v.boolean(), points }),
  v.strictObject({
    id: questionId,
    kind: v.literal("short"),
    prompt,
    accepted: v.pipe(
      v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
      v.minLength(1, "no_correct_answer"),
      v.maxLength(20),
    ),
    /** The answer is an amount: "Rp 30.000", "30rb" and "30000" all mean 30000 (see learning/quiz.ts). */
    numeric: v.optional(v.boolean()),
    points,
  }),
]);
export type Question = v.InferOutput<typeof questionSchema>;

export const quizSchema = v.pipe(
  v.strictObject({
    kind: v.literal("quiz"),
    /** Percent of the drawn questions' points needed to pass. */
    passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
    attemptLimit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
    shuffle: v.optional(v.boolean(), true),
    /** Draw this many questions at random from the pool per attempt; all when absent. */
    drawCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    questions: v.pipe(v.array(questionSchema), v.minLength(1), v.maxLength(200)),
  }),
  v.forward(
    v.check((quiz) => !quiz.drawCount || quiz.drawCount <= quiz.questions.length, "draw_exceeds_pool"),
    ["drawCount"],
  ),
  v.forward(
    v.check(
      (quiz) => new Set(quiz.questions.map((q) => q.id)).size === quiz.questions.length,
      "duplicate_question_id",
    ),
    ["questions"],
  ),
);

const fieldName = v.pipe(
  v.string(),
  v.maxLength(textLimits.worksheetFieldName),
  v.regex(new RegExp(`^${worksheetFieldNamePattern}$`)),
);

export const worksheetSchema = v.strictObject({
  kind: v.literal("worksheet"),
  prompt: markdown(textLimits.markdown),
  fields: v.pipe(
    v.array(
      v.strictObject({
        name: fieldName,
        label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(textLimits.worksheetLabel)),
        help: v.optional(v.pipe(v.string(), v.maxLength(textLimits.worksheetHelp))),
      }),
    ),
    v.minLength(1),
    v.maxLength(30),
  ),
  /** Whether the trainer must accept a submission before the course can be completed. */
  mustBeAccepted: v.optional(v.boolean(), true),
  /** Whether a learner may attach a file (a photo of a paper sheet, say) instead of typing. */
  allowUpload: v.optional(v.boolean(), true),
});

export const textSchema = v.strictObject({ kind: v.literal("text"), body: markdown(textLimits.lessonText) });

export const videoSchema = v.strictObject({
  kind: v.literal("video"),
  source: v.variant("type", [
    v.strictObject({ type: v.literal("upload"), uploadId }),
    v.strictObject({
      type: v.literal("youtube"),
      videoId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{11}$/)),
    }),
  ]),
  body: v.optional(markdown(textLimits.markdown), ""),
  /** The trainer asks for the video to be watched to its end: no "mark as done" before that. */
  mustWatch: v.optional(v.boolean()),
});

export const documentSchema = v.strictObject({
  kind: v.literal("document"),
  uploadId,
  body: v.optional(markdown(textLimits.markdown), ""),
});

export const contentSchema = v.variant("kind", [
  textSchema,
  videoSchema,
  documentSchema,
  quizSchema,
  worksheetSchema,
]);
export type Content = v.InferOutput<typeof contentSchema>;
export type Kind = Content["kind"];

export const kindSchema = v.picklist(["text", "video", "document", "quiz", "worksheet"]);

/** A quiz question as a learner sees it: no answer key; options for single and multiple choice. */
export const publicQuestionSchema = v.object({
  id: v.string(),
  kind: v.picklist(["single", "multiple", "truefalse", "short"]),
  prompt: v.string(),
  options: v.optional(v.array(v.string())),
  points: v.number(),
});
export type PublicQuestion = v.InferOutput<typeof publicQuestionSchema>;

/** A quiz as a learner sees it: the questions drawn for the next attempt and how the attempts went. */
export const publicQuizSchema = v.object({
  kind: v.literal("quiz"),
  passMark: v.number(),
  attemptLimit: v.number(),
  attemptsUsed: v.number(),
  bestPercent: v.nullable(v.number()),
  passed: v.boolean(),
  questions: v.array(publicQuestionSchema),
});
