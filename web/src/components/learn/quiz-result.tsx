import { type JSX, Show } from "solid-js";
import type { QuizResult } from "../../data/learning";
import { t, tn } from "../../i18n/player";
import { LearnIcon } from "./learn-icon";

/** A quiz's pass mark, the attempts used, and the best score so far. */
export function QuizFacts(props: {
  passMark: number;
  attemptLimit: number;
  attemptsLeft: number;
  best: number | null | undefined;
}): JSX.Element {
  return (
    <dl class="learn-quiz-facts">
      <div>
        <dt>{t("player.quiz.passMark")}</dt>
        <dd>{props.passMark}%</dd>
      </div>
      <div>
        <dt>{t("player.quiz.attempts")}</dt>
        <dd data-testid="quiz-attempts">
          {t("player.quiz.attemptsUsed", {
            used: props.attemptLimit - props.attemptsLeft,
            limit: props.attemptLimit,
          })}
        </dd>
      </div>
      <Show when={props.best !== null}>
        <div>
          <dt>{t("player.quiz.best")}</dt>
          <dd data-testid="quiz-best">{props.best}%</dd>
        </div>
      </Show>
    </dl>
  );
}

/** A graded attempt: passed or not, the score, the right answers' count, and another try while any remain. */
export function QuizResultPanel(props: {
  result: QuizResult;
  passMark: number;
  onRetry: () => void;
  ref: (panel: HTMLDivElement) => void;
}): JSX.Element {
  return (
    <div
      class="learn-callout learn-quiz-result"
      classList={{
        "learn-callout-success": props.result.passed,
        "learn-callout-warning": !props.result.passed,
      }}
      data-testid="quiz-result"
      data-passed={String(props.result.passed)}
      role="status"
      tabindex="-1"
      ref={props.ref}
    >
      <p class="learn-callout-title">
        <LearnIcon name={props.result.passed ? "award" : "cross"} />
        {props.result.passed ? t("player.quiz.passed") : t("player.quiz.failed")}
      </p>
      <p class="learn-quiz-score">
        {t("player.quiz.score", {
          percent: props.result.percent,
          score: props.result.score,
          max: props.result.maxScore,
        })}
      </p>
      <p>
        {props.result.passed
          ? t("player.quiz.passedNote", { passMark: props.passMark })
          : t("player.quiz.failedNote", { passMark: props.passMark })}{" "}
        {t("player.quiz.rightCount", {
          right: props.result.results.filter((r) => r.correct).length,
          total: props.result.results.length,
        })}
      </p>
      <p data-testid="quiz-attempts-left">
        {props.result.attemptsLeft > 0
          ? tn("player.quiz.attemptsLeft", props.result.attemptsLeft)
          : t("player.quiz.attemptsGone")}
      </p>
      <Show when={!props.result.passed && props.result.attemptsLeft > 0}>
        <div class="button-row">
          <button type="button" class="button" data-testid="quiz-retry" onClick={() => props.onRetry()}>
            {t("player.quiz.retry")}
          </button>
        </div>
        <p class="field-hint">{t("player.quiz.retryNote")}</p>
      </Show>
    </div>
  );
}

/** A quiz passed on an earlier visit: its best score, and taking it again while attempts remain. */
export function QuizPassedBefore(props: {
  percent: number;
  canRetake: boolean;
  onRetake: () => void;
}): JSX.Element {
  return (
    <div class="learn-callout learn-callout-success" data-testid="quiz-passed-before">
      <p class="learn-callout-title">
        <LearnIcon name="check" />
        {t("player.quiz.passedBefore", { percent: props.percent })}
      </p>
      <Show when={props.canRetake}>
        <button type="button" class="button button-secondary" onClick={() => props.onRetake()}>
          {t("player.quiz.takeAgain")}
        </button>
      </Show>
    </div>
  );
}
