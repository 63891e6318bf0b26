import { createSignal, type JSX, onMount, Show, untrack } from "solid-js";
import { createStore } from "solid-js/store";
import { addLesson, type Lesson, type LessonInput, updateLesson } from "../data/authoring";
import type { LessonKind } from "../data/courses";
import { lessonKindLabel } from "../i18n";
import { problem, t } from "../i18n/authoring";
import { createSubmitter, FormError, FormSuccess } from "./form";
import { documentPart } from "./lesson-editor/document";
import type { CreateKindPart } from "./lesson-editor/kind-part";
import { quizPart } from "./lesson-editor/quiz";
import { type LessonSettings, SettingsFields } from "./lesson-editor/settings-fields";
import { textPart } from "./lesson-editor/text";
import { videoPart } from "./lesson-editor/video";
import { worksheetPart } from "./lesson-editor/worksheet";
import { wholeNumber } from "./quiz-builder";
import type { UnsavedGuard } from "./unsaved";

const parts: Record<LessonKind, CreateKindPart> = {
  text: textPart,
  video: videoPart,
  document: documentPart,
  quiz: quizPart,
  worksheet: worksheetPart,
};

/**
 * The form for one lesson: title, duration, whether it is required, which module it sits in, and its
 * content by kind (each kind's part in lesson-editor/). Creates the lesson on its first save; later
 * saves update it (and move it, when another module is chosen). Unsaved changes are reported to `guard`.
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
  const id = (part: string) => `lesson-${part}`;
  const part = parts[kind](start?.content, { id, lang: () => props.lang });

  const [settings, setSettings] = createStore<LessonSettings>({
    title: start?.title ?? "",
    duration: String(start?.durationMinutes ?? 10),
    required: start?.required ?? true,
    moduleId: untrack(() => props.moduleId),
  });

  const snapshot = () => JSON.stringify([settings, part.snapshot()]);
  const [baseline, setBaseline] = createSignal(untrack(snapshot));
  const dirty = () => snapshot() !== baseline();
  props.guard.track(dirty);

  const [persisted, setPersisted] = createSignal(start);
  const [saved, setSaved] = createSignal(untrack(() => props.justCreated ?? false));
  const submitter = createSubmitter();
  let saveButton: HTMLButtonElement | undefined;
  let titleInput: HTMLInputElement | undefined;

  // Where the trainer goes on: the title of a new lesson, or the save button they just pressed.
  onMount(() => {
    if (props.justCreated) saveButton?.focus({ preventScroll: true });
    else if (!start) titleInput?.focus();
  });

  function inputOf(): LessonInput {
    if (!settings.title.trim()) throw problem("les.needTitle");
    return {
      title: settings.title.trim(),
      durationMinutes: wholeNumber(settings.duration, 0, 600, t("les.duration")),
      required: settings.required,
      content: part.content(),
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
      <SettingsFields
        settings={settings}
        setSettings={setSettings}
        modules={props.modules}
        lang={props.lang}
        id={id}
        titleRef={(input) => {
          titleInput = input;
        }}
      />
      <part.View />
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
