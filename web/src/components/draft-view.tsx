import { A } from "@solidjs/router";
import { createResource, createSignal, type JSX, Match, Show, Switch } from "solid-js";
import type { Editable, EditableLesson, Lesson } from "../data/authoring";
import { formatDuration, languageLabel } from "../i18n";
import { t, tn } from "../i18n/authoring";
import { CourseBadge } from "./course-badge";
import { CategoryBadge, LevelBadge } from "./course-meta";
import { CourseOutline } from "./course-outline";
import { CourseStatusBadge } from "./course-status";
import { DraftLessonSummary } from "./draft-lesson-summary";
import { LazyMarkdown } from "./lazy-markdown";
import { LessonView } from "./lesson-view";
import { ErrorState, LoadingState } from "./status";

type LoadLesson = (courseId: string, lessonId: string) => Promise<Lesson>;

function DraftLesson(props: {
  courseId: string;
  lesson: EditableLesson;
  lang: string;
  load: LoadLesson;
  asLearner: boolean;
}): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const [lesson, { refetch }] = createResource(
    () => (open() ? props.lesson.id : undefined),
    (lessonId) => props.load(props.courseId, lessonId),
  );
  const panelId = () => `review-lesson-${props.lesson.id}`;
  return (
    <li class="lesson review-lesson" data-testid="lesson">
      <button
        type="button"
        class="lesson-toggle"
        aria-expanded={open()}
        aria-controls={panelId()}
        onClick={() => setOpen(!open())}
      >
        <DraftLessonSummary lesson={props.lesson} lang={props.lang} />
        <span class="toggle-mark" aria-hidden="true">
          {open() ? "−" : "+"}
        </span>
      </button>
      <Show when={open()}>
        <div id={panelId()} class="review-lesson-body">
          <Switch fallback={<LoadingState label={t("app.loading")} />}>
            <Match when={lesson.state === "errored"}>
              <ErrorState error={lesson.error} onRetry={() => void refetch()} title={false} />
            </Match>
            <Match when={lesson.state === "ready" && lesson.latest}>
              {(current) => <LessonView lesson={current()} lang={props.lang} asLearner={props.asLearner} />}
            </Match>
          </Switch>
        </div>
      </Show>
    </li>
  );
}

/**
 * A course's draft as a whole, each lesson opened in place: the association reviews it (answers
 * marked, with its decision below) and its trainer previews it as learners will see it (no answers).
 */
export function DraftView(props: {
  course: Editable;
  load: LoadLesson;
  asLearner?: boolean;
  children?: JSX.Element;
}): JSX.Element {
  const course = () => props.course;
  const lessonCount = () => course().modules.reduce((sum, module) => sum + module.lessons.length, 0);
  return (
    <article class="review-page">
      <header class="editor-header">
        <h1 lang={course().language}>{course().title}</h1>
        <div class="editor-header-meta">
          <CourseStatusBadge state={course().state} />
          <Show when={course().state.liveVersion !== null}>
            <A href={`/courses/${encodeURIComponent(course().id)}`}>{t("review.liveVersion")}</A>
          </Show>
        </div>
      </header>
      <Show when={course().summary}>
        <p class="lead" lang={course().language}>
          {course().summary}
        </p>
      </Show>
      <Show when={course().coverUrl}>
        {(src) => <img class="cover-preview" src={src()} alt={t("edit.coverAlt")} width="640" height="360" />}
      </Show>
      <dl class="course-meta">
        <div>
          <dt>{t("course.trainer")}</dt>
          <dd>{course().trainer.name}</dd>
        </div>
        <div>
          <dt>{t("course.category")}</dt>
          <dd>
            <CategoryBadge category={course().category} />
          </dd>
        </div>
        <div>
          <dt>{t("course.level")}</dt>
          <dd>
            <LevelBadge level={course().level} />
          </dd>
        </div>
        <div>
          <dt>{t("course.language")}</dt>
          <dd>{languageLabel(course().language)}</dd>
        </div>
        <div>
          <dt>{t("course.duration")}</dt>
          <dd>{formatDuration(course().durationMinutes)}</dd>
        </div>
        <div>
          <dt>{t("review.certificates")}</dt>
          <dd>
            {course().certificateApproval ? t("review.certificatesApproval") : t("review.certificatesAuto")}
          </dd>
        </div>
      </dl>
      <Show when={course().state.liveVersion !== null}>
        <CourseBadge courseId={course().id} />
      </Show>
      <section class="course-section" aria-labelledby="review-about">
        <h2 id="review-about">{t("course.about")}</h2>
        <Show
          when={course().description.trim()}
          fallback={<p class="module-empty">{t("review.noDescription")}</p>}
        >
          <LazyMarkdown source={course().description} lang={course().language} />
        </Show>
      </section>
      <section class="course-section" aria-labelledby="review-curriculum">
        <h2 id="review-curriculum">{t("course.curriculum")}</h2>
        <p class="section-note">
          {tn("course.modules", course().modules.length)} · {tn("course.lessons", lessonCount())} ·{" "}
          {t("review.openLessons")}
        </p>
        <CourseOutline
          modules={course().modules}
          lang={course().language}
          headingId={(module) => `review-module-${module.id}`}
          lesson={(lesson) => (
            <DraftLesson
              courseId={course().id}
              lesson={lesson}
              lang={course().language}
              load={props.load}
              asLearner={props.asLearner ?? false}
            />
          )}
        />
      </section>
      {props.children}
    </article>
  );
}
