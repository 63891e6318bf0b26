import { textLimits } from "@berdaya/core/text-limits";
import { A, useNavigate } from "@solidjs/router";
import { createResource, createSignal, For, type JSX, Match, onMount, Show, Switch } from "solid-js";
import { CategoryBadge, LevelBadge } from "../components/course-meta";
import { CourseStatusBadge, sentBackReason } from "../components/course-status";
import { createSubmitter, Field, FormError, inputValue, SubmitButton } from "../components/form";
import { usePageTitle } from "../components/page-title";
import { TrainerOnly } from "../components/role-gate";
import { ErrorState, LoadingState } from "../components/status";
import { WaitingLinks } from "../components/waiting-links";
import { getReference } from "../data/account";
import { createCourse, listMyCourses, type MyCourse } from "../data/authoring";
import { inbox, refreshInbox } from "../data/notifications";
import { coursePath, editorPath, learnersPath } from "../data/paths";
import { categoryLabel, levelLabel } from "../i18n";
import { problem, t, tn } from "../i18n/authoring";
import "../authoring.css";

function CourseRow(props: { course: MyCourse }): JSX.Element {
  const reason = () => sentBackReason(props.course.state);
  return (
    <li class="admin-row trainer-course" data-testid="trainer-course">
      <div class="admin-row-head">
        <div class="row-title-line">
          <h3 class="admin-row-title" lang={props.course.language}>
            {props.course.title}
          </h3>
          <CourseStatusBadge state={props.course.state} />
        </div>
        <div class="card-tags">
          <CategoryBadge category={props.course.category} />
          <LevelBadge level={props.course.level} />
        </div>
        <p class="admin-row-meta">
          <span>
            {tn("course.modules", props.course.moduleCount)} ·{" "}
            {tn("course.lessons", props.course.lessonCount)}
          </span>
          <Show when={props.course.state.liveVersion !== null}>
            <span>{tn("mine.learners", props.course.learnerCount)}</span>
          </Show>
        </p>
      </div>
      <Show when={reason()}>
        {(text) => (
          <div class="sent-back" data-testid="review-feedback">
            <p class="sent-back-title">{t("edit.sentBack")}</p>
            <p class="preserve-lines">{text()}</p>
          </div>
        )}
      </Show>
      <div class="button-row">
        <A href={editorPath(props.course.id)} class="button button-secondary">
          {props.course.state.draft === "in_review" ? t("mine.open") : t("mine.edit")}
          <span class="visually-hidden">: {props.course.title}</span>
        </A>
        <Show when={props.course.state.liveVersion !== null}>
          <A href={coursePath(props.course.id)} class="button button-secondary">
            {t("edit.viewLive")}
            <span class="visually-hidden">: {props.course.title}</span>
          </A>
          <A
            href={learnersPath(props.course.id)}
            class="button button-secondary"
            data-testid="course-learners-link"
          >
            {t("mine.learnersLink")}
            <span class="visually-hidden">: {props.course.title}</span>
          </A>
        </Show>
      </div>
    </li>
  );
}

function CreateCourseForm(): JSX.Element {
  const navigate = useNavigate();
  const [reference] = createResource(getReference);
  const lists = () => (reference.state === "ready" ? reference.latest : undefined);
  const [title, setTitle] = createSignal("");
  const [summary, setSummary] = createSignal("");
  const [category, setCategory] = createSignal("");
  const [level, setLevel] = createSignal("");
  const submitter = createSubmitter();

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (!title().trim()) return submitter.fail(problem("mine.needTitle"));
    if (!category()) return submitter.fail(problem("mine.needCategory"));
    if (!level()) return submitter.fail(problem("mine.needLevel"));
    await submitter.run(async () => {
      const course = await createCourse({
        title: title().trim(),
        summary: summary().trim(),
        category: category(),
        level: level(),
      });
      navigate(editorPath(course.id));
    });
  }

  return (
    <form class="panel form" data-testid="course-create-form" novalidate onSubmit={onSubmit}>
      <Field for="new-title" label={t("edit.title")}>
        <input
          id="new-title"
          name="title"
          type="text"
          maxLength={textLimits.title}
          required
          value={title()}
          onInput={(event) => setTitle(inputValue(event))}
        />
      </Field>
      <div class="field-grid">
        <Field for="new-category" label={t("course.category")}>
          <select
            id="new-category"
            name="category"
            required
            value={category()}
            onChange={(event) => setCategory(inputValue(event))}
          >
            <option value="">{t("business.choose")}</option>
            <For each={lists()?.categories ?? []}>
              {(value) => <option value={value}>{categoryLabel(value)}</option>}
            </For>
          </select>
        </Field>
        <Field for="new-level" label={t("course.level")}>
          <select
            id="new-level"
            name="level"
            required
            value={level()}
            onChange={(event) => setLevel(inputValue(event))}
          >
            <option value="">{t("business.choose")}</option>
            <For each={lists()?.levels ?? []}>
              {(value) => <option value={value}>{levelLabel(value)}</option>}
            </For>
          </select>
        </Field>
      </div>
      <Field for="new-summary" label={t("edit.summary")} optional hint={t("edit.summaryHint")}>
        <textarea
          id="new-summary"
          name="summary"
          rows="3"
          maxLength={textLimits.summary}
          aria-describedby="new-summary-hint"
          value={summary()}
          onInput={(event) => setSummary(inputValue(event))}
        />
      </Field>
      <Show when={reference.state === "errored"}>
        <p class="field-hint">{t("business.listsFailed")}</p>
      </Show>
      <FormError error={submitter.error()} />
      <SubmitButton pending={submitter.pending()} label={t("mine.create")} />
    </form>
  );
}

function Dashboard(): JSX.Element {
  const [courses, { refetch }] = createResource(listMyCourses);
  onMount(() => void refreshInbox({ fresh: true }));
  const items = () => courses.latest?.items ?? [];
  return (
    <div class="trainer-page">
      <div class="page-intro">
        <h1>{t("nav.trainer")}</h1>
        <p class="lead">{t("mine.intro")}</p>
        <div class="button-row">
          <A href="/trainer/reviews" class="button" data-testid="trainer-reviews-link">
            {t("mine.reviews")}
          </A>
          <a href="#new-course" class="button button-secondary jump-link">
            {t("mine.createJump")}
          </a>
        </div>
        <WaitingLinks waiting={inbox()?.waiting} />
      </div>
      <div class="trainer-layout">
        <section class="trainer-courses" aria-labelledby="my-courses">
          <h2 id="my-courses">{t("mine.courses")}</h2>
          <Switch fallback={<LoadingState label={t("app.loading")} />}>
            <Match when={courses.state === "errored"}>
              <ErrorState error={courses.error} onRetry={() => void refetch()} />
            </Match>
            <Match when={courses.state === "ready" && items().length === 0}>
              <p class="status status-empty">{t("mine.empty")}</p>
            </Match>
            <Match when={courses.state === "ready" || courses.state === "refreshing"}>
              <ul class="admin-list">
                <For each={items()}>{(course) => <CourseRow course={course} />}</For>
              </ul>
            </Match>
          </Switch>
        </section>
        <section class="trainer-new" id="new-course" aria-labelledby="new-course-title">
          <h2 id="new-course-title">{t("mine.createTitle")}</h2>
          <p class="section-note">{t("mine.createIntro")}</p>
          <CreateCourseForm />
        </section>
      </div>
    </div>
  );
}

export default function TrainerPage(): JSX.Element {
  usePageTitle(() => t("nav.trainer"));
  return <TrainerOnly>{() => <Dashboard />}</TrainerOnly>;
}
