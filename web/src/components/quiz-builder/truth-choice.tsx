import type { JSX } from "solid-js";
import { t } from "../../i18n/authoring";
import type { QuestionDraft } from "./draft";

/** Whether a true-or-false statement is true. */
export function TruthChoice(props: {
  question: QuestionDraft;
  name: string;
  set: (fn: (q: QuestionDraft) => void) => void;
}): JSX.Element {
  const Choice = (choice: { truth: boolean; label: string }) => (
    <label class="check">
      <input
        type="radio"
        name={props.name}
        checked={props.question.truth === choice.truth}
        onChange={() =>
          props.set((q) => {
            q.truth = choice.truth;
          })
        }
      />
      {choice.label}
    </label>
  );
  return (
    <fieldset class="options">
      <legend>{t("quiz.truthLegend")}</legend>
      <div class="choice-row">
        <Choice truth={true} label={t("quiz.true")} />
        <Choice truth={false} label={t("quiz.false")} />
      </div>
    </fieldset>
  );
}
