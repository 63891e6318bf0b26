import { textLimits } from "@berdaya/core/text-limits";
import { createSignal, For, type JSX, Show, untrack } from "solid-js";
import { deleteModule, type EditableModule, updateModule } from "../../data/authoring";
import { lessonKindLabel } from "../../i18n";
import { problem, t } from "../../i18n/authoring";
import { createSubmitter, Field, FormError, inputValue, SubmitButton } from "../form";
import { Icon } from "../icon";
import { lessonIcons } from "../lesson-icons";
import { MoveButtons } from "../move-buttons";
import { ConfirmDelete } from "./confirm-delete";
import { LessonRow } from "./lesson-row";
import { lessonKinds, type Workspace } from "./workspace";

/** One module of the outline: its title and summary (saved as the trainer moves on), its lessons, and adding one. */
export function ModuleSection(props: { ws: Workspace; module: EditableModule; index: number }): JSX.Element {
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
              maxLength={textLimits.title}
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
              maxLength={textLimits.summary}
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
