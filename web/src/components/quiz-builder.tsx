import { For, Index, type JSX, Show } from "solid-js";
import { produce, type SetStoreFunction } from "solid-js/store";
import type { Question, QuestionKind, QuizContent } from "../data/authoring";
import { problem, t } from "../i18n/authoring";
import { Field, inputValue } from "./form";

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
const maxOptions = 10;

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

function swap<T>(list: T[], from: number, to: number) {
  const [item] = list.splice(from, 1);
  if (item !== undefined) list.splice(to, 0, item);
}

function ChoiceOptions(props: {
  question: QuestionDraft;
  name: string;
  set: (fn: (q: QuestionDraft) => void) => void;
}): JSX.Element {
  const multiple = () => props.question.kind === "multiple";
  const isCorrect = (index: number) => props.question.correct.includes(index);

  function mark(index: number, on: boolean) {
    props.set((q) => {
      if (q.kind === "single") q.correct = [index];
      else q.correct = on ? [...new Set([...q.correct, index])] : q.correct.filter((i) => i !== index);
    });
  }

  function remove(index: number) {
    props.set((q) => {
      q.options.splice(index, 1);
      q.correct = q.correct.filter((i) => i !== index).map((i) => (i > index ? i - 1 : i));
    });
  }

  return (
    <fieldset class="options">
      <legend>{multiple() ? t("quiz.optionsMultiple") : t("quiz.optionsSingle")}</legend>
      <Index each={props.question.options}>
        {(option, index) => (
          <div class="option-row">
            <input
              type={multiple() ? "checkbox" : "radio"}
              class="option-correct"
              name={props.name}
              checked={isCorrect(index)}
              aria-label={t("quiz.correctOption", { number: index + 1 })}
              onChange={(event) => mark(index, event.currentTarget.checked)}
            />
            <input
              type="text"
              class="option-text"
              maxLength={500}
              aria-label={t("quiz.option", { number: index + 1 })}
              value={option()}
              onInput={(event) =>
                props.set((q) => {
                  q.options[index] = inputValue(event);
                })
              }
            />
            <button
              type="button"
              class="icon-button"
              aria-label={t("quiz.removeOption", { number: index + 1 })}
              disabled={props.question.options.length <= 2}
              onClick={() => remove(index)}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </div>
        )}
      </Index>
      <Show when={props.question.options.length < maxOptions}>
        <button
          type="button"
          class="button button-secondary button-small"
          onClick={() =>
            props.set((q) => {
              q.options.push("");
            })
          }
        >
          {t("quiz.addOption")}
        </button>
      </Show>
    </fieldset>
  );
}

