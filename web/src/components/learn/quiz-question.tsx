import { For, type JSX, Match, Show, Switch } from "solid-js";
import type { QuizAnswer, QuizQuestion } from "../../data/learning";
import { t, tn } from "../../i18n/player";
import { inputValue } from "../form";
import { LearnIcon } from "./learn-icon";

interface QuestionProps {
  question: QuizQuestion;
  number: number;
  lang: string;
  answer: QuizAnswer | undefined;
  onAnswer: (answer: QuizAnswer) => void;
  disabled: boolean;
  missing: boolean;
  correct: boolean | undefined;
}

/** What each kind's answer control is given: the question's props, and its controls' id prefix. */
interface AnswerProps {
  of: QuestionProps;
  base: string;
  describedBy: string;
}

/** The options of a single- or multiple-choice question. */
function ChoiceAnswer(props: AnswerProps): JSX.Element {
  const multiple = () => props.of.question.kind === "multiple";
  const chosen = (index: number) => {
    const answer = props.of.answer;
    return Array.isArray(answer) ? answer.includes(index) : answer === index;
  };
  const toggle = (index: number, on: boolean) => {
    const current = Array.isArray(props.of.answer) ? props.of.answer : [];
    props.of.onAnswer(
      on ? [...current.filter((i) => i !== index), index] : current.filter((i) => i !== index),
    );
  };
  return (
    <div class="learn-options">
      <For each={props.of.question.options ?? []}>
        {(option, index) => (
          <label class="learn-option" for={`${props.base}-${index()}`}>
            <input
              id={`${props.base}-${index()}`}
              type={multiple() ? "checkbox" : "radio"}
              name={props.base}
              value={index()}
              checked={chosen(index())}
              disabled={props.of.disabled}
              onChange={(event) =>
                multiple() ? toggle(index(), event.currentTarget.checked) : props.of.onAnswer(index())
              }
            />
            <span lang={props.of.lang}>{option}</span>
          </label>
        )}
      </For>
    </div>
  );
}

/** True or false. */
function TruthAnswer(props: AnswerProps): JSX.Element {
  return (
    <div class="learn-options learn-options-inline">
      <For each={[true, false]}>
        {(value) => (
          <label class="learn-option" for={`${props.base}-${value}`}>
            <input
              id={`${props.base}-${value}`}
              type="radio"
              name={props.base}
              value={String(value)}
              checked={props.of.answer === value}
              disabled={props.of.disabled}
              onChange={() => props.of.onAnswer(value)}
            />
            <span>{value ? t("player.quiz.true") : t("player.quiz.false")}</span>
          </label>
        )}
      </For>
    </div>
  );
}

/** A short typed answer. */
function ShortAnswer(props: AnswerProps): JSX.Element {
  return (
    <div class="field">
      <label class="visually-hidden" for={`${props.base}-text`}>
        {t("player.quiz.shortLabel", { number: props.of.number })}
      </label>
      <input
        id={`${props.base}-text`}
        type="text"
        autocomplete="off"
        maxlength="500"
        placeholder={t("player.quiz.shortPlaceholder")}
        value={typeof props.of.answer === "string" ? props.of.answer : ""}
        disabled={props.of.disabled}
        aria-describedby={props.describedBy}
        onInput={(event) => props.of.onAnswer(inputValue(event))}
      />
    </div>
  );
}

/** One question of a quiz: its prompt and points, its answer control by kind, and once graded, right or wrong. */
export function QuizQuestionField(props: QuestionProps): JSX.Element {
  const q = () => props.question;
  const base = () => `quiz-${q().id}`;
  const describedBy = () =>
    [
      `${base()}-meta`,
      props.missing ? `${base()}-missing` : "",
      props.correct !== undefined ? `${base()}-result` : "",
    ]
      .filter(Boolean)
      .join(" ");

  return (
    <fieldset
      class="learn-question"
      classList={{
        "learn-question-missing": props.missing,
        "learn-question-right": props.correct === true,
        "learn-question-wrong": props.correct === false,
      }}
      data-testid="quiz-question"
      data-question-id={q().id}
      aria-describedby={describedBy()}
      aria-invalid={props.missing ? "true" : undefined}
    >
      <legend class="learn-question-prompt" id={`${base()}-prompt`}>
        <span class="learn-question-number">{props.number}.</span> <span lang={props.lang}>{q().prompt}</span>
      </legend>
      <p class="learn-question-meta" id={`${base()}-meta`}>
        {tn("player.quiz.points", q().points)}
        <Show when={q().kind === "multiple"}> · {t("player.quiz.chooseAll")}</Show>
        <Show when={q().kind === "single"}> · {t("player.quiz.chooseOne")}</Show>
      </p>
      <Switch>
        <Match when={q().kind === "single" || q().kind === "multiple"}>
          <ChoiceAnswer of={props} base={base()} describedBy={describedBy()} />
        </Match>
        <Match when={q().kind === "truefalse"}>
          <TruthAnswer of={props} base={base()} describedBy={describedBy()} />
        </Match>
        <Match when={q().kind === "short"}>
          <ShortAnswer of={props} base={base()} describedBy={describedBy()} />
        </Match>
      </Switch>
      <Show when={props.missing}>
        <p class="learn-question-note" id={`${base()}-missing`}>
          {t("player.quiz.unanswered")}
        </p>
      </Show>
      <Show when={props.correct !== undefined}>
        <p
          class="learn-verdict"
          classList={{ "learn-verdict-right": props.correct, "learn-verdict-wrong": !props.correct }}
          id={`${base()}-result`}
          data-testid="question-result"
          data-correct={String(props.correct)}
        >
          <LearnIcon name={props.correct ? "check" : "cross"} />
          {props.correct ? t("player.quiz.right") : t("player.quiz.wrong")}
        </p>
      </Show>
    </fieldset>
  );
}
