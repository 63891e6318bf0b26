import * as v from "valibot";
import { type Question, quizSchema } from "../course/content";
import type { Problem } from "./problem";
import { fieldOf, issuePath, lineOf, type Path, parseYaml, reasonOf } from "./yaml";

export type Quiz = v.InferOutput<typeof quizSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const answerKeys = new Set(["correct", "accepted"]);

/**
 * Reads a quiz file written for people: defaults filled in, answers given as option text turned into
 * indexes, single values where a list is expected wrapped. The result is then held to `quizSchema`.
 */
export function parseQuiz(
  file: string,
  text: string,
  parsed: ReturnType<typeof parseYaml> = parseYaml(file, text),
): { quiz: Quiz } | { problems: Problem[] } {
  if ("problems" in parsed) return parsed;
  const { yaml } = parsed;
  const problem = (path: Path, reason: string, limit?: number): Problem => ({
    file,
    line: lineOf(yaml, path),
    message: "invalid_quiz",
    params: { field: fieldOf(path), reason, ...(limit === undefined ? {} : { limit }) },
  });

  if (yaml.value === null || yaml.value === undefined) return { problems: [problem([], "empty")] };
  const { quiz, issues } = fromYaml(yaml.value);
  const result = v.safeParse(quizSchema, quiz);
  const problems = issues.map(({ path, reason }) => problem(path, reason));
  const taken = new Set(issues.map(({ path }) => fieldOf(path)));
  for (const issue of result.issues ?? []) {
    const path = issuePath(issue);
    if (taken.has(fieldOf(path))) continue;
    let { reason, limit } = reasonOf(issue);
    if (reason === "required" && answerKeys.has(String(path.at(-1)))) reason = "no_correct_answer";
    problems.push(problem(path, reason, limit));
  }
  if (problems.length > 0 || !result.success) {
    return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  }
  return { quiz: result.output };
}

function fromYaml(value: unknown): { quiz: unknown; issues: { path: Path; reason: string }[] } {
  if (!isRecord(value)) return { quiz: value, issues: [] };
  const issues: { path: Path; reason: string }[] = [];
  const { questions, ...settings } = value;
  const quiz = {
    kind: "quiz",
    passMark: 70,
    attemptLimit: 3,
    shuffle: true,
    ...settings,
    questions: Array.isArray(questions)
      ? questions.map((q, i) =>
          fromYamlQuestion(q, i, (path, reason) => issues.push({ path: ["questions", i, ...path], reason })),
        )
      : questions,
  };
  return { quiz, issues };
}

const asText = (value: unknown) => (typeof value === "number" ? String(value) : value);
const asTextList = (value: unknown) =>
  Array.isArray(value)
    ? value.map(asText)
    : typeof value === "string" || typeof value === "number"
      ? [asText(value)]
      : value;

const truth: Record<string, boolean> = {
  benar: true,
  true: true,
  ya: true,
  salah: false,
  false: false,
  tidak: false,
};

function fromYamlQuestion(
  value: unknown,
  index: number,
  report: (path: Path, reason: string) => void,
): unknown {
  if (!isRecord(value)) return value;
  const question: Record<string, unknown> = { id: `q${index + 1}`, points: 1, ...value };
  question.id = asText(question.id);
  question.prompt = asText(question.prompt);
  if ("options" in question) question.options = asTextList(question.options);
  if ("accepted" in question) question.accepted = asTextList(question.accepted);
  for (const key of answerKeys) if (question[key] === null) delete question[key];
  const options = Array.isArray(question.options) ? question.options : [];
  const indexOf = (answer: unknown, path: Path): unknown => {
    if (typeof answer !== "string") return answer;
    const found = options.findIndex((o) => typeof o === "string" && o.trim() === answer.trim());
    if (found === -1) report(path, "correct_not_an_option");
    return found === -1 ? answer : found;
  };
  const kind = question.kind as Question["kind"] | undefined;
  if (kind === "single" && "correct" in question) {
    question.correct = indexOf(question.correct, ["correct"]);
  } else if (kind === "multiple" && "correct" in question) {
    const answers = Array.isArray(question.correct) ? question.correct : [question.correct];
    question.correct = answers.map((answer, i) => indexOf(answer, ["correct", i]));
  } else if (kind === "truefalse" && typeof question.correct === "string") {
    question.correct = truth[question.correct.trim().toLowerCase()] ?? question.correct;
  }
  return question;
}
