import { createSignal, For, type JSX, Match, onMount, Show, Switch, untrack } from "solid-js";
import { createStore, produce } from "solid-js/store";
import {
  addLesson,
  type Lesson,
  type LessonContent,
  type LessonInput,
  updateLesson,
  type WorksheetContent,
  youtubeId,
} from "../data/authoring";
import type { LessonKind } from "../data/courses";
import { fileUrl } from "../data/uploads";
import { lessonKindLabel } from "../i18n";
import { problem, t } from "../i18n/authoring";
import { createSubmitter, Field, FormError, FormSuccess, inputValue } from "./form";
import { ofKind } from "./lesson-view";
import { MarkdownEditor } from "./markdown-editor";
import { QuizBuilder, quizContentOf, quizDraftOf, wholeNumber } from "./quiz-builder";
import type { UnsavedGuard } from "./unsaved";
import { UploadField } from "./upload";

interface WorksheetDraft {
  prompt: string;
  fields: { name: string; label: string; help: string }[];
  mustBeAccepted: boolean;
  allowUpload: boolean;
}

function worksheetDraftOf(content?: WorksheetContent): WorksheetDraft {
  return {
    prompt: content?.prompt ?? "",
    fields: content?.fields.map((f) => ({ name: f.name, label: f.label, help: f.help ?? "" })) ?? [
      { name: "", label: "", help: "" },
    ],
    mustBeAccepted: content?.mustBeAccepted !== false,
    allowUpload: content?.allowUpload !== false,
  };
}

/** "Siapa pelanggan utama Anda?" → "siapaPelangganUtama": a field name the schema accepts. */
export function fieldNameOf(label: string): string {
  const words = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const name = words
    .map((word, index) =>
      index === 0 ? word.toLowerCase() : word[0]?.toUpperCase() + word.slice(1).toLowerCase(),
    )
    .join("")
    .slice(0, 40);
  return /^[a-zA-Z]/.test(name) ? name : `isian${name}`.slice(0, 40);
}

function CurrentFile(props: { uploadId: string; label: string }): JSX.Element {
  return (
    <Show when={props.uploadId}>
      <p class="current-file">
        {props.label}{" "}
        <a href={fileUrl(props.uploadId)} target="_blank" rel="noopener">
          {t("les.openFile")}
        </a>
      </p>
    </Show>
  );
}

/**
 * The form for one lesson: title, duration, whether it is required, which module it sits in, and its
 * content by kind. Creates the lesson on its first save; later saves update it (and move it, when
 * another module is chosen). Unsaved changes are reported to `guard`.
 */
