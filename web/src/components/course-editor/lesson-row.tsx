import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { deleteLesson, type EditableLesson, type EditableModule, updateLesson } from "../../data/authoring";
import { t } from "../../i18n/authoring";
import { DraftLessonSummary } from "../draft-lesson-summary";
import { MoveButtons } from "../move-buttons";
import { ConfirmDelete } from "./confirm-delete";
import { editorPath, type Workspace } from "./workspace";

/** One lesson in the editor's outline: opens it, moves it within its module, deletes it. */
export function LessonRow(props: {
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
        <DraftLessonSummary lesson={props.lesson} lang={ws.course.language} />
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
