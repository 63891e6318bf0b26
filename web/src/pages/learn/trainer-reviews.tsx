import { A, useSearchParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { createSubmitter, FormError, inputValue } from "../../components/form";
import { formatDateTime } from "../../components/format";
import { LearnIcon } from "../../components/learn/learn-icon";
import { TrainerArea } from "../../components/learn/trainer-gate";
import { RefreshFooter } from "../../components/list-footer";
import { usePageTitle } from "../../components/page-title";
import { ErrorState, LoadingState, SkeletonLines } from "../../components/status";
import { preloadCourse } from "../../data/courses";
import {
  listPendingSubmissions,
  type PendingSubmission,
  type ReviewDecision,
  reviewSubmission,
  worksheetFields,
} from "../../data/learn-trainer";
import { locale } from "../../i18n";
import { problem, t, tn } from "../../i18n/learn-trainer";
import "../../components/learn/learn.css";
import { refreshInbox } from "../../data/notifications";
import "../../components/learn/learn-trainer.css";

function Answers(props: { submission: PendingSubmission }): JSX.Element {
  // The worksheet's own labels, in its order; answers arrive keyed by field name only.
  const [fields] = createResource(
    () => [props.submission.courseId, props.submission.lessonId] as const,
    ([courseId, lessonId]) => worksheetFields(courseId, lessonId),
  );
  const rows = createMemo(() => {
    const answers = props.submission.fields;
    const known = fields.state === "ready" ? fields.latest : [];
    const labelled = known
      .filter((field) => answers[field.name])
      .map((field) => ({ name: field.name, label: field.label, value: answers[field.name] ?? "" }));
    const named = new Set(known.map((field) => field.name));
    const rest = Object.entries(answers)
      .filter(([name]) => !named.has(name))
      .map(([name, value]) => ({ name, label: name, value }));
    return [...labelled, ...rest];
  });

  return (
    <dl class="learn-answers">
      <For each={rows()}>
        {(row) => (
          <div data-field={row.name}>
            <dt>{row.label}</dt>
            <dd class="preserve-lines">{row.value}</dd>
          </div>
        )}
      </For>
      <Show when={props.submission.fileUrl}>
        {(href) => (
          <div>
            <dt>{t("trainerLearn.attachment")}</dt>
            <dd>
              <a href={href()} target="_blank" rel="noopener" data-testid="review-file">
                <LearnIcon name="attach" /> {t("trainerLearn.openFile")}
              </a>
            </dd>
          </div>
        )}
      </Show>
    </dl>
  );
}

function ReviewItem(props: { submission: PendingSubmission; onDecided: () => void }): JSX.Element {
  const s = () => props.submission;
  const [course] = createResource(
    () => s().courseId,
    (courseId) => preloadCourse(courseId),
  );
  const [feedback, setFeedback] = createSignal("");
  const [decided, setDecided] = createSignal<ReviewDecision>();
  const submitter = createSubmitter();
  const id = () => `review-${s().id}`;

  async function decide(decision: ReviewDecision) {
    const text = feedback().trim();
    if (decision === "revision" && !text) {
      submitter.fail(problem("trainerLearn.feedbackRequired"));
      document.getElementById(`${id()}-feedback`)?.focus();
      return;
    }
    await submitter.run(async () => {
      await reviewSubmission(s().id, decision, text);
      void refreshInbox({ fresh: true });
      setDecided(decision);
      props.onDecided();
    });
  }

  return (
    <article
      class="learn-review"
      data-testid="review-item"
      data-submission-id={s().id}
      aria-labelledby={`${id()}-name`}
    >
      <header class="learn-review-head">
        <p class="learn-review-kicker">
          <Show when={course.state === "ready" && course.latest} fallback={s().courseId}>
            {(loaded) => <span lang={loaded().language}>{loaded().title}</span>}
          </Show>
          {" · "}
          <span>{s().lessonTitle}</span>
        </p>
        <h2 class="learn-review-name" id={`${id()}-name`}>
          {s().learnerName || t("trainerLearn.deletedAccount")}
        </h2>
        <p class="learn-review-meta">
          {t("trainerLearn.sentAt", { date: formatDateTime(s().submittedAt, locale()) })}
        </p>
      </header>
      <Answers submission={s()} />
      <Show
        when={decided()}
        fallback={
          <div class="learn-review-decision">
            <div class="field">
              <label for={`${id()}-feedback`}>{t("trainerLearn.feedback")}</label>
              <p class="field-hint" id={`${id()}-hint`}>
                {t("trainerLearn.feedbackHint")}
              </p>
              <textarea
                id={`${id()}-feedback`}
                rows="3"
                maxlength="2000"
                data-testid="review-feedback"
                aria-describedby={`${id()}-hint`}
                value={feedback()}
                disabled={submitter.pending()}
                onInput={(event) => setFeedback(inputValue(event))}
              />
            </div>
            <FormError error={submitter.error()} />
            <div class="button-row">
              <button
                type="button"
                class="button"
                data-testid="review-accept"
                disabled={submitter.pending()}
                onClick={() => void decide("accepted")}
              >
                <LearnIcon name="check" />
                {t("trainerLearn.accept")}
              </button>
              <button
                type="button"
                class="button button-secondary"
                data-testid="review-revision"
                disabled={submitter.pending()}
                onClick={() => void decide("revision")}
              >
                {t("trainerLearn.askRevision")}
              </button>
            </div>
          </div>
        }
      >
        {(decision) => (
          <p class="form-success" role="status" data-testid="review-done" data-decision={decision()}>
            {decision() === "accepted"
              ? t("trainerLearn.accepted", { name: s().learnerName })
              : t("trainerLearn.returned", { name: s().learnerName })}
          </p>
        )}
      </Show>
    </article>
  );
}

function Reviews(): JSX.Element {
  const [search] = useSearchParams<{ course?: string }>();
  const [list, { refetch }] = createResource(listPendingSubmissions);
  // Decided here: still shown with what was decided, no longer counted as waiting.
  const [decided, setDecided] = createSignal<ReadonlySet<string>>(new Set());
  const waiting = () => items().filter((item) => !decided().has(item.id)).length;
  const items = () => {
    if (list.state !== "ready" && list.state !== "refreshing") return [];
    const all = list.latest ?? [];
    const course = search.course;
    return course ? all.filter((item) => item.courseId === course) : all;
  };

  return (
    <Switch
      fallback={
        <LoadingState label={t("trainerLearn.loading")}>
          <SkeletonLines lines={6} class="course-skeleton" />
        </LoadingState>
      }
    >
      <Match when={list.state === "errored"}>
        <ErrorState error={list.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={list.state === "ready" || list.state === "refreshing"}>
        <Show when={search.course}>
          <p class="section-note">
            {t("trainerLearn.filtered")} <A href="/trainer/reviews">{t("trainerLearn.showAll")}</A>
          </p>
        </Show>
        <Show
          when={items().length > 0}
          fallback={
            <p class="status status-empty" data-testid="reviews-empty">
              {t("trainerLearn.empty")}
            </p>
          }
        >
          <p class="section-note" role="status" data-testid="reviews-waiting">
            {waiting() > 0 ? tn("trainerLearn.waiting", waiting()) : t("trainerLearn.empty")}
          </p>
          <ul class="learn-review-list">
            <For each={items()}>
              {(submission) => (
                <li>
                  <ReviewItem
                    submission={submission}
                    onDecided={() => setDecided((done) => new Set([...done, submission.id]))}
                  />
                </li>
              )}
            </For>
          </ul>
        </Show>
        <RefreshFooter label={t("trainerLearn.refresh")} onRefresh={() => void refetch()} />
      </Match>
    </Switch>
  );
}

export default function TrainerReviewsPage(): JSX.Element {
  usePageTitle(() => t("trainerLearn.reviewsTitle"));
  return (
    <div class="learn-trainer-page">
      <TrainerArea>
        {() => (
          <>
            <A href="/trainer" class="back-link">
              <LearnIcon name="prev" />
              {t("trainerLearn.backToTrainer")}
            </A>
            <div class="page-intro">
              <h1>{t("trainerLearn.reviewsTitle")}</h1>
              <p class="lead">{t("trainerLearn.reviewsIntro")}</p>
            </div>
            <Reviews />
          </>
        )}
      </TrainerArea>
    </div>
  );
}
