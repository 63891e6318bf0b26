import { A, useParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { createSubmitter } from "../../components/form";
import { CompleteLesson } from "../../components/learn/complete-lesson";
import { CourseCompleted, CourseProgress, createEnrollAction } from "../../components/learn/enrollment";
import { LearnIcon } from "../../components/learn/learn-icon";
import {
  LessonContentView,
  LessonHeader,
  LessonNotFound,
  NotEnrolled,
} from "../../components/learn/lesson-content";
import { LessonOutline } from "../../components/learn/outline";
import { LessonPager } from "../../components/learn/pager";
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
  lessonsInOrder,
} from "../../data/learning";
import type { Me } from "../../data/session";
import { t } from "../../i18n/player";
import { isQueued } from "../../offline/outbox";
import "../../components/learn/lesson.css";

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
              <NotEnrolled title={outline()?.title} action={enrollAction} />
            </Match>
            <Match when={lesson.state === "errored" && isNotFound(lesson.error)}>
              <LessonNotFound courseId={props.courseId} />
            </Match>
            <Match when={lesson.state === "errored"}>
              <h1 id="lesson-title">{t("error.title")}</h1>
              <ErrorState error={lesson.error} onRetry={() => void refetch()} title={false} />
            </Match>
            <Match when={current()} keyed>
              {(shown) => (
                <>
                  <LessonHeader lesson={shown} moduleIndex={outline()?.moduleIndex} lang={lang()} />

                  <div class="learn-lesson-body" data-testid="lesson-body">
                    <LessonContentView
                      courseId={props.courseId}
                      lesson={shown}
                      memberId={props.member().id}
                      lang={lang()}
                      onVideoEnded={() => {
                        if (!isDone(shown.id) && !completer.pending()) void markComplete();
                      }}
                      onDone={() => markDone(shown.id)}
                      onRetry={() => void refetch()}
                    />
                  </div>

                  <div class="learn-complete">
                    <CompleteLesson
                      courseId={props.courseId}
                      lesson={shown}
                      done={isDone(shown.id)}
                      pending={completer.pending()}
                      error={completer.error()}
                      onComplete={() => void markComplete()}
                    />
                  </div>

                  <Show when={completedEnrollment()}>
                    {(done) => <CourseCompleted enrollment={done()} />}
                  </Show>
                </>
              )}
            </Match>
          </Switch>

          <LessonPager
            courseId={props.courseId}
            previous={previous()}
            next={next()}
            courseTitle={detail()?.title}
            lang={lang()}
            nextPrimary={isDone(props.lessonId)}
          />
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