export function LessonEditor(props: {
  courseId: string;
  /** The lesson being edited; none for a new one. */
  lesson?: Lesson;
  kind: LessonKind;
  moduleId: string;
  modules: readonly { id: string; title: string }[];
  lang: string;
  guard: UnsavedGuard;
  /** Opened right after its first save: says it was saved. */
  justCreated?: boolean;
  onSaved: (lesson: Lesson, created: boolean) => void;
  onClose: () => void;
}): JSX.Element {
  const start = untrack(() => props.lesson);
  const kind = untrack(() => props.kind);
  const content = start?.content;
  const body = (c?: LessonContent) => (c && "body" in c ? (c.body ?? "") : "");

  const [settings, setSettings] = createStore({
    title: start?.title ?? "",
    duration: String(start?.durationMinutes ?? 10),
    required: start?.required ?? true,
    moduleId: untrack(() => props.moduleId),
  });
  const [text, setText] = createSignal(body(content));
  const video0 = content && ofKind(content, "video");
  const [video, setVideo] = createStore({
    source: video0 ? video0.source.type : ("upload" as "upload" | "youtube"),
    uploadId: video0 && video0.source.type === "upload" ? video0.source.uploadId : "",
    youtube: video0 && video0.source.type === "youtube" ? video0.source.videoId : "",
    mustWatch: video0 ? video0.mustWatch === true : false,
  });
  const doc0 = content && ofKind(content, "document");
  const [documentId, setDocumentId] = createSignal(doc0 ? doc0.uploadId : "");
  const quiz0 = content && ofKind(content, "quiz");
  const [quiz, setQuiz] = createStore(quizDraftOf(quiz0 || undefined));
  const sheet0 = content && ofKind(content, "worksheet");
  const [sheet, setSheet] = createStore(worksheetDraftOf(sheet0 || undefined));

  const snapshot = () => {
    const part =
      kind === "text"
        ? text()
        : kind === "video"
          ? [video, text()]
          : kind === "document"
            ? [documentId(), text()]
            : kind === "quiz"
              ? quiz
              : sheet;
    return JSON.stringify([settings, part]);
  };
  const [baseline, setBaseline] = createSignal(untrack(snapshot));
  const dirty = () => snapshot() !== baseline();
  props.guard.track(dirty);

  const [persisted, setPersisted] = createSignal(start);
  const [saved, setSaved] = createSignal(untrack(() => props.justCreated ?? false));
  const submitter = createSubmitter();
  const id = (part: string) => `lesson-${part}`;
  let saveButton: HTMLButtonElement | undefined;
  let titleInput: HTMLInputElement | undefined;

  // Where the trainer goes on: the title of a new lesson, or the save button they just pressed.
  onMount(() => {
    if (props.justCreated) saveButton?.focus({ preventScroll: true });
    else if (!start) titleInput?.focus();
  });

  function contentOf(): LessonContent {
    switch (kind) {
      case "text":
        return { kind: "text", body: text() };
      case "video": {
        if (video.source === "upload") {
          if (!video.uploadId) throw problem("les.needVideo");
          return {
            kind: "video",
            source: { type: "upload", uploadId: video.uploadId },
            body: text(),
            ...(video.mustWatch ? { mustWatch: true } : {}),
          };
        }
        const videoId = youtubeId(video.youtube);
        if (!videoId) throw problem("les.badYoutube");
        return {
          kind: "video",
          source: { type: "youtube", videoId },
          body: text(),
          ...(video.mustWatch ? { mustWatch: true } : {}),
        };
      }
      case "document":
        if (!documentId()) throw problem("les.needPdf");
        return { kind: "document", uploadId: documentId(), body: text() };
      case "quiz":
        return quizContentOf(quiz);
      case "worksheet":
        return {
          kind: "worksheet",
          prompt: sheet.prompt,
          fields: sheet.fields.map((f) => ({
            name: f.name.trim(),
            label: f.label.trim(),
            ...(f.help.trim() ? { help: f.help.trim() } : {}),
          })),
          mustBeAccepted: sheet.mustBeAccepted,
          allowUpload: sheet.allowUpload,
        };
    }
  }

  function inputOf(): LessonInput {
    if (!settings.title.trim()) throw problem("les.needTitle");
    return {
      title: settings.title.trim(),
      durationMinutes: wholeNumber(settings.duration, 0, 600, t("les.duration")),
      required: settings.required,
      content: contentOf(),
    };
  }

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setSaved(false);
    const ok = await submitter.run(async () => {
      const input = inputOf();
      const current = persisted();
      const result = current
        ? await updateLesson(props.courseId, current.moduleId, current.lessonId, {
            ...input,
            ...(settings.moduleId !== current.moduleId ? { moduleId: settings.moduleId } : {}),
          })
        : await addLesson(props.courseId, settings.moduleId, input);
      setPersisted(result);
      setBaseline(snapshot());
      props.onSaved(result, !current);
    });
    setSaved(ok);
  }

  return (
    <form class="panel form lesson-editor" data-testid="lesson-editor" novalidate onSubmit={save}>
      <h2 class="editor-heading">
        {persisted() ? t("les.editTitle") : t("les.newTitle")}
        <span class="kind-tag">{lessonKindLabel(kind)}</span>
      </h2>
      <Field for={id("title")} label={t("les.title")}>
        <input
          id={id("title")}
          type="text"
          maxLength={200}
          required
          lang={props.lang}
          ref={titleInput}
          value={settings.title}
          onInput={(event) => setSettings("title", inputValue(event))}
        />
      </Field>
      <div class="field-grid">
        <Field for={id("duration")} label={t("les.duration")}>
          <input
            id={id("duration")}
            class="input-number"
            type="number"
            inputmode="numeric"
            min="0"
            max="600"
            value={settings.duration}
            onInput={(event) => setSettings("duration", inputValue(event))}
          />
        </Field>
        <Show when={props.modules.length > 1}>
          <Field for={id("module")} label={t("les.module")}>
            <select
              id={id("module")}
              value={settings.moduleId}
              onChange={(event) => setSettings("moduleId", inputValue(event))}
            >
              <For each={props.modules}>
                {(module, index) => (
                  <option value={module.id} selected={module.id === settings.moduleId}>
                    {t("course.moduleNumber", { number: index() + 1 })}: {module.title}
                  </option>
                )}
              </For>
            </select>
          </Field>
        </Show>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.required}
          onChange={(event) => setSettings("required", event.currentTarget.checked)}
        />
        {t("les.requiredLabel")}
      </label>

      <Switch>
        <Match when={kind === "text"}>
          <MarkdownEditor
            id={id("body")}
            label={t("les.body")}
            value={text()}
            onInput={setText}
            rows={14}
            maxLength={100_000}
            lang={props.lang}
            images
          />
        </Match>
        <Match when={kind === "video"}>
          <fieldset class="form-group">
            <legend>{t("les.videoSource")}</legend>
            <div class="choice-row">
              <label class="check">
                <input
                  type="radio"
                  name={id("video-source")}
                  checked={video.source === "upload"}
                  onChange={() => setVideo("source", "upload")}
                />
                {t("les.videoUpload")}
              </label>
              <label class="check">
                <input
                  type="radio"
                  name={id("video-source")}
                  checked={video.source === "youtube"}
                  onChange={() => setVideo("source", "youtube")}
                />
                {t("les.videoYoutube")}
              </label>
            </div>
            <label class="check">
              <input
                type="checkbox"
                data-testid="video-must-watch"
                checked={video.mustWatch}
                onChange={(event) => setVideo("mustWatch", event.currentTarget.checked)}
              />
              {t("les.mustWatch")}
            </label>
          </fieldset>
          <Show
            when={video.source === "upload"}
            fallback={
              <Field for={id("youtube")} label={t("les.youtube")} hint={t("les.youtubeHint")}>
                <input
                  id={id("youtube")}
                  type="url"
                  inputmode="url"
                  autocapitalize="none"
                  spellcheck={false}
                  aria-describedby={`${id("youtube")}-hint ${id("youtube")}-parsed`}
                  value={video.youtube}
                  onInput={(event) => setVideo("youtube", inputValue(event))}
                />
                <p class="field-note" id={`${id("youtube")}-parsed`} aria-live="polite">
                  <Show when={video.youtube.trim()}>
                    {youtubeId(video.youtube)
                      ? t("les.youtubeId", { id: youtubeId(video.youtube) ?? "" })
                      : t("les.badYoutube")}
                  </Show>
                </p>
              </Field>
            }
          >
            <UploadField
              id={id("video")}
              kind="video"
              label={video.uploadId ? t("les.replaceVideo") : t("les.videoFile")}
              onDone={(file) => setVideo("uploadId", file.uploadId)}
            >
              <CurrentFile uploadId={video.uploadId} label={t("les.currentVideo")} />
            </UploadField>
          </Show>
          <MarkdownEditor
            id={id("body")}
            label={t("les.caption")}
            optional
            value={text()}
            onInput={setText}
            rows={5}
            maxLength={20_000}
            lang={props.lang}
          />
        </Match>
        <Match when={kind === "document"}>
          <UploadField
            id={id("document")}
            kind="document"
            label={documentId() ? t("les.replacePdf") : t("les.pdfFile")}
            onDone={(file) => void setDocumentId(file.uploadId)}
          >
            <CurrentFile uploadId={documentId()} label={t("les.currentPdf")} />
          </UploadField>
          <MarkdownEditor
            id={id("body")}
            label={t("les.intro")}
            optional
            value={text()}
            onInput={setText}
            rows={5}
            maxLength={20_000}
            lang={props.lang}
          />
        </Match>
        <Match when={kind === "quiz"}>
          <QuizBuilder idPrefix={id("quiz")} quiz={quiz} setQuiz={setQuiz} />
        </Match>
        <Match when={kind === "worksheet"}>
          <MarkdownEditor
            id={id("prompt")}
            label={t("ws.prompt")}
            value={sheet.prompt}
            onInput={(value) => setSheet("prompt", value)}
            rows={8}
            maxLength={20_000}
            lang={props.lang}
            images
          />
          <h3 class="view-subhead">{t("ws.fields")}</h3>
          <ol class="questions">
            <For each={sheet.fields}>
              {(field, index) => {
                const fid = (part: string) => id(`field-${index()}-${part}`);
                return (
                  <li class="question-item">
                    <fieldset class="question" data-testid="worksheet-field">
                      <legend class="question-legend">{t("ws.field", { number: index() + 1 })}</legend>
                      <div class="row-tools">
                        <button
                          type="button"
                          class="icon-button"
                          aria-label={t("ws.moveUp", { number: index() + 1 })}
                          disabled={index() === 0}
                          onClick={() =>
                            setSheet(
                              "fields",
                              produce((fields) => {
                                const [item] = fields.splice(index(), 1);
                                if (item) fields.splice(index() - 1, 0, item);
                              }),
                            )
                          }
                        >
                          <span aria-hidden="true">↑</span>
                        </button>
                        <button
                          type="button"
                          class="button button-danger-outline button-small"
                          disabled={sheet.fields.length <= 1}
                          onClick={() => setSheet("fields", (fields) => fields.filter((f) => f !== field))}
                        >
                          {t("ws.remove")}
                        </button>
                      </div>
                      <Field for={fid("label")} label={t("ws.label")}>
                        <input
                          id={fid("label")}
                          type="text"
                          maxLength={200}
                          lang={props.lang}
                          value={field.label}
                          onInput={(event) => setSheet("fields", index(), "label", inputValue(event))}
                          onChange={() => {
                            if (!field.name.trim() && field.label.trim())
                              setSheet("fields", index(), "name", fieldNameOf(field.label));
                          }}
                        />
                      </Field>
                      <Field for={fid("name")} label={t("ws.name")} hint={t("ws.nameHint")}>
                        <input
                          id={fid("name")}
                          type="text"
                          maxLength={40}
                          autocapitalize="none"
                          spellcheck={false}
                          pattern="[a-zA-Z][a-zA-Z0-9]*"
                          aria-describedby={`${fid("name")}-hint`}
                          value={field.name}
                          onInput={(event) => setSheet("fields", index(), "name", inputValue(event))}
                        />
                      </Field>
                      <Field for={fid("help")} label={t("ws.help")} optional>
                        <input
                          id={fid("help")}
                          type="text"
                          maxLength={500}
                          lang={props.lang}
                          value={field.help}
                          onInput={(event) => setSheet("fields", index(), "help", inputValue(event))}
                        />
                      </Field>
                    </fieldset>
                  </li>
                );
              }}
            </For>
          </ol>
          <Show when={sheet.fields.length < 30}>
            <button
              type="button"
              class="button button-secondary button-small add-field"
              data-testid="worksheet-add-field"
              onClick={() => setSheet("fields", (fields) => [...fields, { name: "", label: "", help: "" }])}
            >
              {t("ws.add")}
            </button>
          </Show>
          <label class="check">
            <input
              type="checkbox"
              checked={sheet.mustBeAccepted}
              onChange={(event) => setSheet("mustBeAccepted", event.currentTarget.checked)}
            />
            {t("ws.mustBeAccepted")}
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={sheet.allowUpload}
              onChange={(event) => setSheet("allowUpload", event.currentTarget.checked)}
            />
            {t("ws.allowUpload")}
          </label>
        </Match>
      </Switch>

      <div class="save-bar">
        <FormError error={submitter.error()} />
        <Show when={saved() && !dirty()}>
          <FormSuccess>{t("les.saved")}</FormSuccess>
        </Show>
        <Show when={dirty()}>
          <p class="unsaved-note">{t("unsaved.note")}</p>
        </Show>
        <div class="save-buttons">
          <button
            type="submit"
            class="button"
            data-testid="lesson-save"
            disabled={submitter.pending()}
            ref={saveButton}
          >
            <Show when={submitter.pending()}>
              <span class="spinner spinner-small" aria-hidden="true" />
            </Show>
            {submitter.pending() ? t("form.sending") : t("les.save")}
          </button>
          <button type="button" class="button button-secondary" onClick={() => props.onClose()}>
            {t("les.close")}
          </button>
        </div>
      </div>
    </form>
  );
}
