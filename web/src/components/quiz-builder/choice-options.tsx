import { textLimits } from "@berdaya/core/text-limits";
import { Index, type JSX, Show } from "solid-js";
import { t } from "../../i18n/authoring";
import { inputValue } from "../form";
import { maxOptions, type QuestionDraft } from "./draft";

/** The options of a single- or multiple-choice question, each marked right or not. */
export function ChoiceOptions(props: {
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
              maxLength={textLimits.quizOption}
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
