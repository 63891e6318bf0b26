import { createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { ApiError } from "../../data/api";
import {
  type QuizAnswer,
  type QuizContent,
  type QuizQuestion,
  type QuizResult,
  submitQuiz,
} from "../../data/learning";
import { problem, t } from "../../i18n/player";
import { isQueued, pendingFor } from "../../offline/outbox";
import { QueuedNote } from "../../offline/queued-note";
import { createSubmitter, FormError } from "../form";
import { PendingButton } from "./pending-button";
import { QuizQuestionField } from "./quiz-question";
import { QuizFacts, QuizPassedBefore, QuizResultPanel } from "./quiz-result";

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
      <QuizFacts
        passMark={props.content.passMark}
        attemptLimit={props.content.attemptLimit}
        attemptsLeft={attemptsLeft()}
        best={best()}
      />

      <Switch>
        <Match when={passedBefore()}>
          <QuizPassedBefore
            percent={props.content.bestPercent ?? props.content.passMark}
            canRetake={attemptsLeft() > 0}
            onRetake={() => setAgain(true)}
          />
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
                    <QuizQuestionField
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
                  <PendingButton
                    pending={submitter.pending()}
                    label={t("player.quiz.submit")}
                    pendingLabel={t("player.quiz.grading")}
                    testId="quiz-submit"
                  />
                </Show>
              }
            >
              {(graded) => (
                <QuizResultPanel
                  result={graded()}
                  passMark={props.content.passMark}
                  onRetry={props.onRetry}
                  ref={(panel) => {
                    resultPanel = panel;
                  }}
                />
              )}
            </Show>
          </form>
        </Match>
      </Switch>
    </section>
  );
}
