import { A, useNavigate, useParams, useSearchParams } from "@solidjs/router";
import {
  createEffect,
  createResource,
  createSignal,
  For,
  type JSX,
  Match,
  Show,
  Switch,
  untrack,
} from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { CourseStatusBadge, sentBackReason } from "../components/course-status";
import { createSubmitter, Field, FormError, FormSuccess, inputValue, SubmitButton } from "../components/form";
import { Icon, type IconName } from "../components/icon";
import { LessonEditor } from "../components/lesson-editor";
import { LessonView } from "../components/lesson-view";
import { MarkdownEditor } from "../components/markdown-editor";
import { PackageImport } from "../components/package-import";
import { usePageTitle } from "../components/page-title";
import { TrainerOnly } from "../components/role-gate";
import { ErrorState, isNotFound, LoadingState } from "../components/status";
import { createUnsavedGuard, type UnsavedGuard, UnsavedPrompt } from "../components/unsaved";
import { UploadField } from "../components/upload";
import { getReference } from "../data/account";
import { ApiError } from "../data/api";
import {
  addModule,
  type CourseFields,
  deleteCourse,
  deleteLesson,
  deleteModule,
  type Editable,
  type EditableLesson,
  type EditableModule,
  getEditable,
  getLesson,
  type Lesson,
  submitCourse,
  updateCourse,
  updateLesson,
  updateModule,
} from "../data/authoring";
import type { LessonKind } from "../data/courses";
import { categoryLabel, formatDuration, languageLabel, lessonKindLabel, levelLabel } from "../i18n";
import { problem, t } from "../i18n/authoring";
import "../authoring.css";

const lessonKinds: LessonKind[] = ["text", "video", "document", "quiz", "worksheet"];
const lessonIcons: Record<LessonKind, IconName> = {
  text: "text",
  video: "video",
  document: "document",
  quiz: "quiz",
  worksheet: "worksheet",
};

const editorPath = (courseId: string) => `/trainer/courses/${encodeURIComponent(courseId)}`;

/** What the editor shares with its parts: the course (a store kept in step with the server) and its actions. */
interface Workspace {
  course: Editable;
  readOnly: () => boolean;
  guard: UnsavedGuard;
  apply: (next: Editable) => void;
  refresh: () => Promise<void>;
  openLesson: (lessonId: string) => void;
  addLesson: (kind: LessonKind, moduleId: string) => void;
  closeLesson: () => void;
  openLessonId: () => string | undefined;
}

/** A delete button that asks again in place, instead of a dialog that is easy to confirm by reflex. */
function ConfirmDelete(props: {
  label: string;
  question: string;
  testId: string;
  disabled?: boolean;
  onConfirm: () => void;
}): JSX.Element {
  const [asking, setAsking] = createSignal(false);
  return (
    <Show
      when={asking()}
      fallback={
        <button
          type="button"
          class="button button-danger-outline button-small"
          data-testid={props.testId}
          disabled={props.disabled}
          onClick={() => setAsking(true)}
        >
          {props.label}
        </button>
      }
    >
      <div class="confirm">
        <p>{props.question}</p>
        <div class="button-row">
          <button
            type="button"
            class="button button-danger button-small"
            data-testid="confirm-delete"
            onClick={() => {
              setAsking(false);
              props.onConfirm();
            }}
          >
            {t("edit.confirmDelete")}
          </button>
          <button
            type="button"
            class="button button-secondary button-small"
            data-testid="confirm-cancel"
            ref={(button) => queueMicrotask(() => button.focus())}
            onClick={() => setAsking(false)}
          >
            {t("edit.cancel")}
          </button>
        </div>
      </div>
    </Show>
  );
}

