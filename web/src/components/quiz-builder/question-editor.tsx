import { textLimits } from "@berdaya/core/text-limits";
import { type JSX, Match, Switch } from "solid-js";
import { t } from "../../i18n/authoring";
import { Field, inputValue } from "../form";
import { MoveButtons } from "../move-buttons";
import { ChoiceOptions } from "./choice-options";
import type { QuestionDraft } from "./draft";
import { NumberField } from "./number-field";
import { ShortAnswer } from "./short-answer";
import { TruthChoice } from "./truth-choice";

/** One question: moved, removed, its prompt and points, and its right answers by kind. */
export function QuestionEditor(props: {
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
        <MoveButtons
          index={props.index}
          count={props.count}
          label={(direction) => t(direction === "up" ? "quiz.moveUp" : "quiz.moveDown", { number: number() })}
          onMove={props.move}
        />
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
          maxLength={textLimits.quizPrompt}
          value={props.question.prompt}
          onInput={(event) =>
            props.set((q) => {
              q.prompt = inputValue(event);
            })
          }
        />
      </Field>
      <Switch>
        <Match when={props.question.kind === "single" || props.question.kind === "multiple"}>
          <ChoiceOptions question={props.question} name={id("correct")} set={props.set} />
        </Match>
        <Match when={props.question.kind === "truefalse"}>
          <TruthChoice question={props.question} name={id("truth")} set={props.set} />
        </Match>
        <Match when={props.question.kind === "short"}>
          <ShortAnswer question={props.question} id={id} set={props.set} />
        </Match>
      </Switch>
      <NumberField
        id={id("points")}
        label={t("quiz.points")}
        min={1}
        max={100}
        value={props.question.points}
        onInput={(value) =>
          props.set((q) => {
            q.points = value;
          })
        }
      />
    </fieldset>
  );
}
