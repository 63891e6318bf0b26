import { A, useParams } from "@solidjs/router";
import { createMemo, createResource, For, type JSX, Match, Show, Switch } from "solid-js";
import { formatDate } from "../../components/format";
import { LearnIcon } from "../../components/learn/learn-icon";
import { ProgressBar } from "../../components/learn/progress";
import { TrainerArea } from "../../components/learn/trainer-gate";
import { RefreshFooter } from "../../components/list-footer";
import { usePageTitle } from "../../components/page-title";
import { ErrorState, isNotFound, LoadingState, SkeletonLines } from "../../components/status";
import { preloadCourse } from "../../data/courses";
import { type CourseLearner, listCourseLearners } from "../../data/learn-trainer";
import { lessonsInOrder } from "../../data/learning";
import { coursePath, editorPath } from "../../data/paths";
import { locale } from "../../i18n";
import { t, tn } from "../../i18n/learn-trainer";
import "../../components/learn/learn-trainer.css";

function Learners(props: { courseId: string }): JSX.Element {
  const [course] = createResource(
    () => props.courseId,
    (courseId) => preloadCourse(courseId),
  );
  const [learners, { refetch }] = createResource(() => props.courseId, listCourseLearners);
  const detail = () => (course.state === "ready" ? course.latest : undefined);
  const lessonTitle = createMemo(() => {
    const titles = new Map(
      (detail() ? lessonsInOrder(detail() as NonNullable<ReturnType<typeof detail>>) : []).map((l) => [
        l.id,
        l.title,
      ]),
    );
    return (id: string | null) => (id ? (titles.get(id) ?? id) : "—");
  });
  // Those with work to review first, then those still learning, the furthest along first.
  const rows = createMemo<CourseLearner[]>(() => {
    if (learners.state !== "ready" && learners.state !== "refreshing") return [];
    return [...(learners.latest ?? [])].sort(
      (a, b) =>
        b.pendingSubmissions.length - a.pendingSubmissions.length ||
        (a.status === b.status ? 0 : a.status === "active" ? -1 : 1) ||
        b.progress - a.progress ||
        a.name.localeCompare(b.name),
    );
  });
  const completedCount = () => rows().filter((row) => row.status === "completed").length;
  const pendingCount = () => rows().reduce((sum, row) => sum + row.pendingSubmissions.length, 0);

  usePageTitle(() =>
    detail()
      ? t("trainerLearn.learnersOf", { title: detail()?.title ?? "" })
      : t("trainerLearn.learnersTitle"),
  );

  return (
    <>
      <div class="page-intro">
        <h1>{t("trainerLearn.learnersTitle")}</h1>
        <Show when={detail()}>
          {(loaded) => (
            <p class="lead" lang={loaded().language}>
              <A href={coursePath(loaded().id)}>{loaded().title}</A>
            </p>
          )}
        </Show>
      </div>
      <Switch
        fallback={
          <LoadingState label={t("trainerLearn.loadingLearners")}>
            <SkeletonLines lines={6} class="course-skeleton" />
          </LoadingState>
        }
      >
        <Match when={learners.state === "errored" && isNotFound(learners.error)}>
          <p class="status status-empty">{t("trainerLearn.courseNotFound")}</p>
        </Match>
        <Match when={learners.state === "errored"}>
          <ErrorState error={learners.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={learners.state === "ready" || learners.state === "refreshing"}>
          <Show
            when={rows().length > 0}
            fallback={
              <p class="status status-empty" data-testid="learners-empty">
                {t("trainerLearn.noLearners")}
              </p>
            }
          >
            <dl class="summary-list learn-summary">
              <div>
                <dt>{t("trainerLearn.total")}</dt>
                <dd>{rows().length}</dd>
              </div>
              <div>
                <dt>{t("trainerLearn.completedCount")}</dt>
                <dd>{completedCount()}</dd>
              </div>
              <div>
                <dt>{t("trainerLearn.pendingCount")}</dt>
                <dd>
                  <Show when={pendingCount() > 0} fallback="0">
                    <A href={`/trainer/reviews?course=${encodeURIComponent(props.courseId)}`}>
                      {tn("trainerLearn.pendingLink", pendingCount())}
                    </A>
                  </Show>
                </dd>
              </div>
            </dl>
            <table class="learn-table">
              <caption class="visually-hidden">{t("trainerLearn.tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("trainerLearn.col.name")}</th>
                  <th scope="col">{t("trainerLearn.col.progress")}</th>
                  <th scope="col">{t("trainerLearn.col.quizzes")}</th>
                  <th scope="col">{t("trainerLearn.col.lastLesson")}</th>
                  <th scope="col">{t("trainerLearn.col.pending")}</th>
                  <th scope="col">{t("trainerLearn.col.enrolled")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={rows()}>
                  {(row) => (
                    <tr data-testid="learner-row" data-status={row.status}>
                      <th scope="row" class="learn-table-name">
                        {row.name || t("trainerLearn.deletedAccount")}
                        <span
                          class={`learn-status learn-status-${row.status === "completed" ? "accepted" : "active"}`}
                        >
                          {row.status === "completed"
                            ? t("learn.status.completed")
                            : t("learn.status.active")}
                        </span>
                      </th>
                      <td data-label={t("trainerLearn.col.progress")}>
                        <ProgressBar
                          value={row.progress}
                          label={t("learn.progressOf", { title: row.name })}
                          done={row.status === "completed"}
                        >
                          {t("learn.progressPercent", { percent: row.progress })}
                        </ProgressBar>
                      </td>
                      <td data-label={t("trainerLearn.col.quizzes")} data-testid="learner-quizzes">
                        <Show when={row.quizzes.length > 0} fallback="—">
                          <ul class="learn-quiz-scores">
                            <For each={row.quizzes}>
                              {(quiz) => (
                                <li>
                                  {lessonTitle()(quiz.lessonId)}: <strong>{quiz.bestPercent}%</strong>{" "}
                                  {quiz.passed
                                    ? t("trainerLearn.quizPassed")
                                    : t("trainerLearn.quizNotPassed")}{" "}
                                  · {tn("trainerLearn.quizAttempts", quiz.attempts)}
                                </li>
                              )}
                            </For>
                          </ul>
                        </Show>
                      </td>
                      <td data-label={t("trainerLearn.col.lastLesson")}>{lessonTitle()(row.lastLessonId)}</td>
                      <td data-label={t("trainerLearn.col.pending")} data-testid="learner-pending">
                        <Show when={row.pendingSubmissions.length > 0} fallback="0">
                          <A
                            href={`/trainer/reviews?course=${encodeURIComponent(props.courseId)}`}
                            class="learn-pending-badge"
                          >
                            {tn("trainerLearn.pendingLink", row.pendingSubmissions.length)}
                          </A>
                        </Show>
                      </td>
                      <td data-label={t("trainerLearn.col.enrolled")}>
                        {formatDate(row.enrolledAt, locale())}
                        <Show when={row.completedAt}>
                          {(at) => (
                            <span class="learn-table-note">
                              {t("learn.my.completedOn", { date: formatDate(at(), locale()) })}
                            </span>
                          )}
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
          <RefreshFooter label={t("trainerLearn.refresh")} onRefresh={() => void refetch()} />
        </Match>
      </Switch>
    </>
  );
}

export default function TrainerLearnersPage(): JSX.Element {
  const params = useParams<{ courseId: string }>();
  return (
    <div class="learn-trainer-page learn-trainer-wide">
      <TrainerArea>
        {() => (
          <>
            <A href={editorPath(params.courseId)} class="back-link">
              <LearnIcon name="prev" />
              {t("trainerLearn.backToCourse")}
            </A>
            <Learners courseId={params.courseId} />
          </>
        )}
      </TrainerArea>
    </div>
  );
}
