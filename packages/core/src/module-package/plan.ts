import * as v from "valibot";
import { type Content, documentSchema, textSchema, videoSchema, worksheetSchema } from "../course/content";
import { textLimits } from "../text-limits/index";
import type { DetectedType } from "../upload/detect";
import { foldText } from "../user/index";
import { type ImageRefs, resolveImages, resolveRelative } from "./markdown";
import type { Problem } from "./problem";
import { parseQuiz } from "./quiz";
import { fieldOf, issuePath, lineOf, type Path, parseYaml, reasonOf } from "./yaml";
import { type PackageFile, type Role, roleOf } from "./zip";

type ContentOf<K extends Content["kind"]> = Extract<Content, { kind: K }>;

/** Lesson content as `course/content` defines it, except that files still to be uploaded are named by their package path. */
export type PlannedContent =
  | ContentOf<"text">
  | ContentOf<"quiz">
  | ContentOf<"worksheet">
  | (Omit<ContentOf<"document">, "uploadId"> & { asset: string })
  | (Omit<ContentOf<"video">, "source"> & {
      source: { type: "upload"; asset: string } | Extract<ContentOf<"video">["source"], { type: "youtube" }>;
    });

export interface PlannedLesson {
  title: string;
  durationMinutes: number;
  required: boolean;
  content: PlannedContent;
}

export interface PlannedAsset {
  /** The file's path in the package, relative to the folder that holds module.yaml. */
  path: string;
  contentType: DetectedType;
  data: Buffer;
}

export interface PackagePlan {
  title: string;
  summary: string;
  lessons: PlannedLesson[];
  assets: PlannedAsset[];
}

export const manifestFile = "module.yaml";

const title = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(textLimits.title));
const filePath = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500));

function youtubeIdOf(text: string): string {
  const match =
    /(?:youtu\.be\/|[?&]v=|\/embed\/|\/shorts\/|\/live\/)([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])/.exec(text);
  return match?.[1] ?? text;
}

const lessonBase = {
  title,
  durationMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600)), 10),
  required: v.optional(v.boolean(), true),
};

/** A lesson as written in module.yaml. Worksheet details are left to `worksheetSchema`, which owns them. */
export const lessonSchema = v.variant("kind", [
  v.strictObject({ ...lessonBase, kind: v.literal("text"), file: filePath }),
  v.strictObject({ ...lessonBase, kind: v.literal("document"), file: filePath, body: v.optional(filePath) }),
  v.pipe(
    v.strictObject({
      ...lessonBase,
      kind: v.literal("video"),
      file: v.optional(filePath),
      youtube: v.optional(
        v.pipe(
          v.string(),
          v.trim(),
          v.transform(youtubeIdOf),
          v.regex(/^[A-Za-z0-9_-]{11}$/, "invalid_youtube_id"),
        ),
      ),
      body: v.optional(filePath),
    }),
    v.check((lesson) => (lesson.file === undefined) !== (lesson.youtube === undefined), "file_or_youtube"),
  ),
  v.strictObject({ ...lessonBase, kind: v.literal("quiz"), file: filePath }),
  v.strictObject({
    ...lessonBase,
    kind: v.literal("worksheet"),
    prompt: filePath,
    fields: v.unknown(),
    mustBeAccepted: v.optional(v.unknown()),
    allowUpload: v.optional(v.unknown()),
  }),
]);
type ManifestLesson = v.InferOutput<typeof lessonSchema>;

export const manifestSchema = v.strictObject({
  title,
  // The module summary the editor takes: an imported module stays editable.
  summary: v.nullish(v.pipe(v.string(), v.trim(), v.maxLength(textLimits.summary)), ""),
  lessons: v.pipe(v.array(v.unknown()), v.minLength(1), v.maxLength(50)),
});

/** What a lesson may point at, by the key that points. */
const expectedRoles: Record<string, { roles: Role[]; expected: string }> = {
  text: { roles: ["markdown"], expected: ".md" },
  document: { roles: ["document"], expected: ".pdf" },
  video: { roles: ["video"], expected: ".mp4, .webm" },
  quiz: { roles: ["yaml"], expected: ".yaml" },
  markdown: { roles: ["markdown"], expected: ".md" },
};

