import { A } from "@solidjs/router";
import { createEffect, For, type JSX, on, Show } from "solid-js";
import type { CourseDetail } from "../../data/courses";
import { lessonHref, lessonsInOrder } from "../../data/learning";
import { lessonKindLabel } from "../../i18n";
import { t } from "../../i18n/player";
import { LearnIcon } from "./learn-icon";

const wide = "(min-width: 64rem)";
const isWide = () => typeof matchMedia === "function" && matchMedia(wide).matches;

/**
 * Every module and lesson of the course, with ticks for what is done: open beside the lesson on a
 * wide screen, folded above it on a phone (and folded again after choosing a lesson there).
 */
export function LessonOutline(props: {
  course: CourseDetail;
  currentId: string;
  isDone: (lessonId: string) => boolean;
}): JSX.Element {
  let details: HTMLDetailsElement | undefined;
  const lessons = () => lessonsInOrder(props.course);
  const doneCount = () => lessons().filter((lesson) => props.isDone(lesson.id)).length;

  createEffect(
    on(
      () => props.currentId,
      () => {
        if (details && !isWide()) details.open = false;
      },
      { defer: true },
    ),
  );

  return (
    <details class="learn-outline" open={isWide()} ref={details} data-testid="lesson-outline">
      <summary class="learn-outline-summary">
        <LearnIcon name="list" />
        <span class="learn-outline-heading">{t("player.outline")}</span>
        <span class="learn-outline-count">
          {t("player.outlineCount", { done: doneCount(), total: lessons().length })}
        </span>
      </summary>
      <ol class="learn-outline-modules">
        <For each={props.course.modules}>
          {(module, index) => (
            <li>
              <p class="learn-outline-module">
                <span class="module-number">{t("course.moduleNumber", { number: index() + 1 })}</span>
                <span lang={props.course.language}>{module.title}</span>
              </p>
              <ol class="learn-outline-lessons">
                <For each={module.lessons}>
                  {(lesson) => (
                    <li>
                      <A
                        href={lessonHref(props.course.id, lesson.id)}
                        class="learn-outline-link"
                        classList={{ "learn-outline-current": lesson.id === props.currentId }}
                        aria-current={lesson.id === props.currentId ? "page" : undefined}
                        data-testid="outline-lesson"
                      >
                        <span
                          class="learn-tick"
                          classList={{ "learn-tick-done": props.isDone(lesson.id) }}
                          aria-hidden="true"
                        >
                          <Show when={props.isDone(lesson.id)}>
                            <LearnIcon name="check" />
                          </Show>
                        </span>
                        <span class="learn-outline-title">
                          <span lang={props.course.language}>{lesson.title}</span>
                          <span class="learn-outline-meta">
                            {lessonKindLabel(lesson.kind)}
                            <Show when={props.isDone(lesson.id)}> · {t("learn.done")}</Show>
                          </span>
                        </span>
                      </A>
                    </li>
                  )}
                </For>
              </ol>
            </li>
          )}
        </For>
      </ol>
    </details>
  );
}
