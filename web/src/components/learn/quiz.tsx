import { createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { ApiError } from "../../data/api";
import {
  type QuizAnswer,
  type QuizContent,
  type QuizQuestion,
  type QuizResult,
  submitQuiz,
} from "../../data/learning";
import { problem, t, tn } from "../../i18n/player";
import { isQueued, pendingFor } from "../../offline/outbox";
import { QueuedNote } from "../../offline/queued-note";
import { createSubmitter, FormError, inputValue } from "../form";
import { LearnIcon } from "./learn-icon";

function isAnswered(question: QuizQuestion, answer: QuizAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (question.kind === "multiple") return Array.isArray(answer) && answer.length > 0;
  if (question.kind === "short") return typeof answer === "string" && answer.trim() !== "";
  return true;
}

/** The answer as the API takes it: short answers trimmed, chosen options in order. */
function toPayload(question: QuizQuestion, answer: QuizAnswer): QuizAnswer {
  if (question.kind === "short" && typeof answer === "string") return answer.trim();
  if (question.kind === "multiple" && Array.isArray(answer)) return [...answer].sort((a, b) => a - b);
  return answer;
}

function Question(props: {
  question: QuizQuestion;
  number: number;
  lang: string;
  answer: QuizAnswer | undefined;
  onAnswer: (answer: QuizAnswer) => void;
  disabled: boolean;
  missing: boolean;
  correct: boolean | undefined;
}): JSX.Element {
  const q = () => props.question;
  const base = () => `quiz-${q().id}`;
  const chosen = (index: number) => {
    const answer = props.answer;
    return Array.isArray(answer) ? answer.includes(index) : answer === index;
  };
  const toggle = (index: number, on: boolean) => {
    const current = Array.isArray(props.answer) ? props.answer : [];
    props.onAnswer(on ? [...current.filter((i) => i !== index), index] : current.filter((i) => i !== index));
  };
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
          <div class="learn-options">
            <For each={q().options ?? []}>
              {(option, index) => (
                <label class="learn-option" for={`${base()}-${index()}`}>
                  <input
                    id={`${base()}-${index()}`}
                    type={q().kind === "multiple" ? "checkbox" : "radio"}
                    name={base()}
                    value={index()}
                    checked={chosen(index())}
                    disabled={props.disabled}
                    onChange={(event) =>
                      q().kind === "multiple"
                        ? toggle(index(), event.currentTarget.checked)
                        : props.onAnswer(index())
                    }
                  />
                  <span lang={props.lang}>{option}</span>
                </label>
              )}
            </For>
          </div>
        </Match>
        <Match when={q().kind === "truefalse"}>
          <div class="learn-options learn-options-inline">
            <For each={[true, false]}>
              {(value) => (
                <label class="learn-option" for={`${base()}-${value}`}>
                  <input
                    id={`${base()}-${value}`}
                    type="radio"
                    name={base()}
                    value={String(value)}
                    checked={props.answer === value}
                    disabled={props.disabled}
                    onChange={() => props.onAnswer(value)}
                  />
                  <span>{value ? t("player.quiz.true") : t("player.quiz.false")}</span>
                </label>
              )}
            </For>
          </div>
        </Match>
        <Match when={q().kind === "short"}>
          <div class="field">
            <label class="visually-hidden" for={`${base()}-text`}>
              {t("player.quiz.shortLabel", { number: props.number })}
            </label>
            <input
              id={`${base()}-text`}
              type="text"
              autocomplete="off"
              maxlength="500"
              placeholder={t("player.quiz.shortPlaceholder")}
              value={typeof props.answer === "string" ? props.answer : ""}
              disabled={props.disabled}
              aria-describedby={describedBy()}
              onInput={(event) => props.onAnswer(inputValue(event))}
            />
          </div>
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

/**
 * A quiz: every question answered before sending, graded on the server; then which answers were
 * right (never the answer key), the score against the pass mark, and another try while any remain.
 */
export function QuizLesson(props: {
  courseId: string;
  lessonId: string;
  content: QuizContent;
  lang: string;
  onPassed: (result: QuizResult) => void;
  onRetry: () => void;
}): JSX.Element {
  const [answers, setAnswers] = createSignal<Record<string, QuizAnswer>>({});
  const [missing, setMissing] = createSignal<ReadonlySet<string>>(new Set());
  const [result, setResult] = createSignal<QuizResult>();
  const [outOfAttempts, setOutOfAttempts] = createSignal(false);
  // A learner who passed before sees that first, and may take the quiz again while attempts remain.
  const [again, setAgain] = createSignal(false);
  const submitter = createSubmitter();
  let resultPanel: HTMLDivElement | undefined;
  let form: HTMLFormElement | undefined;

  const questions = () => props.content.questions;
  const attemptsLeft = () => {
    const graded = result();
    if (graded) return graded.attemptsLeft;
    return outOfAttempts() ? 0 : Math.max(0, props.content.attemptLimit - props.content.attemptsUsed);
  };
  const best = () => result()?.bestPercent ?? props.content.bestPercent;
  const correctness = (id: string) => result()?.results.find((r) => r.questionId === id)?.correct;
  const correctCount = () => result()?.results.filter((r) => r.correct).length ?? 0;

  function answer(id: string, value: QuizAnswer) {
    setAnswers((current) => ({ ...current, [id]: value }));
    if (missing().has(id)) {
      const question = questions().find((q) => q.id === id);
      if (question && isAnswered(question, value)) {
        const next = new Set(missing());
        next.delete(id);
        setMissing(next);
      }
    }
  }

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (result() || submitter.pending()) return;
    const given = answers();
    const unanswered = questions().filter((q) => !isAnswered(q, given[q.id]));
    if (unanswered.length > 0) {
      setMissing(new Set(unanswered.map((q) => q.id)));
      submitter.fail(
        problem(unanswered.length === 1 ? "player.quiz.answerAll.one" : "player.quiz.answerAll.other", {
          count: unanswered.length,
        }),
      );
      const first = form?.querySelector<HTMLElement>(`[data-question-id="${unanswered[0]?.id}"] input`);
      first?.focus();
      return;
    }
    setMissing(new Set<string>());
    const payload: Record<string, QuizAnswer> = {};
    for (const q of questions()) payload[q.id] = toPayload(q, given[q.id] as QuizAnswer);
    const ok = await submitter.run(async () => {
      try {
        const graded = await submitQuiz(props.courseId, props.lessonId, payload);
        if (isQueued(graded)) return;
        setResult(graded);
        if (graded.passed) props.onPassed(graded);
      } catch (failure) {
        if (failure instanceof ApiError && failure.code === "attempt_limit") setOutOfAttempts(true);
        throw failure;
      }
    });
    if (ok) {
      resultPanel?.focus({ preventScroll: true });
      resultPanel?.scrollIntoView({ block: "center" });
    }
  }

  const passedBefore = () => props.content.passed && !again() && !result();
  const noneLeft = () => !result() && attemptsLeft() === 0 && !props.content.passed;

  return (
    <section class="learn-quiz" aria-label={t("player.quiz.label")}>
      <dl class="learn-quiz-facts">
        <div>
          <dt>{t("player.quiz.passMark")}</dt>
          <dd>{props.content.passMark}%</dd>
        </div>
        <div>
          <dt>{t("player.quiz.attempts")}</dt>
          <dd data-testid="quiz-attempts">
            {t("player.quiz.attemptsUsed", {
              used: props.content.attemptLimit - attemptsLeft(),
              limit: props.content.attemptLimit,
            })}
          </dd>
        </div>
        <Show when={best() !== null}>
          <div>
            <dt>{t("player.quiz.best")}</dt>
            <dd data-testid="quiz-best">{best()}%</dd>
          </div>
        </Show>
      </dl>

      <Switch>
        <Match when={passedBefore()}>
          <div class="learn-callout learn-callout-success" data-testid="quiz-passed-before">
            <p class="learn-callout-title">
              <LearnIcon name="check" />
              {t("player.quiz.passedBefore", {
                percent: props.content.bestPercent ?? props.content.passMark,
              })}
            </p>
            <Show when={attemptsLeft() > 0}>
              <button type="button" class="button button-secondary" onClick={() => setAgain(true)}>
                {t("player.quiz.takeAgain")}
              </button>
            </Show>
          </div>
        </Match>
        <Match when={noneLeft()}>
          <div class="learn-callout learn-callout-warning" data-testid="quiz-no-attempts">
            <p class="learn-callout-title">{t("player.quiz.noAttemptsTitle")}</p>
            <p>{t("player.quiz.noAttempts")}</p>
            <FormError error={submitter.error()} />
          </div>
        </Match>
        <Match when={true}>
          <form class="learn-quiz-form" novalidate onSubmit={onSubmit} ref={form} data-testid="quiz-form">
            <p class="field-hint">{t("player.quiz.intro")}</p>
            <ol class="learn-questions">
              <For each={questions()}>
                {(question, index) => (
                  <li>
                    <Question
                      question={question}
                      number={index() + 1}
                      lang={props.lang}
                      answer={answers()[question.id]}
                      onAnswer={(value) => answer(question.id, value)}
                      disabled={submitter.pending() || result() !== undefined}
                      missing={missing().has(question.id)}
                      correct={correctness(question.id)}
                    />
                  </li>
                )}
              </For>
            </ol>
            <FormError error={submitter.error()} />
            <Show
              when={result()}
              fallback={
                <Show
                  when={!pendingFor(props.courseId, props.lessonId)}
                  fallback={<QueuedNote kind="attempt" />}
                >
                  <button
                    type="submit"
                    class="button button-block"
                    data-testid="quiz-submit"
                    disabled={submitter.pending()}
                  >
                    <Show when={submitter.pending()}>
                      <span class="spinner spinner-small" aria-hidden="true" />
                    </Show>
                    {submitter.pending() ? t("player.quiz.grading") : t("player.quiz.submit")}
                  </button>
                </Show>
              }
            >
              {(graded) => (
                <div
                  class="learn-callout learn-quiz-result"
                  classList={{
                    "learn-callout-success": graded().passed,
                    "learn-callout-warning": !graded().passed,
                  }}
                  data-testid="quiz-result"
                  data-passed={String(graded().passed)}
                  role="status"
                  tabindex="-1"
                  ref={resultPanel}
                >
                  <p class="learn-callout-title">
                    <LearnIcon name={graded().passed ? "award" : "cross"} />
                    {graded().passed ? t("player.quiz.passed") : t("player.quiz.failed")}
                  </p>
                  <p class="learn-quiz-score">
                    {t("player.quiz.score", {
                      percent: graded().percent,
                      score: graded().score,
                      max: graded().maxScore,
                    })}
                  </p>
                  <p>
                    {graded().passed
                      ? t("player.quiz.passedNote", { passMark: props.content.passMark })
                      : t("player.quiz.failedNote", { passMark: props.content.passMark })}{" "}
                    {t("player.quiz.rightCount", { right: correctCount(), total: graded().results.length })}
                  </p>
                  <p data-testid="quiz-attempts-left">
                    {graded().attemptsLeft > 0
                      ? tn("player.quiz.attemptsLeft", graded().attemptsLeft)
                      : t("player.quiz.attemptsGone")}
                  </p>
                  <Show when={!graded().passed && graded().attemptsLeft > 0}>
                    <div class="button-row">
                      <button
                        type="button"
                        class="button"
                        data-testid="quiz-retry"
                        onClick={() => props.onRetry()}
                      >
                        {t("player.quiz.retry")}
                      </button>
                    </div>
                    <p class="field-hint">{t("player.quiz.retryNote")}</p>
                  </Show>
                </div>
              )}
            </Show>
          </form>
        </Match>
      </Switch>
    </section>
  );
}
