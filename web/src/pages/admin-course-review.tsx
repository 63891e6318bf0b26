import { reasonLength } from "@berdaya/core/reason";
import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { CourseBadge } from "../components/course-badge";
import { CategoryBadge, LevelBadge } from "../components/course-meta";
import { CourseStatusBadge } from "../components/course-status";
import { createSubmitter, Field, FormError, FormSuccess, inputValue } from "../components/form";
import { Icon, type IconName } from "../components/icon";
import { LazyMarkdown } from "../components/lazy-markdown";
import { LessonView } from "../components/lesson-view";
import { usePageTitle } from "../components/page-title";
import { AdminOnly } from "../components/role-gate";
import { ErrorState, isNotFound, LoadingState } from "../components/status";
import {
  approveCourse,
  type Editable,
  type EditableLesson,
  getReviewCourse,
  getReviewLesson,
  rejectCourse,
} from "../data/authoring";
import { formatDuration, languageLabel, lessonKindLabel } from "../i18n";
import { problem, t, tn } from "../i18n/authoring";
import "../authoring.css";

const lessonIcons: Record<string, IconName> = {
  text: "text",
  video: "video",
  document: "document",
  quiz: "quiz",
  worksheet: "worksheet",
};

function ReviewLesson(props: { courseId: string; lesson: EditableLesson; lang: string }): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const [lesson, { refetch }] = createResource(
    () => (open() ? props.lesson.id : undefined),
    (lessonId) => getReviewLesson(props.courseId, lessonId),
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
        <span class={`lesson-icon lesson-icon-${props.lesson.kind}`}>
          <Icon name={lessonIcons[props.lesson.kind] ?? "text"} />
        </span>
        <span class="lesson-body">
          <span class="lesson-title" lang={props.lang}>
            {props.lesson.title}
          </span>
          <span class="lesson-meta">
            {lessonKindLabel(props.lesson.kind)} · {formatDuration(props.lesson.durationMinutes)}
            <Show when={!props.lesson.required}> · {t("les.optional")}</Show>
          </span>
        </span>
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
              {(current) => <LessonView lesson={current()} lang={props.lang} />}
            </Match>
          </Switch>
        </div>
      </Show>
    </li>
  );
}

function Decision(props: { course: Editable; onDecided: (course?: Editable) => void }): JSX.Element {
  const [reason, setReason] = createSignal("");
  const [decided, setDecided] = createSignal<"approved" | "rejected">();
  const submitter = createSubmitter();
  let reasonInput: HTMLTextAreaElement | undefined;

  function approve() {
    void submitter.run(async () => {
      await approveCourse(props.course.id);
      setDecided("approved");
      props.onDecided();
    });
  }

  function reject() {
    const text = reason().trim();
    if (text.length < reasonLength.min) {
      submitter.fail(problem("review.reasonRequired"));
      reasonInput?.focus();
      return;
    }
    void submitter.run(async () => {
      const course = await rejectCourse(props.course.id, text);
      setDecided("rejected");
      props.onDecided(course);
    });
  }

  return (
    <section class="panel decision-panel" aria-labelledby="decision-title">
      <h2 id="decision-title">{t("review.decision")}</h2>
      <Switch>
        <Match when={decided() === "approved"}>
          <FormSuccess>
            <p>{t("review.approved", { title: props.course.title })}</p>
            <div class="button-row">
              <A href={`/courses/${encodeURIComponent(props.course.id)}`} class="button">
                {t("edit.viewLive")}
              </A>
              <A href="/admin/courses" class="button button-secondary">
                {t("review.backToQueue")}
              </A>
            </div>
          </FormSuccess>
        </Match>
        <Match when={decided() === "rejected"}>
          <FormSuccess>
            <p>{t("review.rejected", { title: props.course.title })}</p>
            <A href="/admin/courses" class="button button-secondary">
              {t("review.backToQueue")}
            </A>
          </FormSuccess>
        </Match>
        <Match when={props.course.state.draft !== "in_review"}>
          <p class="status status-empty">{t("review.notInReview")}</p>
        </Match>
        <Match when={true}>
          <p>{t("review.decisionIntro")}</p>
          <Field for="review-reason" label={t("review.reason")} hint={t("review.reasonHint")}>
            <textarea
              id="review-reason"
              rows="4"
              maxLength={reasonLength.max.course}
              data-testid="review-reason"
              aria-describedby="review-reason-hint"
              ref={reasonInput}
              value={reason()}
              onInput={(event) => setReason(inputValue(event))}
            />
          </Field>
          <FormError error={submitter.error()} />
          <div class="button-row">
            <button
              type="button"
              class="button"
              data-testid="review-approve"
              disabled={submitter.pending()}
              onClick={approve}
            >
              {t("review.approve")}
            </button>
            <button
              type="button"
              class="button button-danger-outline"
              data-testid="review-reject"
              disabled={submitter.pending()}
              onClick={reject}
            >
              {t("review.reject")}
            </button>
          </div>
        </Match>
      </Switch>
    </section>
  );
}

function ReviewView(props: { course: Editable; onDecided: (course?: Editable) => void }): JSX.Element {
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
        <ol class="modules">
          <For each={course().modules}>
            {(module, index) => (
              <li>
                <section class="module" data-testid="module" aria-labelledby={`review-module-${module.id}`}>
                  <h3 id={`review-module-${module.id}`} class="module-heading">
                    <span class="module-number">{t("course.moduleNumber", { number: index() + 1 })}</span>
                    <span class="visually-hidden">: </span>
                    <span class="module-title" lang={course().language}>
                      {module.title}
                    </span>
                  </h3>
                  <Show when={module.summary}>
                    <p class="module-summary" lang={course().language}>
                      {module.summary}
                    </p>
                  </Show>
                  <Show
                    when={module.lessons.length > 0}
                    fallback={<p class="module-empty">{t("course.noLessons")}</p>}
                  >
                    <ol class="lessons">
                      <For each={module.lessons}>
                        {(lesson) => (
                          <ReviewLesson courseId={course().id} lesson={lesson} lang={course().language} />
                        )}
                      </For>
                    </ol>
                  </Show>
                </section>
              </li>
            )}
          </For>
        </ol>
      </section>
      <Decision course={course()} onDecided={props.onDecided} />
    </article>
  );
}

export default function AdminCourseReviewPage(): JSX.Element {
  const params = useParams<{ courseId: string }>();
  return (
    <AdminOnly>
      {() => {
        const [course, { refetch, mutate }] = createResource(() => params.courseId, getReviewCourse);
        usePageTitle(() =>
          course.state === "ready" ? t("review.pageTitle", { title: course().title }) : t("review.title"),
        );
        return (
          <div class="course-page">
            <A href="/admin/courses" class="back-link">
              <Icon name="back" />
              {t("review.title")}
            </A>
            <Switch fallback={<LoadingState label={t("app.loading")} />}>
              <Match when={course.state === "errored" && isNotFound(course.error)}>
                <div class="page-intro">
                  <h1>{t("course.notFoundTitle")}</h1>
                  <p class="lead">{t("edit.notFound")}</p>
                </div>
              </Match>
              <Match when={course.state === "errored"}>
                <h1>{t("error.title")}</h1>
                <ErrorState error={course.error} onRetry={() => void refetch()} title={false} />
              </Match>
              <Match when={course.latest}>
                {(current) => (
                  <ReviewView
                    course={current()}
                    onDecided={(next) => (next ? mutate(next) : void refetch())}
                  />
                )}
              </Match>
            </Switch>
          </div>
        );
      }}
    </AdminOnly>
  );
}
