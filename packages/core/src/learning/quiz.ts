import { randomInt } from "node:crypto";
import * as v from "valibot";
import type { Content, Question } from "../course/content";
import { invalid } from "../error/index";
import { foldText } from "../user/index";

type Quiz = Extract<Content, { kind: "quiz" }>;

/** A quiz question as a learner sees it: no answer key. */
export type PublicQuestion =
  | { id: string; kind: "single" | "multiple"; prompt: string; options: string[]; points: number }
  | { id: string; kind: "truefalse" | "short"; prompt: string; points: number };

export function hideKey(question: Question): PublicQuestion {
  if (question.kind === "single" || question.kind === "multiple") {
    const { id, kind, prompt, options, points } = question;
    return { id, kind, prompt, options, points };
  }
  const { id, kind, prompt, points } = question;
  return { id, kind, prompt, points };
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** This attempt's questions: a random draw from the pool when the quiz asks for one, in random order when it shuffles. */
export function draw(quiz: Quiz): string[] {
  const ids = quiz.questions.map((q) => q.id);
  const picked = quiz.drawCount ? shuffled(ids).slice(0, quiz.drawCount) : ids;
  if (quiz.shuffle) return shuffled(picked);
  return ids.filter((id) => picked.includes(id));
}

export const answersInput = v.strictObject({
  answers: v.record(
    v.pipe(v.string(), v.maxLength(40)),
    v.union([
      v.number(),
      v.boolean(),
      v.pipe(v.string(), v.maxLength(500)),
      v.pipe(v.array(v.number()), v.maxLength(10)),
    ]),
  ),
});
type Answer = v.InferOutput<typeof answersInput>["answers"][string];

/** Short answers match after folding case, accents, punctuation and spacing. */
const normalise = (text: string) =>
  foldText(text)
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();

function isCorrect(question: Question, answer: Answer): boolean {
  switch (question.kind) {
    case "single":
      return answer === question.correct;
    case "multiple": {
      const chosen = new Set(answer as number[]);
      return chosen.size === question.correct.length && question.correct.every((i) => chosen.has(i));
    }
    case "truefalse":
      return answer === question.correct;
    case "short":
      return question.accepted.some((accepted) => normalise(accepted) === normalise(answer as string));
  }
}

function shapeFits(question: Question, answer: Answer | undefined): boolean {
  switch (question.kind) {
    case "single":
      return (
        Number.isInteger(answer) && (answer as number) >= 0 && (answer as number) < question.options.length
      );
    case "multiple":
      return (
        Array.isArray(answer) &&
        answer.every((i) => Number.isInteger(i) && i >= 0 && i < question.options.length)
      );
    case "truefalse":
      return typeof answer === "boolean";
    case "short":
      return typeof answer === "string";
  }
}

/**
 * Grades answers to the drawn questions on the server. Every drawn question needs an answer of its
 * kind's shape (a 400 names the first that has none); the result says which were right, never why.
 */
export function grade(quiz: Quiz, drawn: string[], answers: Record<string, Answer>) {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const unknown = Object.keys(answers).find((id) => !drawn.includes(id));
  if (unknown) throw invalid("quiz_answer_unknown", { question: unknown });
  let score = 0;
  let maxScore = 0;
  const results = drawn.map((id) => {
    const question = byId.get(id) as Question;
    const answer = answers[id];
    if (!shapeFits(question, answer))
      throw invalid("quiz_answer_shape", { question: id, kind: question.kind });
    const correct = isCorrect(question, answer as Answer);
    maxScore += question.points;
    if (correct) score += question.points;
    return { questionId: id, correct };
  });
  const percent = maxScore ? Math.round((score / maxScore) * 100) : 0;
  return { score, maxScore, percent, passed: percent >= quiz.passMark, results };
}
