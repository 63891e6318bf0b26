import { A, useParams } from "@solidjs/router";
import { For, type JSX, Match, Show, Switch } from "solid-js";
import { CategoryBadge, LevelBadge } from "../components/course-meta";
import { Icon, type IconName } from "../components/icon";
import { Markdown } from "../components/markdown";
import { usePageTitle } from "../components/page-title";
import { ErrorState, isNotFound, LoadingState, SkeletonLines } from "../components/status";
import { type CourseDetail, type CourseSummary, createCourse, findCourseSummary } from "../data/courses";
import { formatDuration, languageLabel, lessonKindLabel, t, tn } from "../i18n";

const lessonIcons: Record<string, IconName> = {
  text: "text",
  video: "video",
  document: "document",
  quiz: "quiz",
  worksheet: "worksheet",
};

function CourseHeader(props: { course: CourseSummary }): JSX.Element {
  return (
    <header class="course-header">
      <h1 data-testid="course-title" lang={props.course.language}>
        {props.course.title}
      </h1>
      <p class="lead" lang={props.course.language}>
        {props.course.summary}
      </p>
      <dl class="course-meta">
        <div>
          <dt>{t("course.category")}</dt>
          <dd>
            <CategoryBadge category={props.course.category} />
          </dd>
        </div>
        <div>
          <dt>{t("course.level")}</dt>
          <dd>
            <LevelBadge level={props.course.level} />
          </dd>
        </div>
        <div>
          <dt>{t("course.duration")}</dt>
          <dd>
            <Icon name="clock" />
            {formatDuration(props.course.durationMinutes)}
          </dd>
        </div>
        <div>
          <dt>{t("course.trainer")}</dt>
          <dd>
            <Icon name="user" />
            {props.course.trainer.name}
          </dd>
        </div>
        <div>
          <dt>{t("course.language")}</dt>
          <dd>
            <Icon name="globe" />
            {languageLabel(props.course.language)}
          </dd>
        </div>
      </dl>
    </header>
  );
}

function Curriculum(props: { course: CourseDetail }): JSX.Element {
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
        <ol class="modules">
          <For each={props.course.modules}>
            {(module, index) => (
              <li>
                <section class="module" data-testid="module" aria-labelledby={`module-${index()}`}>
                  <h3 id={`module-${index()}`} class="module-heading">
                    <span class="module-number">{t("course.moduleNumber", { number: index() + 1 })}</span>
                    <span class="visually-hidden">: </span>
                    <span class="module-title" lang={props.course.language}>
                      {module.title}
                    </span>
                  </h3>
                  <Show when={module.summary}>
                    <p class="module-summary" lang={props.course.language}>
                      {module.summary}
                    </p>
                  </Show>
                  <Show
                    when={module.lessons.length > 0}
                    fallback={<p class="module-empty">{t("course.noLessons")}</p>}
                  >
                    <ol class="lessons" aria-label={t("course.lessonsLabel", { module: module.title })}>
                      <For each={module.lessons}>
                        {(lesson) => (
                          <li class="lesson" data-testid="lesson">
                            <span class={`lesson-icon lesson-icon-${lesson.kind}`}>
                              <Icon name={lessonIcons[lesson.kind] ?? "text"} />
                            </span>
                            <span class="lesson-body">
                              <span class="lesson-title" lang={props.course.language}>
                                {lesson.title}
                              </span>
                              <span class="visually-hidden"> · </span>
                              <span class="lesson-meta">
                                {lessonKindLabel(lesson.kind)} · {formatDuration(lesson.durationMinutes)}
                              </span>
                            </span>
                          </li>
                        )}
                      </For>
                    </ol>
                  </Show>
                </section>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}

function CourseView(props: { course: CourseDetail }): JSX.Element {
  return (
    <article class="course">
      <CourseHeader course={props.course} />
      <Show when={props.course.description.trim()}>
        <section class="course-section" aria-labelledby="course-about">
          <h2 id="course-about">{t("course.about")}</h2>
          <Markdown source={props.course.description} lang={props.course.language} />
        </section>
      </Show>
      <Curriculum course={props.course} />
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
        <Match when={course.state === "ready" && course.latest}>
          {(detail) => <CourseView course={detail()} />}
        </Match>
      </Switch>
    </div>
  );
}
