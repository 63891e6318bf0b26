import { A, useParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, type JSX, lazy, Match, Show, Switch } from "solid-js";
import { createSubmitter, FormError } from "../../components/form";
import {
  CourseCompleted,
  CourseProgress,
  createEnrollAction,
  EnrollButton,
} from "../../components/learn/enrollment";
import { LearnIcon } from "../../components/learn/learn-icon";
import { LessonHtml } from "../../components/learn/lesson-html";
import { DocumentLinks, VideoLesson } from "../../components/learn/media";
import { LessonOutline } from "../../components/learn/outline";
import { usePageTitle } from "../../components/page-title";
import { RequireLogin } from "../../components/require-login";
import { ErrorState, isNotFound, LoadingState, SkeletonLines } from "../../components/status";
import { type CourseDetail, createCourse } from "../../data/courses";
import {
  completeLesson,
  courseHref,
  createEnrollment,
  getLesson,
  isNotEnrolled,
  type Lesson,
  type LessonContent,
  lessonHref,
  lessonsInOrder,
} from "../../data/learning";
import type { Me } from "../../data/session";
import { formatDuration, lessonKindLabel } from "../../i18n";
import { t } from "../../i18n/player";
import { isQueued, pendingFor } from "../../offline/outbox";
import { QueuedNote } from "../../offline/queued-note";
import "../../components/learn/lesson.css";

// Most lessons are reading: a quiz's or a worksheet's code comes only with such a lesson.
const QuizLesson = lazy(() => import("../../components/learn/quiz").then((m) => ({ default: m.QuizLesson })));
const WorksheetLesson = lazy(() =>
  import("../../components/learn/worksheet").then((m) => ({ default: m.WorksheetLesson })),
);

/** The content when it is of `kind`, else false: for <Match when>, which then hands over the narrowed type. */
function ofKind<K extends LessonContent["kind"]>(
  content: LessonContent,
  kind: K,
): Extract<LessonContent, { kind: K }> | false {
  return content.kind === kind ? (content as Extract<LessonContent, { kind: K }>) : false;
}

