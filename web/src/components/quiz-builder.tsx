import { For, type JSX, Show } from "solid-js";
import { produce, type SetStoreFunction } from "solid-js/store";
import type { QuestionKind } from "../data/authoring";
import { t } from "../i18n/authoring";
import { CheckBox } from "./check-box";
import { newQuestion, type QuizDraft, questionKinds, swap } from "./quiz-builder/draft";
import { NumberField } from "./quiz-builder/number-field";
import { QuestionEditor } from "./quiz-builder/question-editor";

export type { QuestionDraft, QuizDraft } from "./quiz-builder/draft";
export { questionKinds, quizContentOf, quizDraftOf, wholeNumber } from "./quiz-builder/draft";

/**
 * Pass mark, attempts, shuffling, a random draw, and the questions with their right answers (each
 * kind's answer fields in quiz-builder/).
 */
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
        quiz.questions.push(newQuestion(kind, quiz.questions));
      }),
    );
    queueMicrotask(() =>
      list?.querySelector<HTMLTextAreaElement>(".question-item:last-child textarea")?.focus(),
    );
  }

  return (
    <div class="quiz-builder">
      <div class="field-grid">
        <NumberField
          id={id("pass")}
          label={t("quiz.passMark")}
          hint={t("quiz.passMarkHint")}
          min={0}
          max={100}
          value={props.quiz.passMark}
          onInput={(value) => props.setQuiz("passMark", value)}
        />
        <NumberField
          id={id("attempts")}
          label={t("quiz.attemptLimit")}
          hint={t("quiz.attemptLimitHint")}
          min={1}
          max={20}
          value={props.quiz.attemptLimit}
          onInput={(value) => props.setQuiz("attemptLimit", value)}
        />
        <NumberField
          id={id("draw")}
          label={t("quiz.drawCount")}
          optional
          hint={t("quiz.drawCountHint")}
          min={1}
          value={props.quiz.drawCount}
          onInput={(value) => props.setQuiz("drawCount", value)}
        />
      </div>
      <CheckBox
        checked={props.quiz.shuffle}
        onChange={(checked) => props.setQuiz("shuffle", checked)}
        label={t("quiz.shuffle")}
      />
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
