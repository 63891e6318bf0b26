import type { JSX } from "solid-js";
import { t } from "../../i18n/authoring";
import { CheckBox } from "../check-box";
import { Field, inputValue } from "../form";
import type { QuestionDraft } from "./draft";

/** The answers a short-answer question accepts, and whether they are amounts matched by value. */
export function ShortAnswer(props: {
  question: QuestionDraft;
  id: (part: string) => string;
  set: (fn: (q: QuestionDraft) => void) => void;
}): JSX.Element {
  const id = (part: string) => props.id(part);
  return (
    <>
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
      <CheckBox
        testId="quiz-numeric"
        checked={props.question.numeric}
        describedBy={`${id("numeric")}-hint`}
        onChange={(checked) =>
          props.set((q) => {
            q.numeric = checked;
          })
        }
        label={t("quiz.numeric")}
      />
      <p class="field-hint" id={`${id("numeric")}-hint`}>
        {t("quiz.numericHint")}
      </p>
    </>
  );
}
