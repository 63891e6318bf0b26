import { type JSX, Show } from "solid-js";
import type { Lesson } from "../../data/learning";
import { t } from "../../i18n/player";
import { pendingFor } from "../../offline/outbox";
import { QueuedNote } from "../../offline/queued-note";
import { FormError } from "../form";
import { LearnIcon } from "./learn-icon";

/**
 * Under a lesson: done, or the button that marks reading, a video or a PDF done (a video that must
 * be watched is done when it ends), or a note that the completion waits to be sent.
 */
export function CompleteLesson(props: {
  courseId: string;
  lesson: Lesson;
  done: boolean;
  pending: boolean;
  error: unknown;
  onComplete: () => void;
}): JSX.Element {
  return (
    <div class="learn-complete">
      <Show
        when={props.done}
        fallback={
          <Show
            when={
              (props.lesson.kind === "text" ||
                props.lesson.kind === "video" ||
                props.lesson.kind === "document") &&
              !pendingFor(props.courseId, props.lesson.id)
            }
            fallback={
              <Show when={pendingFor(props.courseId, props.lesson.id) === "complete"}>
                <QueuedNote kind="complete" />
              </Show>
            }
          >
            <Show
              when={!(props.lesson.content.kind === "video" && props.lesson.content.mustWatch)}
              fallback={
                <p class="field-hint" data-testid="watch-to-end">
                  {t("player.video.watchToEnd")}
                </p>
              }
            >
              <button
                type="button"
                class="button button-block"
                data-testid="mark-complete"
                disabled={props.pending}
                onClick={() => props.onComplete()}
              >
                <Show when={props.pending} fallback={<LearnIcon name="check" />}>
                  <span class="spinner spinner-small" aria-hidden="true" />
                </Show>
                {props.pending ? t("form.sending") : t("player.markComplete")}
              </button>
            </Show>
            <FormError error={props.error} />
          </Show>
        }
      >
        <p class="learn-done-note" data-testid="lesson-completed" role="status">
          <LearnIcon name="check" />
          {t("player.lessonDone")}
        </p>
      </Show>
    </div>
  );
}
