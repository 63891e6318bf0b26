import { A } from "@solidjs/router";
import { createResource, createSignal, For, type JSX, Match, onMount, Show, Switch } from "solid-js";
import { CategoryBadge } from "../../components/course-meta";
import { formatDate } from "../../components/format";
import { LearnIcon } from "../../components/learn/learn-icon";
import { ProgressBar } from "../../components/learn/progress";
import { usePageTitle } from "../../components/page-title";
import { RequireLogin } from "../../components/require-login";
import { ErrorState, errorMessage, LoadingState, SkeletonLines } from "../../components/status";
import { preloadCourse } from "../../data/courses";
import {
  certificateHref,
  courseHref,
  lessonHref,
  loadEnrollments,
  type MyEnrollment,
  myEnrollmentList,
  resumeLessonId,
} from "../../data/learning";
import { locale } from "../../i18n";
import { t, tn } from "../../i18n/learn";
import { SavedCourses } from "../../offline/save-course";

function CourseCard(props: { item: MyEnrollment }): JSX.Element {
  const item = () => props.item;
  // A course never opened has no last lesson: "Mulai belajar" goes to its first one, which only the
  // course's outline knows. Until that arrives the button opens the course page.
  const [detail] = createResource(
    () => (item().lastLessonId ? false : item().courseId),
    (courseId) => preloadCourse(courseId),
  );
  const href = () => {
    const last = item().lastLessonId;
    if (last) return lessonHref(item().courseId, last);
    const first = detail.state === "ready" ? resumeLessonId(detail.latest, null) : undefined;
    return first ? lessonHref(item().courseId, first) : courseHref(item().courseId);
  };
  const completed = () => item().status === "completed";

  return (
    <article
      class="learn-card"
      data-testid="my-course"
      data-status={item().status}
      data-course-id={item().courseId}
    >
      <div class="card-tags">
        <CategoryBadge category={item().course.category} />
        <span
          class={`learn-status learn-status-${completed() ? "accepted" : "active"}`}
          data-testid="my-course-status"
        >
          {completed() ? t("learn.status.completed") : t("learn.status.active")}
        </span>
      </div>
      <h2 class="card-title" lang={item().course.language}>
        <A href={courseHref(item().courseId)} class="learn-card-title">
          {item().course.title}
        </A>
      </h2>
      <ProgressBar
        value={item().progress}
        label={t("learn.progressOf", { title: item().course.title })}
        done={completed()}
      >
        <strong>{t("learn.progressPercent", { percent: item().progress })}</strong>
      </ProgressBar>
      <p class="learn-card-meta">
        {completed() && item().completedAt
          ? t("learn.my.completedOn", { date: formatDate(item().completedAt ?? "", locale()) })
          : t("learn.my.enrolledOn", { date: formatDate(item().enrolledAt, locale()) })}
      </p>
      <A
        href={href()}
        class="button learn-card-action"
        classList={{ "button-secondary": completed() }}
        data-testid="resume"
      >
        {completed() ? t("learn.review") : item().lastLessonId ? t("learn.resume") : t("learn.start")}
        <LearnIcon name="next" />
      </A>
      <Show when={completed()}>
        <A
          href={certificateHref(item().courseId)}
          class="button learn-card-action"
          data-testid="to-certificate"
        >
          <LearnIcon name="award" />
          {t("learn.toCertificate")}
        </A>
      </Show>
    </article>
  );
}

function Group(props: { title: string; items: MyEnrollment[]; id: string }): JSX.Element {
  return (
    <Show when={props.items.length > 0}>
      <section class="learn-group" aria-labelledby={props.id}>
        <h2 id={props.id} class="learn-group-title">
          {props.title} <span class="learn-group-count">({props.items.length})</span>
        </h2>
        <ul class="learn-card-grid">
          <For each={props.items}>
            {(item) => (
              <li>
                <CourseCard item={item} />
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}

function MyCourses(): JSX.Element {
  // What was loaded earlier in this visit shows at once; the list is asked for again regardless.
  const [state, setState] = createSignal<"loading" | "ready" | "errored">(
    myEnrollmentList() ? "ready" : "loading",
  );
  const [failure, setFailure] = createSignal<unknown>();

  function load() {
    if (!myEnrollmentList()) setState("loading");
    setFailure(undefined);
    loadEnrollments({ fresh: true }).then(
      () => setState("ready"),
      (error: unknown) => {
        setFailure(() => error);
        if (!myEnrollmentList()) setState("errored");
      },
    );
  }
  onMount(load);

  const items = () => myEnrollmentList() ?? [];
  const active = () => items().filter((item) => item.status !== "completed");
  const completed = () => items().filter((item) => item.status === "completed");

  return (
    <Switch
      fallback={
        <LoadingState label={t("learn.my.loading")}>
          <div class="learn-card-grid">
            <For each={[1, 2]}>{() => <SkeletonLines lines={4} class="card card-skeleton" />}</For>
          </div>
        </LoadingState>
      }
    >
      <Match when={state() === "errored"}>
        <ErrorState error={failure()} onRetry={load} />
      </Match>
      <Match when={state() === "ready" && items().length === 0}>
        <div class="status status-empty learn-empty" data-testid="my-courses-empty">
          <p>{t("learn.my.empty")}</p>
          <A href="/" class="button">
            {t("notFound.home")}
          </A>
        </div>
      </Match>
      <Match when={state() === "ready"}>
        <Show when={failure()}>
          {(error) => (
            <p class="inline-error learn-left" role="alert">
              {errorMessage(error())}{" "}
              <button type="button" class="link-button" onClick={load}>
                {t("error.retry")}
              </button>
            </p>
          )}
        </Show>
        <p class="section-note">{tn("learn.my.count", items().length)}</p>
        <Group id="learn-active" title={t("learn.my.active")} items={active()} />
        <Group id="learn-completed" title={t("learn.my.completed")} items={completed()} />
      </Match>
    </Switch>
  );
}

export default function MyCoursesPage(): JSX.Element {
  usePageTitle(() => t("learn.my.title"));
  return (
    <div class="learn-my">
      <div class="page-intro">
        <h1>{t("learn.my.title")}</h1>
        <p class="lead">{t("learn.my.intro")}</p>
      </div>
      <RequireLogin>
        {() => (
          <>
            <MyCourses />
            <SavedCourses />
          </>
        )}
      </RequireLogin>
    </div>
  );
}