function Player(props: { courseId: string; lessonId: string; member: () => Me }): JSX.Element {
  const [course, { refetch: refetchCourse }] = createCourse(() => props.courseId);
  const enrollment = createEnrollment(() => props.courseId);
  const [lesson, { refetch }] = createResource(
    () => [props.courseId, props.lessonId] as const,
    ([courseId, lessonId]) => getLesson(courseId, lessonId),
  );
  // Lessons finished on this page, before the enrollment list is read again.
  const [doneHere, setDoneHere] = createSignal<ReadonlySet<string>>(new Set());
  const completer = createSubmitter();
  const enrollAction = createEnrollAction(
    () => props.courseId,
    () => void refetch(),
  );

  const detail = () => (course.state === "ready" ? (course.latest as CourseDetail) : undefined);
  const current = () =>
    lesson.state === "ready" && lesson.latest?.id === props.lessonId ? (lesson.latest as Lesson) : undefined;
  const order = createMemo(() => {
    const loaded = detail();
    return loaded ? lessonsInOrder(loaded) : [];
  });
  const position = () => order().findIndex((item) => item.id === props.lessonId);
  const outline = () => order()[position()];
  const previous = () => (position() > 0 ? order()[position() - 1] : undefined);
  const next = () => (position() >= 0 ? order()[position() + 1] : undefined);
  const lang = () => detail()?.language ?? "id";

  const isDone = (lessonId: string) =>
    doneHere().has(lessonId) ||
    (enrollment.enrollment()?.completedLessons.includes(lessonId) ?? false) ||
    (current()?.id === lessonId && current()?.completed === true);
  const markDone = (lessonId: string) => setDoneHere((set) => new Set(set).add(lessonId));

  const title = () => current()?.title ?? outline()?.title;
  usePageTitle(() => {
    if (lesson.state === "errored" && isNotEnrolled(lesson.error))
      return detail()?.title ?? t("player.lesson");
    if (lesson.state === "errored") return t("error.title");
    return title() ?? t("player.loadingLesson");
  });

  async function markComplete() {
    const lessonId = props.lessonId;
    await completer.run(async () => {
      // Stored offline: not done until the server says so (the outbox shows it waiting).
      if (!isQueued(await completeLesson(props.courseId, lessonId))) markDone(lessonId);
    });
  }

  const completedEnrollment = () => {
    const value = enrollment.enrollment();
    return value?.status === "completed" ? value : undefined;
  };

  return (
    <div class="learn-player">
      <A href={courseHref(props.courseId)} class="back-link">
        <LearnIcon name="prev" />
        <span class="learn-back-text">
          {detail()
            ? t("player.backToCourseNamed", { title: detail()?.title ?? "" })
            : t("player.backToCourse")}
        </span>
      </A>

      <div class="learn-player-grid">
        <aside class="learn-player-side" aria-label={t("player.sideLabel")}>
          <Show when={detail() && enrollment.enrollment()}>
            {(current) => <CourseProgress course={detail() as CourseDetail} enrollment={current()} />}
          </Show>
          <Show
            when={detail()}
            fallback={
              <Show when={course.state === "errored" && !isNotFound(course.error)}>
                <ErrorState error={course.error} onRetry={() => void refetchCourse()} title={false} />
              </Show>
            }
          >
            {(loaded) => <LessonOutline course={loaded()} currentId={props.lessonId} isDone={isDone} />}
          </Show>
        </aside>

        <article class="learn-lesson" aria-labelledby="lesson-title">
          <Switch
            fallback={
              <>
                <Show when={outline()}>
                  {(known) => (
                    <header class="learn-lesson-header">
                      <h1 id="lesson-title" data-testid="lesson-title" lang={lang()}>
                        {known().title}
                      </h1>
                    </header>
                  )}
                </Show>
                <LoadingState label={t("player.loadingLesson")}>
                  <SkeletonLines lines={8} class="course-skeleton" />
                </LoadingState>
              </>
            }
          >
            <Match when={lesson.state === "errored" && isNotEnrolled(lesson.error)}>
              <div class="page-intro">
                <h1 id="lesson-title">{outline()?.title ?? t("player.lesson")}</h1>
              </div>
              <div class="learn-callout learn-callout-info" data-testid="not-enrolled">
                <p class="learn-callout-title">{t("player.notEnrolledTitle")}</p>
                <p>{t("player.notEnrolled")}</p>
                <EnrollButton action={enrollAction} />
                <FormError error={enrollAction.error()} />
              </div>
            </Match>
            <Match when={lesson.state === "errored" && isNotFound(lesson.error)}>
              <div class="page-intro">
                <h1 id="lesson-title">{t("player.notFoundTitle")}</h1>
                <p class="lead">{t("player.notFound")}</p>
                <A href={courseHref(props.courseId)} class="button">
                  {t("player.backToCourse")}
                </A>
              </div>
            </Match>
            <Match when={lesson.state === "errored"}>
              <h1 id="lesson-title">{t("error.title")}</h1>
              <ErrorState error={lesson.error} onRetry={() => void refetch()} title={false} />
            </Match>
            <Match when={current()} keyed>
              {(shown) => (
                <>
                  <header class="learn-lesson-header">
                    <p class="learn-lesson-kicker">
                      <Show when={outline()}>
                        {(known) => (
                          <span>{t("course.moduleNumber", { number: known().moduleIndex + 1 })} ·</span>
                        )}
                      </Show>
                      <span>
                        {lessonKindLabel(shown.kind)} · {formatDuration(shown.durationMinutes)}
                      </span>
                      <Show when={!shown.required}>
                        <span class="learn-optional">{t("player.optional")}</span>
                      </Show>
                    </p>
                    <h1 id="lesson-title" data-testid="lesson-title" lang={lang()}>
                      {shown.title}
                    </h1>
                  </header>

                  <div class="learn-lesson-body" data-testid="lesson-body">
                    <Switch>
                      <Match when={shown.content.kind === "text"}>
                        <LessonHtml html={shown.html} lang={lang()} class="learn-prose" />
                      </Match>
                      <Match when={ofKind(shown.content, "video")}>
                        {(content) => (
                          <>
                            <VideoLesson
                              content={content()}
                              title={shown.title}
                              onEnded={() => {
                                if (!isDone(shown.id) && !completer.pending()) void markComplete();
                              }}
                            />
                            <LessonHtml html={shown.html} lang={lang()} class="learn-prose" />
                          </>
                        )}
                      </Match>
                      <Match when={ofKind(shown.content, "document")}>
                        {(content) => (
                          <>
                            <DocumentLinks content={content()} title={shown.title} />
                            <LessonHtml html={shown.html} lang={lang()} class="learn-prose" />
                          </>
                        )}
                      </Match>
                      <Match when={ofKind(shown.content, "quiz")}>
                        {(content) => (
                          <QuizLesson
                            courseId={props.courseId}
                            lessonId={shown.id}
                            content={content()}
                            lang={lang()}
                            onPassed={() => markDone(shown.id)}
                            onRetry={() => void refetch()}
                          />
                        )}
                      </Match>
                      <Match when={ofKind(shown.content, "worksheet")}>
                        {(content) => (
                          <WorksheetLesson
                            courseId={props.courseId}
                            lessonId={shown.id}
                            memberId={props.member().id}
                            content={content()}
                            html={shown.html ?? ""}
                            submissions={shown.submissions ?? []}
                            lang={lang()}
                            onSubmitted={(submission) => {
                              if (submission.status === "accepted") markDone(shown.id);
                            }}
                          />
                        )}
                      </Match>
                    </Switch>
                  </div>

                  <div class="learn-complete">
                    <Show
                      when={isDone(shown.id)}
                      fallback={
                        <Show
                          when={
                            (shown.kind === "text" || shown.kind === "video" || shown.kind === "document") &&
                            !pendingFor(props.courseId, shown.id)
                          }
                          fallback={
                            <Show when={pendingFor(props.courseId, shown.id) === "complete"}>
                              <QueuedNote kind="complete" />
                            </Show>
                          }
                        >
                          <Show
                            when={!(shown.content.kind === "video" && shown.content.mustWatch)}
                            fallback={
                              <p class="field-hint" data-testid="watch-to-end">
                                {t("player.video.watchToEnd")}
                              </p>
                            }
                          >
                            <button
                              type="button"
                              class="button button-block"
                              data-testid="mark-complete"
                              disabled={completer.pending()}
                              onClick={markComplete}
                            >
                              <Show when={completer.pending()} fallback={<LearnIcon name="check" />}>
                                <span class="spinner spinner-small" aria-hidden="true" />
                              </Show>
                              {completer.pending() ? t("form.sending") : t("player.markComplete")}
                            </button>
                          </Show>
                          <FormError error={completer.error()} />
                        </Show>
                      }
                    >
                      <p class="learn-done-note" data-testid="lesson-completed" role="status">
                        <LearnIcon name="check" />
                        {t("player.lessonDone")}
                      </p>
                    </Show>
                  </div>

                  <Show when={completedEnrollment()}>
                    {(done) => <CourseCompleted enrollment={done()} />}
                  </Show>
                </>
              )}
            </Match>
          </Switch>

          <nav class="learn-pager" aria-label={t("player.pagerLabel")}>
            <Show when={previous()}>
              {(item) => (
                <A
                  href={lessonHref(props.courseId, item().id)}
                  class="learn-pager-link"
                  data-testid="prev-lesson"
                >
                  <span class="learn-pager-dir">
                    <LearnIcon name="prev" />
                    {t("player.previous")}
                  </span>
                  <span class="learn-pager-title" lang={lang()}>
                    {item().title}
                  </span>
                </A>
              )}
            </Show>
            <Show
              when={next()}
              fallback={
                <Show when={detail()}>
                  <A href={courseHref(props.courseId)} class="learn-pager-link learn-pager-next">
                    <span class="learn-pager-dir">
                      {t("player.toCourse")}
                      <LearnIcon name="next" />
                    </span>
                    <span class="learn-pager-title" lang={lang()}>
                      {detail()?.title}
                    </span>
                  </A>
                </Show>
              }
            >
              {(item) => (
                <A
                  href={lessonHref(props.courseId, item().id)}
                  class="learn-pager-link learn-pager-next"
                  classList={{ "learn-pager-primary": isDone(props.lessonId) }}
                  data-testid="next-lesson"
                >
                  <span class="learn-pager-dir">
                    {t("player.next")}
                    <LearnIcon name="next" />
                  </span>
                  <span class="learn-pager-title" lang={lang()}>
                    {item().title}
                  </span>
                </A>
              )}
            </Show>
          </nav>
        </article>
      </div>
    </div>
  );
}

export default function LessonPage(): JSX.Element {
  const params = useParams<{ courseId: string; lessonId: string }>();
  return (
    <RequireLogin>
      {(member) => <Player courseId={params.courseId} lessonId={params.lessonId} member={member} />}
    </RequireLogin>
  );
}
