import { textLimits } from "@berdaya/core/text-limits";
import { createResource, createSignal, For, type JSX, Show, untrack } from "solid-js";
import { createStore } from "solid-js/store";
import { getReference } from "../../data/account";
import { type CourseFields, type Editable, updateCourse } from "../../data/authoring";
import { categoryLabel, languageLabel, levelLabel } from "../../i18n";
import { problem, t } from "../../i18n/authoring";
import { createSubmitter, Field, FormError, FormSuccess, inputValue, SubmitButton } from "../form";
import { MarkdownEditor } from "../markdown-editor";
import type { Workspace } from "./workspace";

/** The course's own fields: title, summary, category, level, language, description, certificates. */
export function CourseFieldsForm(props: { ws: Workspace }): JSX.Element {
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
            maxLength={textLimits.title}
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
            maxLength={textLimits.summary}
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
          maxLength={textLimits.markdown}
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
