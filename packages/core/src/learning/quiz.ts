import { randomInt } from "node:crypto";
import * as v from "valibot";
import type { Content, PublicQuestion, Question } from "../course/content";
import { invalid } from "../error/index";
import { foldText } from "../user/index";

type Quiz = Extract<Content, { kind: "quiz" }>;

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

const multipliers: Record<string, number> = {
  "": 1,
  k: 1e3,
  rb: 1e3,
  ribu: 1e3,
  jt: 1e6,
  juta: 1e6,
  m: 1e9,
  miliar: 1e9,
  milyar: 1e9,
};

/**
 * An amount as members type it: "Rp 30.000", "Rp30.000,-", "30 000", "30rb", "30 ribu", "2,5 juta",
 * "IDR 1,500,000". "." and "," group thousands when followed by exactly three digits (the Indonesian
 * "30.000" and the English "30,000"), otherwise they mark decimals ("2,5", "2.5"). Null when it is
 * not an amount.
 */
export function parseAmount(text: string): number | null {
  const folded = foldText(text)
    .replace(/\s+/g, "")
    .replace(/^(rp|idr)\.?/, "")
    .replace(/[.,]-$/, "");
  const match = /^(\d[\d.,]*)([a-z]*)$/.exec(folded);
  const digits = match?.[1];
  const multiplier = multipliers[match?.[2] ?? "x"];
  if (!digits || multiplier === undefined) return null;
  const separators = digits.replace(/\d/g, "");
  let plain: string;
  if (separators.includes(".") && separators.includes(",")) {
    const decimal = digits.lastIndexOf(".") > digits.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    if (!new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})*\\${decimal}\\d+$`).test(digits)) return null;
    plain = digits.split(thousands).join("").replace(decimal, ".");
  } else if (separators.length === 0) {
    plain = digits;
  } else {
    const mark = separators[0] as string;
    const grouped = new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(digits);
    if (grouped) plain = digits.split(mark).join("");
    else if (separators.length === 1) plain = digits.replace(mark, ".");
    else return null;
  }
  const value = Number(plain) * multiplier;
  return Number.isFinite(value) ? value : null;
}

function shortAnswerMatches(question: Extract<Question, { kind: "short" }>, answer: string): boolean {
  if (question.numeric) {
    const given = parseAmount(answer);
    const same = (accepted: string) => {
      const value = parseAmount(accepted);
      return value !== null && given !== null && Math.abs(value - given) <= 1e-9 * Math.max(1, value);
    };
    if (question.accepted.some(same)) return true;
  }
  return question.accepted.some((accepted) => normalise(accepted) === normalise(answer));
}

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
      return shortAnswerMatches(question, answer as string);
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
