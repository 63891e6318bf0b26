import { For, type JSX, Match, Show, Switch } from "solid-js";
import type { Question, QuizContent } from "../../data/authoring";
import { t, tn } from "../../i18n/authoring";
import { ofKind } from "../of-kind";

function Answer(props: { correct: boolean; children: JSX.Element }): JSX.Element {
  return (
    <li class={props.correct ? "answer answer-correct" : "answer"} data-correct={props.correct}>
      <span class="answer-mark" aria-hidden="true">
        {props.correct ? "✓" : "○"}
      </span>
      <span>
        {props.children}
        <Show when={props.correct}>
          <span class="answer-tag"> · {t("view.correct")}</span>
        </Show>
      </span>
    </li>
  );
}

function QuestionView(props: {
  question: Question;
  number: number;
  lang?: string;
  keys: boolean;
}): JSX.Element {
  const q = () => props.question;
  return (
    <li class="question-view" data-testid="quiz-question">
      <p class="question-head">
        <strong>{t("quiz.number", { number: props.number })}</strong> · {t(`quiz.kind.${q().kind}`)} ·{" "}
        {tn("quiz.pointCount", q().points)}
      </p>
      <p class="preserve-lines" lang={props.lang}>
        {q().prompt}
      </p>
      <Switch>
        <Match when={ofKind(q(), "single")}>
          {(question) => (
            <ul class="answers" lang={props.lang}>
              <For each={question().options}>
                {(option, index) => (
                  <Answer correct={props.keys && question().correct === index()}>{option}</Answer>
                )}
              </For>
            </ul>
          )}
        </Match>
        <Match when={ofKind(q(), "multiple")}>
          {(question) => (
            <ul class="answers" lang={props.lang}>
              <For each={question().options}>
                {(option, index) => (
                  <Answer correct={props.keys && question().correct.includes(index())}>{option}</Answer>
                )}
              </For>
            </ul>
          )}
        </Match>
        <Match when={ofKind(q(), "truefalse")}>
          {(question) => (
            <ul class="answers">
              <Answer correct={props.keys && question().correct}>{t("quiz.true")}</Answer>
              <Answer correct={props.keys && !question().correct}>{t("quiz.false")}</Answer>
            </ul>
          )}
        </Match>
        <Match when={!props.keys && q().kind === "short"}>
          <p class="field-hint">{t("view.typedAnswer")}</p>
        </Match>
        <Match when={ofKind(q(), "short")}>
          {(question) => (
            <>
              <p class="field-hint">{t("view.accepted")}</p>
              <ul class="answers" lang={props.lang}>
                <For each={question().accepted}>{(answer) => <Answer correct>{answer}</Answer>}</For>
              </ul>
            </>
          )}
        </Match>
      </Switch>
    </li>
  );
}

/** A quiz's settings and questions, the right answers marked when `keys` is on. */
export function QuizView(props: { content: QuizContent; lang?: string; keys: boolean }): JSX.Element {
  return (
    <>
      <dl class="facts-grid">
        <div>
          <dt>{t("quiz.passMark")}</dt>
          <dd>{props.content.passMark}%</dd>
        </div>
        <div>
          <dt>{t("quiz.attemptLimit")}</dt>
          <dd>{props.content.attemptLimit}</dd>
        </div>
        <div>
          <dt>{t("quiz.shuffle")}</dt>
          <dd>{props.content.shuffle === false ? t("view.no") : t("view.yes")}</dd>
        </div>
        <div>
          <dt>{t("quiz.drawCount")}</dt>
          <dd>
            {props.content.drawCount
              ? t("view.drawOf", { draw: props.content.drawCount, total: props.content.questions.length })
              : t("view.drawAll", { total: props.content.questions.length })}
          </dd>
        </div>
      </dl>
      <ol class="questions-view">
        <For each={props.content.questions}>
          {(question, index) => (
            <QuestionView question={question} number={index() + 1} lang={props.lang} keys={props.keys} />
          )}
        </For>
      </ol>
    </>
  );
}
