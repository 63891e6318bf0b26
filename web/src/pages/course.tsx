import { A, useParams } from "@solidjs/router";
import { type JSX, Match, Show, Switch } from "solid-js";
import { CourseHeader } from "../components/course-header";
import { CourseOutline } from "../components/course-outline";
import { Icon } from "../components/icon";
import { CourseEnrollment } from "../components/learn/enrollment";
import { LearnIcon } from "../components/learn/learn-icon";
import { lessonIcons } from "../components/lesson-icons";
import { Markdown } from "../components/markdown";
import { usePageTitle } from "../components/page-title";
import { ErrorState, isNotFound, LoadingState, SkeletonLines } from "../components/status";
import { type CourseDetail, createCourse, findCourseSummary, type LessonOutline } from "../data/courses";
import { createEnrollment, type EnrollmentView, lessonHref } from "../data/learning";
import { formatDuration, lessonKindLabel } from "../i18n";
import { t, tn } from "../i18n/learn";
import { SaveCourse } from "../offline/save-course";

function LessonSummary(props: { lesson: LessonOutline; language: string; done: boolean }): JSX.Element {
  return (
    <>
      <span
        class={`lesson-icon lesson-icon-${props.done ? "done" : props.lesson.kind}`}
        data-testid={props.done ? "lesson-done" : undefined}
      >
        <Show when={props.done} fallback={<Icon name={lessonIcons[props.lesson.kind] ?? "text"} />}>
          <LearnIcon name="check" />
        </Show>
      </span>
      <span class="lesson-body">
        <span class="lesson-title" lang={props.language}>
          {props.lesson.title}
        </span>
        <span class="visually-hidden"> · </span>
        <span class="lesson-meta">
          {lessonKindLabel(props.lesson.kind)} · {formatDuration(props.lesson.durationMinutes)}
          <Show when={props.lesson.required === false}> · {t("learn.optionalLesson")}</Show>
          <Show when={props.done}> · {t("learn.lessonDoneMark")}</Show>
        </span>
      </span>
    </>
  );
}

function Curriculum(props: { course: CourseDetail; enrollment: EnrollmentView }): JSX.Element {
  // An enrolled member's lessons open in the player, with a tick for each one done.
  const enrolled = () => props.enrollment.state() === "ready" && props.enrollment.enrollment() !== null;
  const isDone = (lessonId: string) =>
    props.enrollment.enrollment()?.completedLessons.includes(lessonId) ?? false;
  return (
    <section class="course-section" aria-labelledby="course-curriculum">
      <h2 id="course-curriculum">{t("course.curriculum")}</h2>
      <p class="section-note">
        {tn("course.modules", props.course.modules.length)} ·{" "}
        {tn(
          "course.lessons",
          props.course.modules.reduce((sum, module) => sum + module.lessons.length, 0),
        )}
      </p>
      <Show when={props.course.modules.length > 0} fallback={<p class="status">{t("course.noModules")}</p>}>
        <CourseOutline
          modules={props.course.modules}
          lang={props.course.language}
          headingId={(_, index) => `module-${index}`}
          labelLessons
          lesson={(lesson) => (
            <li class="lesson" classList={{ "lesson-linked": enrolled() }} data-testid="lesson">
              <Show
                when={enrolled()}
                fallback={<LessonSummary lesson={lesson} language={props.course.language} done={false} />}
              >
                <A
                  href={lessonHref(props.course.id, lesson.id)}
                  class="lesson-link"
                  data-testid="lesson-link"
                >
                  <LessonSummary lesson={lesson} language={props.course.language} done={isDone(lesson.id)} />
                  <LearnIcon name="next" class="lesson-go" />
                </A>
              </Show>
            </li>
          )}
        />
      </Show>
    </section>
  );
}

function CourseView(props: { course: CourseDetail; onEnrolled: () => void }): JSX.Element {
  const enrollment = createEnrollment(() => props.course.id);
  return (
    <article class="course">
      <CourseHeader course={props.course}>
        <CourseEnrollment course={props.course} view={enrollment} onEnrolled={props.onEnrolled} />
      </CourseHeader>
      <Show when={props.course.description.trim()}>
        <section class="course-section" aria-labelledby="course-about">
          <h2 id="course-about">{t("course.about")}</h2>
          <Markdown source={props.course.description} lang={props.course.language} />
        </section>
      </Show>
      <Show when={enrollment.enrollment()}>
        <SaveCourse courseId={props.course.id} />
      </Show>
      <Curriculum course={props.course} enrollment={enrollment} />
    </article>
  );
}

export default function CoursePage(): JSX.Element {
  const params = useParams<{ courseId: string }>();
  const [course, { refetch }] = createCourse(() => params.courseId);
  // The catalog card, when the learner came from the catalog: its title and facts can show at once.
  const early = () => findCourseSummary(params.courseId);
  const notFound = () => course.state === "errored" && isNotFound(course.error);

  usePageTitle(() => {
    if (course.state === "ready") return course.latest?.title ?? "";
    if (notFound()) return t("course.notFoundTitle");
    if (course.state === "errored") return t("error.title");
    return early()?.title ?? t("course.loading");
  });

  return (
    <div class="course-page">
      <A href="/" class="back-link">
        <Icon name="back" />
        {t("course.back")}
      </A>
      <Switch
        fallback={
          <>
            <Show when={early()}>{(summary) => <CourseHeader course={summary()} />}</Show>
            <LoadingState label={t("course.loading")}>
              <SkeletonLines lines={8} class="course-skeleton" />
            </LoadingState>
          </>
        }
      >
        <Match when={notFound()}>
          <div class="page-intro">
            <h1>{t("course.notFoundTitle")}</h1>
            <p class="lead">{t("course.notFoundBody")}</p>
            <A href="/" class="button">
              {t("notFound.home")}
            </A>
          </div>
        </Match>
        <Match when={course.state === "errored"}>
          <h1>{t("error.title")}</h1>
          <ErrorState error={course.error} onRetry={() => void refetch()} title={false} />
        </Match>
        <Match when={(course.state === "ready" || course.state === "refreshing") && course.latest}>
          {(detail) => <CourseView course={detail()} onEnrolled={() => void refetch()} />}
        </Match>
      </Switch>
    </div>
  );
}