/** Stands in for the upload id while the content is checked against `course/content`; never leaves here. */
const placeholderUploadId = "package-asset";

export type Lookup = (path: string) => PackageFile | "refused" | undefined;

/**
 * Reads module.yaml and everything it points at. Every problem is collected; the plan comes back only
 * when there are none.
 */
export function buildPlan(
  lookup: Lookup,
  zipPathOf: (path: string) => string,
): { plan: PackagePlan } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const manifestPath = zipPathOf(manifestFile);
  const manifestEntry = lookup(manifestFile);
  if (manifestEntry === "refused") return { problems };
  if (!manifestEntry) return { problems: [{ file: manifestPath, message: "missing_manifest" }] };
  const parsed = manifestEntry.yaml ?? parseYaml(manifestPath, manifestEntry.text ?? "");
  if ("problems" in parsed) return parsed;
  const { yaml } = parsed;

  const fieldProblem = (
    path: Path,
    reason: string,
    extra: Record<string, string | number> = {},
  ): Problem => ({
    file: manifestPath,
    line: lineOf(yaml, path),
    message: "manifest_field",
    params: { field: fieldOf(path), reason, ...extra },
  });
  const issueProblems = (issues: v.BaseIssue<unknown>[] | undefined, prefix: Path) => {
    for (const issue of issues ?? []) {
      const { reason, limit } = reasonOf(issue);
      problems.push(
        fieldProblem([...prefix, ...issuePath(issue)], reason, limit === undefined ? {} : { limit }),
      );
    }
  };

  if (yaml.value === null || yaml.value === undefined) return { problems: [fieldProblem([], "empty")] };
  const manifest = v.safeParse(manifestSchema, yaml.value);
  issueProblems(manifest.issues, []);
  const rawLessons = (yaml.value as { lessons?: unknown }).lessons;

  const assets = new Map<string, PlannedAsset>();
  const addAsset = (file: PackageFile) => {
    if (file.type && !assets.has(file.path))
      assets.set(file.path, { path: file.path, contentType: file.type, data: file.data });
  };
  const markdownCache = new Map<string, ImageRefs>();
  const markdownOf = (file: PackageFile) => {
    let refs = markdownCache.get(file.path);
    if (!refs) {
      refs = resolveImages(file, zipPathOf, lookup);
      markdownCache.set(file.path, refs);
      problems.push(...refs.problems);
    }
    return refs;
  };

  const reference = (raw: string, at: Path, want: keyof typeof expectedRoles): PackageFile | undefined => {
    const { roles, expected } = expectedRoles[want] ?? { roles: [], expected: "" };
    const path = resolveRelative("", raw);
    const line = lineOf(yaml, at);
    if (path === undefined) {
      problems.push({ file: manifestPath, line, message: "unsafe_path", params: { path: raw } });
      return undefined;
    }
    const role = roleOf(path)?.role;
    if (!role || !roles.includes(role)) {
      problems.push(fieldProblem(at, "wrong_file_type", { expected }));
      return undefined;
    }
    const file = lookup(path);
    if (file === "refused") return undefined;
    if (!file) problems.push({ file: manifestPath, line, message: "missing_file", params: { path } });
    return file;
  };

  const lessons: PlannedLesson[] = [];
  (Array.isArray(rawLessons) ? rawLessons : []).forEach((raw, index) => {
    const at: Path = ["lessons", index];
    const lesson = v.safeParse(lessonSchema, raw);
    if (!lesson.success) {
      issueProblems(lesson.issues, at);
      return;
    }
    const before = problems.length;
    const content = plannedContent(lesson.output, at);
    if (content && problems.length === before) {
      const { title, durationMinutes, required } = lesson.output;
      lessons.push({ title, durationMinutes, required, content });
    }
  });

  function markdownAt(raw: string | undefined, at: Path): string | undefined {
    if (raw === undefined) return "";
    const file = reference(raw, at, "markdown");
    if (!file) return undefined;
    const refs = markdownOf(file);
    for (const image of refs.images) {
      const found = lookup(image);
      if (found && found !== "refused") addAsset(found);
    }
    return refs.markdown;
  }

  function checked<T>(
    schema: v.GenericSchema<unknown, T>,
    content: unknown,
    at: Path,
    rename: Record<string, string> = {},
  ) {
    const result = v.safeParse(schema, content);
    if (result.success) return result.output;
    issueProblems(
      result.issues.map((issue) => {
        const first = issue.path?.[0];
        const key = typeof first?.key === "string" ? rename[first.key] : undefined;
        return key && first ? { ...issue, path: [{ ...first, key }, ...(issue.path ?? []).slice(1)] } : issue;
      }) as v.BaseIssue<unknown>[],
      at,
    );
    return undefined;
  }

  function plannedContent(lesson: ManifestLesson, at: Path): PlannedContent | undefined {
    // Every Markdown body of the lesson, without a first heading that repeats the lesson's title.
    const markdownOf = (path: string | undefined, where: Path) => {
      const text = markdownAt(path, where);
      return text === undefined ? undefined : withoutTitle(text, lesson.title);
    };
    switch (lesson.kind) {
      case "text": {
        const body = markdownOf(lesson.file, [...at, "file"]);
        return body === undefined
          ? undefined
          : checked(textSchema, { kind: "text", body }, at, { body: "file" });
      }
      case "document": {
        const file = reference(lesson.file, [...at, "file"], "document");
        const body = markdownOf(lesson.body, [...at, "body"]);
        if (!file || body === undefined) return undefined;
        const content = checked(
          documentSchema,
          { kind: "document", uploadId: placeholderUploadId, body },
          at,
        );
        if (!content) return undefined;
        addAsset(file);
        const { uploadId: _, ...rest } = content;
        return { ...rest, asset: file.path };
      }
      case "video": {
        const file = lesson.file === undefined ? undefined : reference(lesson.file, [...at, "file"], "video");
        const body = markdownOf(lesson.body, [...at, "body"]);
        if ((lesson.file !== undefined && !file) || body === undefined) return undefined;
        const source = file
          ? { type: "upload", uploadId: placeholderUploadId }
          : { type: "youtube", videoId: lesson.youtube };
        const content = checked(videoSchema, { kind: "video", source, body }, at);
        if (!content) return undefined;
        const { source: checkedSource, ...rest } = content;
        if (checkedSource.type === "youtube") return { ...rest, source: checkedSource };
        if (!file) return undefined;
        addAsset(file);
        return { ...rest, source: { type: "upload", asset: file.path } };
      }
      case "quiz": {
        const file = reference(lesson.file, [...at, "file"], "quiz");
        if (!file) return undefined;
        const quiz = parseQuiz(zipPathOf(file.path), file.text ?? "", file.yaml);
        if ("problems" in quiz) {
          problems.push(...quiz.problems);
          return undefined;
        }
        return quiz.quiz;
      }
      case "worksheet": {
        const prompt = markdownOf(lesson.prompt, [...at, "prompt"]);
        if (prompt === undefined) return undefined;
        const { kind, fields, mustBeAccepted, allowUpload } = lesson;
        return checked(worksheetSchema, { kind, prompt, fields, mustBeAccepted, allowUpload }, at);
      }
    }
  }

  if (problems.length > 0 || !manifest.success) return { problems };
  return {
    plan: {
      title: manifest.output.title,
      summary: manifest.output.summary,
      lessons,
      assets: [...assets.values()],
    },
  };
}

const headingText = (text: string) =>
  foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * A lesson file that starts with its own title as a heading ("# Mengenal Pelanggan") would show the
 * title twice: the player already shows it above the body. That first heading is left out.
 */
export function withoutTitle(markdown: string, title: string): string {
  const match = /^\s*#{1,6}[ \t]+(.+?)[ \t#]*(?:\r?\n|$)/.exec(markdown);
  if (!match || headingText(match[1] as string) !== headingText(title)) return markdown;
  return markdown.slice(match[0].length).replace(/^\s*\n/, "");
}
