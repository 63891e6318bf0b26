import { type JSX, Show } from "solid-js";
import type { EditableLesson } from "../data/authoring";
import { formatDuration, lessonKindLabel } from "../i18n";
import { t } from "../i18n/authoring";
import { Icon } from "./icon";
import { lessonIcons } from "./lesson-icons";

/** A draft lesson's icon, title, kind, length and whether it is optional: one row of an outline. */
export function DraftLessonSummary(props: { lesson: EditableLesson; lang: string }): JSX.Element {
  return (
    <>
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
    </>
  );
}