function QuestionEditor(props: {
  question: QuestionDraft;
  index: number;
  count: number;
  idPrefix: string;
  set: (fn: (q: QuestionDraft) => void) => void;
  move: (to: number) => void;
  remove: () => void;
}): JSX.Element {
  const id = (part: string) => `${props.idPrefix}-${props.question.id}-${part}`;
  const number = () => props.index + 1;
  return (
    <fieldset class="question" data-testid="quiz-question" data-kind={props.question.kind}>
      <legend class="question-legend">
        {t("quiz.number", { number: number() })} · {t(`quiz.kind.${props.question.kind}`)}
      </legend>
      <div class="row-tools">
        <button
          type="button"
          class="icon-button"
          aria-label={t("quiz.moveUp", { number: number() })}
          disabled={props.index === 0}
          onClick={() => props.move(props.index - 1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          class="icon-button"
          aria-label={t("quiz.moveDown", { number: number() })}
          disabled={props.index === props.count - 1}
          onClick={() => props.move(props.index + 1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          class="button button-danger-outline button-small"
          onClick={() => props.remove()}
        >
          {t("quiz.remove")}
        </button>
      </div>
      <Field for={id("prompt")} label={t("quiz.prompt")}>
        <textarea
          id={id("prompt")}
          rows="2"
          maxLength={2000}
          value={props.question.prompt}
          onInput={(event) =>
            props.set((q) => {
              q.prompt = inputValue(event);
            })
          }
        />
      </Field>
      <Show when={props.question.kind === "single" || props.question.kind === "multiple"}>
        <ChoiceOptions question={props.question} name={id("correct")} set={props.set} />
      </Show>
      <Show when={props.question.kind === "truefalse"}>
        <fieldset class="options">
          <legend>{t("quiz.truthLegend")}</legend>
          <div class="choice-row">
            <label class="check">
              <input
                type="radio"
                name={id("truth")}
                checked={props.question.truth}
                onChange={() =>
                  props.set((q) => {
                    q.truth = true;
                  })
                }
              />
              {t("quiz.true")}
            </label>
            <label class="check">
              <input
                type="radio"
                name={id("truth")}
                checked={!props.question.truth}
                onChange={() =>
                  props.set((q) => {
                    q.truth = false;
                  })
                }
              />
              {t("quiz.false")}
            </label>
          </div>
        </fieldset>
      </Show>
      <Show when={props.question.kind === "short"}>
        <Field for={id("accepted")} label={t("quiz.accepted")} hint={t("quiz.acceptedHint")}>
          <textarea
            id={id("accepted")}
            rows="3"
            aria-describedby={`${id("accepted")}-hint`}
            value={props.question.accepted}
            onInput={(event) =>
              props.set((q) => {
                q.accepted = inputValue(event);
              })
            }
          />
        </Field>
        <label class="check">
          <input
            type="checkbox"
            data-testid="quiz-numeric"
            checked={props.question.numeric}
            aria-describedby={`${id("numeric")}-hint`}
            onChange={(event) =>
              props.set((q) => {
                q.numeric = event.currentTarget.checked;
              })
            }
          />
          {t("quiz.numeric")}
        </label>
        <p class="field-hint" id={`${id("numeric")}-hint`}>
          {t("quiz.numericHint")}
        </p>
      </Show>
      <Field for={id("points")} label={t("quiz.points")}>
        <input
          id={id("points")}
          class="input-number"
          type="number"
          inputmode="numeric"
          min="1"
          max="100"
          value={props.question.points}
          onInput={(event) =>
            props.set((q) => {
              q.points = inputValue(event);
            })
          }
        />
      </Field>
    </fieldset>
  );
}

/** Pass mark, attempts, shuffling, a random draw, and the questions with their right answers. */
export function QuizBuilder(props: {
  idPrefix: string;
  quiz: QuizDraft;
  setQuiz: SetStoreFunction<QuizDraft>;
}): JSX.Element {
  const id = (part: string) => `${props.idPrefix}-${part}`;
  let list: HTMLOListElement | undefined;

  function add(kind: QuestionKind) {
    props.setQuiz(
      produce((quiz) => {
        quiz.questions.push({
          id: newQuestionId(quiz.questions),
          kind,
          prompt: "",
          points: "1",
          options: ["", ""],
          correct: [],
          truth: true,
          accepted: "",
          numeric: false,
        });
      }),
    );
    queueMicrotask(() =>
      list?.querySelector<HTMLTextAreaElement>(".question-item:last-child textarea")?.focus(),
    );
  }

  return (
    <div class="quiz-builder">
      <div class="field-grid">
        <Field for={id("pass")} label={t("quiz.passMark")} hint={t("quiz.passMarkHint")}>
          <input
            id={id("pass")}
            class="input-number"
            type="number"
            inputmode="numeric"
            min="0"
            max="100"
            aria-describedby={`${id("pass")}-hint`}
            value={props.quiz.passMark}
            onInput={(event) => props.setQuiz("passMark", inputValue(event))}
          />
        </Field>
        <Field for={id("attempts")} label={t("quiz.attemptLimit")} hint={t("quiz.attemptLimitHint")}>
          <input
            id={id("attempts")}
            class="input-number"
            type="number"
            inputmode="numeric"
            min="1"
            max="20"
            aria-describedby={`${id("attempts")}-hint`}
            value={props.quiz.attemptLimit}
            onInput={(event) => props.setQuiz("attemptLimit", inputValue(event))}
          />
        </Field>
        <Field for={id("draw")} label={t("quiz.drawCount")} optional hint={t("quiz.drawCountHint")}>
          <input
            id={id("draw")}
            class="input-number"
            type="number"
            inputmode="numeric"
            min="1"
            aria-describedby={`${id("draw")}-hint`}
            value={props.quiz.drawCount}
            onInput={(event) => props.setQuiz("drawCount", inputValue(event))}
          />
        </Field>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={props.quiz.shuffle}
          onChange={(event) => props.setQuiz("shuffle", event.currentTarget.checked)}
        />
        {t("quiz.shuffle")}
      </label>
      <h4 class="view-subhead">{t("quiz.questions", { count: props.quiz.questions.length })}</h4>
      <Show when={props.quiz.questions.length === 0}>
        <p class="module-empty">{t("quiz.noQuestions")}</p>
      </Show>
      <ol class="questions" ref={list}>
        <For each={props.quiz.questions}>
          {(question, index) => (
            <li class="question-item">
              <QuestionEditor
                question={question}
                index={index()}
                count={props.quiz.questions.length}
                idPrefix={props.idPrefix}
                set={(fn) => props.setQuiz("questions", index(), produce(fn))}
                move={(to) =>
                  props.setQuiz(
                    "questions",
                    produce((qs) => swap(qs, index(), to)),
                  )
                }
                remove={() => props.setQuiz("questions", (qs) => qs.filter((q) => q !== question))}
              />
            </li>
          )}
        </For>
      </ol>
      <fieldset class="add-group">
        <legend class="add-row-label">{t("quiz.addLabel")}</legend>
        <div class="add-row">
          <For each={questionKinds}>
            {(kind) => (
              <button
                type="button"
                class="button button-secondary button-small"
                data-testid={`quiz-add-${kind}`}
                onClick={() => add(kind)}
              >
                + {t(`quiz.kind.${kind}`)}
              </button>
            )}
          </For>
        </div>
      </fieldset>
    </div>
  );
}