function MoveButtons(props: {
  label: (direction: "up" | "down") => string;
  index: number;
  count: number;
  disabled?: boolean;
  onMove: (to: number) => void;
}): JSX.Element {
  return (
    <>
      <button
        type="button"
        class="icon-button"
        aria-label={props.label("up")}
        disabled={props.disabled || props.index === 0}
        onClick={() => props.onMove(props.index - 1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="icon-button"
        aria-label={props.label("down")}
        disabled={props.disabled || props.index >= props.count - 1}
        onClick={() => props.onMove(props.index + 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </>
  );
}

function LessonRow(props: {
  ws: Workspace;
  module: EditableModule;
  lesson: EditableLesson;
  index: number;
  busy: boolean;
  run: (action: () => Promise<unknown>) => void;
}): JSX.Element {
  const ws = props.ws;
  const courseId = () => ws.course.id;
  const open = () => ws.openLessonId() === props.lesson.id;
  return (
    <li class="lesson lesson-row" classList={{ "lesson-current": open() }} data-testid="lesson">
      <div class="lesson-row-main">
        <span class={`lesson-icon lesson-icon-${props.lesson.kind}`}>
          <Icon name={lessonIcons[props.lesson.kind] ?? "text"} />
        </span>
        <span class="lesson-body">
          <span class="lesson-title" lang={ws.course.language}>
            {props.lesson.title}
          </span>
          <span class="lesson-meta">
            {lessonKindLabel(props.lesson.kind)} · {formatDuration(props.lesson.durationMinutes)}
            <Show when={!props.lesson.required}> · {t("les.optional")}</Show>
          </span>
        </span>
      </div>
      <div class="row-tools">
        <A
          href={`${editorPath(courseId())}?lesson=${encodeURIComponent(props.lesson.id)}`}
          class="button button-secondary button-small"
          data-testid="lesson-edit"
          aria-current={open() ? "true" : undefined}
        >
          {ws.readOnly() ? t("edit.view") : t("edit.edit")}
          <span class="visually-hidden">: {props.lesson.title}</span>
        </A>
        <Show when={!ws.readOnly()}>
          <MoveButtons
            index={props.index}
            count={props.module.lessons.length}
            disabled={props.busy}
            label={(direction) =>
              t(direction === "up" ? "les.moveUp" : "les.moveDown", { title: props.lesson.title })
            }
            onMove={(position) =>
              props.run(async () => {
                await updateLesson(courseId(), props.module.id, props.lesson.id, { position });
                await ws.refresh();
              })
            }
          />
          <ConfirmDelete
            label={t("edit.delete")}
            question={t("les.deleteQuestion", { title: props.lesson.title })}
            testId="lesson-delete"
            disabled={props.busy}
            onConfirm={() =>
              props.run(async () => {
                await deleteLesson(courseId(), props.module.id, props.lesson.id);
                await ws.refresh();
                if (open()) ws.closeLesson();
              })
            }
          />
        </Show>
      </div>
    </li>
  );
}

function ModuleSection(props: { ws: Workspace; module: EditableModule; index: number }): JSX.Element {
  const ws = props.ws;
  const courseId = () => ws.course.id;
  const [title, setTitle] = createSignal(untrack(() => props.module.title));
  const [summary, setSummary] = createSignal(untrack(() => props.module.summary));
  const dirty = () => title() !== props.module.title || summary() !== props.module.summary;
  const action = createSubmitter();
  // A save on its way is not unsaved work: leaving for a lesson must not ask while it lands.
  ws.guard.track(() => dirty() && !action.pending());
  const run = (work: () => Promise<unknown>) => void action.run(work);
  const id = (part: string) => `module-${props.module.id}-${part}`;

  function save(event?: SubmitEvent) {
    event?.preventDefault();
    if (!title().trim()) return action.fail(problem("mod.needTitle"));
    run(async () =>
      ws.apply(
        await updateModule(courseId(), props.module.id, { title: title().trim(), summary: summary().trim() }),
      ),
    );
  }

  // The title and summary save as the trainer moves on from the module (Enter saves too); moving to
  // the form's own Cancel does not.
  function saveOnLeave(event: FocusEvent & { currentTarget: HTMLFormElement }) {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    if (dirty() && !action.pending() && title().trim()) save();
  }

  return (
    <section class="module module-editor" data-testid="module" aria-labelledby={id("heading")}>
      <h3 class="module-number" id={id("heading")}>
        {t("course.moduleNumber", { number: props.index + 1 })}
        <Show when={ws.readOnly()}>
          <span class="visually-hidden">: {props.module.title}</span>
        </Show>
      </h3>
      <Show
        when={!ws.readOnly()}
        fallback={
          <>
            <p class="module-title" lang={ws.course.language}>
              {props.module.title}
            </p>
            <Show when={props.module.summary}>
              <p class="module-summary">{props.module.summary}</p>
            </Show>
          </>
        }
      >
        <form class="module-form" novalidate onSubmit={save} onFocusOut={saveOnLeave}>
          <Field for={id("title")} label={t("mod.title")}>
            <input
              id={id("title")}
              type="text"
              maxLength={200}
              required
              data-testid="module-title-input"
              lang={ws.course.language}
              value={title()}
              onInput={(event) => setTitle(inputValue(event))}
            />
          </Field>
          <Field for={id("summary")} label={t("mod.summary")} optional>
            <input
              id={id("summary")}
              type="text"
              maxLength={500}
              lang={ws.course.language}
              value={summary()}
              onInput={(event) => setSummary(inputValue(event))}
            />
          </Field>
          <Show when={dirty()}>
            <div class="button-row">
              <SubmitButton pending={action.pending()} label={t("mod.save")} class="button button-small" />
              <button
                type="button"
                class="button button-secondary button-small"
                data-testid="module-editor-cancel"
                onClick={() => {
                  setTitle(props.module.title);
                  setSummary(props.module.summary);
                }}
              >
                {t("edit.cancel")}
              </button>
            </div>
          </Show>
        </form>
        <div class="row-tools module-tools">
          <MoveButtons
            index={props.index}
            count={ws.course.modules.length}
            disabled={action.pending()}
            label={(direction) =>
              t(direction === "up" ? "mod.moveUp" : "mod.moveDown", { title: props.module.title })
            }
            onMove={(position) =>
              run(async () => ws.apply(await updateModule(courseId(), props.module.id, { position })))
            }
          />
          <ConfirmDelete
            label={t("mod.delete")}
            question={t("mod.deleteQuestion", {
              title: props.module.title,
              count: props.module.lessons.length,
            })}
            testId="module-delete"
            disabled={action.pending()}
            onConfirm={() =>
              run(async () => {
                const open = ws.openLessonId();
                await deleteModule(courseId(), props.module.id);
                if (open && props.module.lessons.some((lesson) => lesson.id === open)) ws.closeLesson();
                await ws.refresh();
              })
            }
          />
        </div>
      </Show>
      <FormError error={action.error()} />
      <Show
        when={props.module.lessons.length > 0}
        fallback={<p class="module-empty">{t("course.noLessons")}</p>}
      >
        <ol class="lessons" aria-label={t("course.lessonsLabel", { module: props.module.title })}>
          <For each={props.module.lessons}>
            {(lesson, index) => (
              <LessonRow
                ws={ws}
                module={props.module}
                lesson={lesson}
                index={index()}
                busy={action.pending()}
                run={run}
              />
            )}
          </For>
        </ol>
      </Show>
      <Show when={!ws.readOnly()}>
        <fieldset class="add-group">
          <legend class="add-row-label">{t("les.add")}</legend>
          <div class="add-row">
            <For each={lessonKinds}>
              {(kind) => (
                <button
                  type="button"
                  class="button button-secondary button-small"
                  data-testid={`lesson-add-${kind}`}
                  onClick={() => ws.addLesson(kind, props.module.id)}
                >
                  <Icon name={lessonIcons[kind]} />
                  {lessonKindLabel(kind)}
                </button>
              )}
            </For>
          </div>
        </fieldset>
      </Show>
    </section>
  );
}

function Outline(props: { ws: Workspace }): JSX.Element {
  const ws = props.ws;
  const adding = createSubmitter();
  let list: HTMLDivElement | undefined;

  async function add() {
    await adding.run(async () => {
      const module = await addModule(
        ws.course.id,
        t("mod.newTitle", { number: ws.course.modules.length + 1 }),
      );
      await ws.refresh();
      // The new module's title is what the trainer wants to change first.
      queueMicrotask(() => {
        const input = list?.querySelector<HTMLInputElement>(`#module-${CSS.escape(module.id)}-title`);
        input?.focus();
        input?.select();
      });
    });
  }

  return (
    <section class="editor-section" aria-labelledby="outline-title">
      <h2 id="outline-title">{t("course.curriculum")}</h2>
      <Show when={ws.course.modules.length === 0}>
        <p class="status status-empty">{t("mod.empty")}</p>
      </Show>
      <div class="modules" ref={list}>
        <For each={ws.course.modules}>
          {(module, index) => <ModuleSection ws={ws} module={module} index={index()} />}
        </For>
      </div>
      <Show when={!ws.readOnly()}>
        <FormError error={adding.error()} />
        <button
          type="button"
          class="button button-secondary add-module"
          data-testid="module-add"
          disabled={adding.pending()}
          onClick={() => void add()}
        >
          {adding.pending() ? t("form.sending") : t("mod.add")}
        </button>
      </Show>
    </section>
  );
}

function CourseFieldsForm(props: { ws: Workspace }): JSX.Element {
  const ws = props.ws;
  const [reference] = createResource(getReference);
  const lists = () => (reference.state === "ready" ? reference.latest : undefined);
  const fieldsOf = (course: Editable): CourseFields => ({
    title: course.title,
    summary: course.summary,
    description: course.description,
    category: course.category,
    level: course.level,
    language: course.language === "en" ? "en" : "id",
    certificateApproval: course.certificateApproval,
  });
  const [fields, setFields] = createStore<CourseFields>(untrack(() => fieldsOf(ws.course)));
  const [baseline, setBaseline] = createSignal(untrack(() => JSON.stringify(fields)));
  const dirty = () => JSON.stringify(fields) !== baseline();
  ws.guard.track(dirty);
  const [saved, setSaved] = createSignal(false);
  const submitter = createSubmitter();
  const choices = (list: readonly string[] | undefined, current: string) =>
    list?.includes(current) || !current ? (list ?? []) : [...(list ?? []), current];

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setSaved(false);
    if (!fields.title.trim()) return submitter.fail(problem("mine.needTitle"));
    const ok = await submitter.run(async () => {
      const course = await updateCourse(ws.course.id, { ...fields, title: fields.title.trim() });
      ws.apply(course);
      setFields(fieldsOf(course));
      setBaseline(JSON.stringify(fields));
    });
    setSaved(ok);
  }

  return (
    <form class="panel form" data-testid="course-fields-form" novalidate onSubmit={onSubmit}>
      <h2>{t("edit.fields")}</h2>
      <fieldset class="plain-fieldset form" disabled={ws.readOnly()}>
        <Field for="course-title" label={t("edit.title")}>
          <input
            id="course-title"
            type="text"
            maxLength={200}
            required
            lang={fields.language}
            value={fields.title}
            onInput={(event) => setFields("title", inputValue(event))}
          />
        </Field>
        <Field for="course-summary" label={t("edit.summary")} optional hint={t("edit.summaryHint")}>
          <textarea
            id="course-summary"
            rows="3"
            maxLength={500}
            lang={fields.language}
            aria-describedby="course-summary-hint"
            value={fields.summary}
            onInput={(event) => setFields("summary", inputValue(event))}
          />
        </Field>
        <div class="field-grid field-grid-3">
          <Field for="course-category" label={t("course.category")}>
            <select
              id="course-category"
              value={fields.category}
              onChange={(event) => setFields("category", inputValue(event))}
            >
              <For each={choices(lists()?.categories, fields.category)}>
                {(value) => (
                  <option value={value} selected={value === fields.category}>
                    {categoryLabel(value)}
                  </option>
                )}
              </For>
            </select>
          </Field>
          <Field for="course-level" label={t("course.level")}>
            <select
              id="course-level"
              value={fields.level}
              onChange={(event) => setFields("level", inputValue(event))}
            >
              <For each={choices(lists()?.levels, fields.level)}>
                {(value) => (
                  <option value={value} selected={value === fields.level}>
                    {levelLabel(value)}
                  </option>
                )}
              </For>
            </select>
          </Field>
          <Field for="course-language" label={t("course.language")}>
            <select
              id="course-language"
              value={fields.language}
              onChange={(event) => setFields("language", inputValue(event) === "en" ? "en" : "id")}
            >
              <For each={["id", "en"] as const}>
                {(value) => (
                  <option value={value} selected={value === fields.language}>
                    {languageLabel(value)}
                  </option>
                )}
              </For>
            </select>
          </Field>
        </div>
        <MarkdownEditor
          id="course-description"
          label={t("edit.description")}
          optional
          value={fields.description}
          onInput={(value) => setFields("description", value)}
          rows={10}
          maxLength={20_000}
          lang={fields.language}
          readOnly={ws.readOnly()}
          images={!ws.readOnly()}
        />
        <div class="field">
          <label class="check">
            <input
              type="checkbox"
              checked={fields.certificateApproval}
              aria-describedby="course-certificate-hint"
              onChange={(event) => setFields("certificateApproval", event.currentTarget.checked)}
            />
            {t("edit.certificateApproval")}
          </label>
          <p class="field-hint" id="course-certificate-hint">
            {t("edit.certificateHint")}
          </p>
        </div>
      </fieldset>
      <Show when={!ws.readOnly()}>
        <FormError error={submitter.error()} />
        <Show when={saved() && !dirty()}>
          <FormSuccess>
            {ws.course.state.status === "published" ? t("edit.savedDraft") : t("edit.saved")}
          </FormSuccess>
        </Show>
        <div class="button-row">
          <SubmitButton pending={submitter.pending()} label={t("edit.save")} />
          <Show when={dirty()}>
            <span class="unsaved-note">{t("unsaved.note")}</span>
          </Show>
        </div>
      </Show>
    </form>
  );
}

function CoverSection(props: { ws: Workspace }): JSX.Element {
  const ws = props.ws;
  const removal = createSubmitter();
  return (
    <section class="panel editor-section" aria-labelledby="cover-title">
      <h2 id="cover-title">{t("edit.cover")}</h2>
      <Show when={ws.course.coverUrl} fallback={<p class="module-empty">{t("edit.noCover")}</p>}>
        {(src) => <img class="cover-preview" src={src()} alt={t("edit.coverAlt")} width="640" height="360" />}
      </Show>
      <Show when={!ws.readOnly()}>
        <UploadField
          id="course-cover"
          kind="image"
          label={ws.course.coverUrl ? t("edit.replaceCover") : t("edit.uploadCover")}
          hint={t("edit.coverHint")}
          disabled={removal.pending()}
          onDone={async (file) =>
            ws.apply(await updateCourse(ws.course.id, { coverUploadId: file.uploadId }))
          }
        />
        <Show when={ws.course.coverUrl}>
          <FormError error={removal.error()} />
          <button
            type="button"
            class="button button-danger-outline button-small"
            disabled={removal.pending()}
            onClick={() =>
              void removal.run(async () =>
                ws.apply(await updateCourse(ws.course.id, { coverUploadId: null })),
              )
            }
          >
            {t("edit.removeCover")}
          </button>
        </Show>
      </Show>
    </section>
  );
}

function SubmitPanel(props: { ws: Workspace }): JSX.Element {
  const ws = props.ws;
  const submitter = createSubmitter();
  const [sent, setSent] = createSignal(false);
  // Submitting locks the course until the association decides: asked once more before it is sent.
  const [confirming, setConfirming] = createSignal(false);
  const state = () => ws.course.state;
  const nothingNew = () => state().status === "published" && state().draft === null;

  function ask() {
    setSent(false);
    if (ws.guard.dirty()) return submitter.fail(problem("edit.saveFirst"));
    submitter.clear();
    setConfirming(true);
  }

  async function submit() {
    const ok = await submitter.run(async () => ws.apply(await submitCourse(ws.course.id)));
    setConfirming(false);
    setSent(ok);
  }

  return (
    <section class="panel editor-section submit-panel" aria-labelledby="submit-title">
      <h2 id="submit-title">{t("edit.submitTitle")}</h2>
      <Switch>
        <Match when={ws.readOnly()}>
          <p>{t("edit.inReviewShort")}</p>
        </Match>
        <Match when={nothingNew()}>
          <p>{t("edit.liveNoDraft")}</p>
        </Match>
        <Match when={state().status === "published"}>
          <p>{t("edit.submitLiveHint")}</p>
        </Match>
        <Match when={true}>
          <p>{t("edit.submitHint")}</p>
        </Match>
      </Switch>
      <FormError error={submitter.error()} />
      <Show when={sent()}>
        <FormSuccess>{t("edit.submitted")}</FormSuccess>
      </Show>
      <Show
        when={confirming() && !ws.readOnly()}
        fallback={
          <button
            type="button"
            class="button button-block"
            data-testid="course-submit"
            disabled={ws.readOnly() || nothingNew() || submitter.pending()}
            onClick={ask}
          >
            {ws.readOnly() ? t("edit.inReviewButton") : t("edit.submit")}
          </button>
        }
      >
        <div class="confirm">
          <p id="submit-confirm-question" data-testid="course-submit-question">
            {t("edit.submitQuestion", { title: ws.course.title })}
          </p>
          <div class="button-row">
            <button
              type="button"
              class="button"
              data-testid="course-submit-confirm"
              disabled={submitter.pending()}
              onClick={() => void submit()}
            >
              <Show when={submitter.pending()}>
                <span class="spinner spinner-small" aria-hidden="true" />
              </Show>
              {submitter.pending() ? t("form.sending") : t("edit.submitConfirm")}
            </button>
            <button
              type="button"
              class="button button-secondary"
              disabled={submitter.pending()}
              onClick={() => setConfirming(false)}
            >
              {t("edit.submitCancel")}
            </button>
          </div>
        </div>
      </Show>
    </section>
  );
}

function DeleteCourse(props: { ws: Workspace }): JSX.Element {
  const navigate = useNavigate();
  const submitter = createSubmitter();
  return (
    <Show when={props.ws.course.state.liveVersion === null && !props.ws.readOnly()}>
      <section class="danger-zone editor-section" aria-labelledby="delete-course-title">
        <h2 id="delete-course-title">{t("edit.deleteTitle")}</h2>
        <p>{t("edit.deleteIntro")}</p>
        <FormError error={submitter.error()} />
        <ConfirmDelete
          label={t("edit.deleteCourse")}
          question={t("edit.deleteQuestion", { title: props.ws.course.title })}
          testId="course-delete"
          disabled={submitter.pending()}
          onConfirm={() =>
            void submitter.run(async () => {
              await deleteCourse(props.ws.course.id);
              navigate("/trainer", { replace: true });
            })
          }
        />
      </section>
    </Show>
  );
}

function ExistingLesson(props: {
  ws: Workspace;
  lessonId: string;
  created?: Lesson;
  onSaved: (lesson: Lesson, created: boolean) => void;
}): JSX.Element {
  const ws = props.ws;
  const [lesson, { refetch }] = createResource(
    () => props.lessonId,
    (lessonId) => {
      const created = untrack(() => props.created);
      return created?.lessonId === lessonId ? created : getLesson(ws.course.id, lessonId);
    },
  );
  return (
    <Switch fallback={<LoadingState label={t("app.loading")} />}>
      <Match when={lesson.state === "errored" && isNotFound(lesson.error)}>
        <p class="status status-empty">{t("les.notFound")}</p>
      </Match>
      <Match when={lesson.state === "errored"}>
        <ErrorState error={lesson.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={lesson.state === "ready" && lesson.latest}>
        {(current) => (
          <Show
            when={!ws.readOnly()}
            fallback={
              <div class="panel">
                <h2 lang={ws.course.language}>{current().title}</h2>
                <LessonView lesson={current()} lang={ws.course.language} />
              </div>
            }
          >
            <LessonEditor
              courseId={ws.course.id}
              lesson={current()}
              kind={current().kind}
              moduleId={current().moduleId}
              modules={ws.course.modules}
              lang={ws.course.language}
              guard={ws.guard}
              justCreated={props.created?.lessonId === props.lessonId}
              onSaved={props.onSaved}
              onClose={ws.closeLesson}
            />
          </Show>
        )}
      </Match>
    </Switch>
  );
}

function NewLesson(props: {
  ws: Workspace;
  kind: LessonKind;
  moduleId: string;
  onSaved: (lesson: Lesson, created: boolean) => void;
}): JSX.Element {
  const ws = props.ws;
  return (
    <Show
      when={ws.course.modules.some((module) => module.id === props.moduleId)}
      fallback={<p class="status status-empty">{t("les.notFound")}</p>}
    >
      <LessonEditor
        courseId={ws.course.id}
        kind={props.kind}
        moduleId={props.moduleId}
        modules={ws.course.modules}
        lang={ws.course.language}
        guard={ws.guard}
        onSaved={props.onSaved}
        onClose={ws.closeLesson}
      />
    </Show>
  );
}

function LessonPane(props: {
  ws: Workspace;
  lessonId?: string;
  add?: { kind: LessonKind; moduleId: string };
}): JSX.Element {
  const ws = props.ws;
  // A lesson just created: its editor opens with it, without asking the server again.
  const [created, setCreated] = createSignal<Lesson>();
  const addKey = () => (!props.lessonId && props.add ? `${props.add.kind} ${props.add.moduleId}` : undefined);

  function onSaved(lesson: Lesson, isNew: boolean) {
    if (isNew) {
      setCreated(lesson);
      ws.openLesson(lesson.lessonId);
    }
    void ws.refresh().catch(() => {});
  }

  return (
    <div class="lesson-pane">
      <button type="button" class="back-link link-button" onClick={() => ws.closeLesson()}>
        <Icon name="back" />
        {t("edit.backToCourse")}
      </button>
      <Show when={props.lessonId} keyed>
        {(lessonId) => <ExistingLesson ws={ws} lessonId={lessonId} created={created()} onSaved={onSaved} />}
      </Show>
      <Show when={addKey()} keyed>
        {(key) => {
          const [kind, moduleId] = key.split(" ") as [LessonKind, string];
          return <NewLesson ws={ws} kind={kind} moduleId={moduleId} onSaved={onSaved} />;
        }}
      </Show>
    </div>
  );
}

function EditorView(props: { course: Editable; apply: (next: Editable) => void }): JSX.Element {
  const [search, setSearch] = useSearchParams<{ lesson?: string; add?: string; module?: string }>();
  const guard = createUnsavedGuard();
  const course = props.course;
  const readOnly = () => course.state.draft === "in_review";
  const addRequest = () => {
    const kind = search.add as LessonKind | undefined;
    return kind && lessonKinds.includes(kind) && search.module && !readOnly()
      ? { kind, moduleId: search.module }
      : undefined;
  };
  const lessonOpen = () => Boolean(search.lesson || addRequest());

  const ws: Workspace = {
    course,
    readOnly,
    guard,
    apply: props.apply,
    refresh: async () => props.apply(await getEditable(course.id)),
    openLesson: (lessonId) => setSearch({ lesson: lessonId, add: undefined, module: undefined }),
    addLesson: (kind, moduleId) => setSearch({ add: kind, module: moduleId, lesson: undefined }),
    closeLesson: () => setSearch({ lesson: undefined, add: undefined, module: undefined }),
    openLessonId: () => search.lesson,
  };

  usePageTitle(() => t("edit.pageTitle", { title: course.title }));
  const reason = () => sentBackReason(course.state);

  return (
    <div class="editor-page">
      <A href="/trainer" class="back-link">
        <Icon name="back" />
        {t("nav.trainer")}
      </A>
      <header class="editor-header">
        <h1 lang={course.language}>{course.title}</h1>
        <div class="editor-header-meta">
          <CourseStatusBadge state={course.state} />
          <A
            href={`/trainer/courses/${encodeURIComponent(course.id)}/preview`}
            data-testid="course-preview-link"
          >
            {t("preview.open")}
          </A>
          <Show when={course.state.liveVersion !== null}>
            <A href={`/courses/${encodeURIComponent(course.id)}`}>{t("edit.viewLive")}</A>
            <A
              href={`/trainer/courses/${encodeURIComponent(course.id)}/learners`}
              data-testid="course-learners-link"
            >
              {t("edit.learners")}
            </A>
          </Show>
        </div>
      </header>
      <Show when={readOnly()}>
        <div class="notice notice-review" role="status" data-testid="review-notice">
          <p class="notice-title">{t("edit.inReviewTitle")}</p>
          <p>{t("edit.inReview")}</p>
        </div>
      </Show>
      <Show when={reason()}>
        {(text) => (
          <div class="sent-back" role="alert" data-testid="review-feedback">
            <p class="sent-back-title">{t("edit.sentBack")}</p>
            <p class="preserve-lines">{text()}</p>
            <p class="sent-back-hint">{t("edit.sentBackHint")}</p>
          </div>
        )}
      </Show>
      <Show when={!readOnly() && course.state.status === "published"}>
        <p class="notice">{course.state.draft ? t("edit.liveDraftNote") : t("edit.liveNote")}</p>
      </Show>
      <div class="editor-layout" classList={{ "lesson-open": lessonOpen() }}>
        <div class="editor-main">
          <Show
            when={lessonOpen()}
            fallback={
              <>
                <CourseFieldsForm ws={ws} />
                <CoverSection ws={ws} />
              </>
            }
          >
            <LessonPane ws={ws} lessonId={search.lesson} add={addRequest()} />
          </Show>
        </div>
        <div class="editor-side">
          <Outline ws={ws} />
          <Show when={!readOnly()}>
            <PackageImport courseId={course.id} onImported={props.apply} />
          </Show>
          <SubmitPanel ws={ws} />
          <DeleteCourse ws={ws} />
        </div>
      </div>
      <UnsavedPrompt guard={guard} />
    </div>
  );
}

function Editor(props: { courseId: string }): JSX.Element {
  const [loaded, { refetch }] = createResource(() => props.courseId, getEditable);
  const [store, setStore] = createStore<{ course: Editable | null }>({ course: null });
  // One store for the course, reconciled by id: a module or lesson keeps its row (and the focus in
  // it) when the server's answer after a move or an edit replaces the whole course.
  const apply = (next: Editable) => setStore("course", reconcile(next, { key: "id" }));
  createEffect(() => {
    if (loaded.state === "ready") apply(loaded());
  });
  const denied = () =>
    loaded.state === "errored" && loaded.error instanceof ApiError && loaded.error.status === 403;
  usePageTitle(() => (loaded.state === "errored" ? t("error.title") : t("app.loading")));

  return (
    <Switch fallback={<LoadingState label={t("app.loading")} />}>
      <Match when={loaded.state === "errored" && (isNotFound(loaded.error) || denied())}>
        <div class="page-intro">
          <h1>{t("course.notFoundTitle")}</h1>
          <p class="lead">{denied() ? t("edit.notYours") : t("edit.notFound")}</p>
          <A href="/trainer" class="button">
            {t("nav.trainer")}
          </A>
        </div>
      </Match>
      <Match when={loaded.state === "errored"}>
        <h1>{t("error.title")}</h1>
        <ErrorState error={loaded.error} onRetry={() => void refetch()} title={false} />
      </Match>
      <Match when={store.course?.id === props.courseId && store.course}>
        {(course) => <EditorView course={course()} apply={apply} />}
      </Match>
    </Switch>
  );
}

export default function CourseEditorPage(): JSX.Element {
  const params = useParams<{ courseId: string }>();
  return <TrainerOnly>{() => <Editor courseId={params.courseId} />}</TrainerOnly>;
}
