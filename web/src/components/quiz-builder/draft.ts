import type { Question, QuestionKind, QuizContent } from "../../data/authoring";
import { problem, t } from "../../i18n/authoring";

/** A question as the form holds it: every kind's fields, the ones of its kind used. */
export interface QuestionDraft {
  id: string;
  kind: QuestionKind;
  prompt: string;
  points: string;
  options: string[];
  /** Indexes of the right options (one for "single"). */
  correct: number[];
  truth: boolean;
  /** Accepted short answers, one per line. */
  accepted: string;
  /** The short answer is an amount, matched by its value. */
  numeric: boolean;
}

export interface QuizDraft {
  passMark: string;
  attemptLimit: string;
  shuffle: boolean;
  drawCount: string;
  questions: QuestionDraft[];
}

export const questionKinds: QuestionKind[] = ["single", "multiple", "truefalse", "short"];
export const maxOptions = 10;

export function quizDraftOf(content?: QuizContent): QuizDraft {
  if (!content) return { passMark: "70", attemptLimit: "3", shuffle: true, drawCount: "", questions: [] };
  return {
    passMark: String(content.passMark),
    attemptLimit: String(content.attemptLimit),
    shuffle: content.shuffle !== false,
    drawCount: content.drawCount ? String(content.drawCount) : "",
    questions: content.questions.map(questionDraftOf),
  };
}

function questionDraftOf(q: Question): QuestionDraft {
  return {
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    points: String(q.points),
    options: q.kind === "single" || q.kind === "multiple" ? [...q.options] : ["", ""],
    correct: q.kind === "single" ? [q.correct] : q.kind === "multiple" ? [...q.correct] : [],
    truth: q.kind === "truefalse" ? q.correct : true,
    accepted: q.kind === "short" ? q.accepted.join("\n") : "",
    numeric: q.kind === "short" && q.numeric === true,
  };
}

/** A new, empty question of a kind. */
export function newQuestion(kind: QuestionKind, questions: QuestionDraft[]): QuestionDraft {
  return {
    id: newQuestionId(questions),
    kind,
    prompt: "",
    points: "1",
    options: ["", ""],
    correct: [],
    truth: true,
    accepted: "",
    numeric: false,
  };
}

/** A whole number from a form field in [min, max], or a problem naming the field. */
export function wholeNumber(value: string, min: number, max: number, field: string): number {
  const number = Number(value.trim());
  if (value.trim() === "" || !Number.isInteger(number) || number < min || number > max) {
    throw problem("check.range", { field, min, max });
  }
  return number;
}

export function quizContentOf(draft: QuizDraft): QuizContent {
  if (draft.questions.length === 0) throw problem("quiz.noQuestions");
  const questions = draft.questions.map((q, index): Question => {
    const number = index + 1;
    const points = wholeNumber(q.points, 1, 100, t("quiz.pointsOf", { number }));
    const base = { id: q.id, prompt: q.prompt.trim(), points };
    if (q.kind === "single") {
      if (q.correct[0] === undefined) throw problem("quiz.markCorrect", { number });
      return { ...base, kind: "single", options: q.options.map((o) => o.trim()), correct: q.correct[0] };
    }
    if (q.kind === "multiple") {
      if (q.correct.length === 0) throw problem("quiz.markCorrect", { number });
      return {
        ...base,
        kind: "multiple",
        options: q.options.map((o) => o.trim()),
        correct: [...q.correct].sort((a, b) => a - b),
      };
    }
    if (q.kind === "truefalse") return { ...base, kind: "truefalse", correct: q.truth };
    const accepted = q.accepted
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    if (accepted.length === 0) throw problem("quiz.needAccepted", { number });
    return { ...base, kind: "short", accepted, ...(q.numeric ? { numeric: true } : {}) };
  });
  const drawCount = draft.drawCount.trim()
    ? wholeNumber(draft.drawCount, 1, questions.length, t("quiz.drawCount"))
    : undefined;
  return {
    kind: "quiz",
    passMark: wholeNumber(draft.passMark, 0, 100, t("quiz.passMark")),
    attemptLimit: wholeNumber(draft.attemptLimit, 1, 20, t("quiz.attemptLimit")),
    shuffle: draft.shuffle,
    ...(drawCount ? { drawCount } : {}),
    questions,
  };
}

function newQuestionId(questions: QuestionDraft[]): string {
  const taken = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (taken.has(`q${n}`)) n++;
  return `q${n}`;
}

export function swap<T>(list: T[], from: number, to: number) {
  const [item] = list.splice(from, 1);
  if (item !== undefined) list.splice(to, 0, item);
}
