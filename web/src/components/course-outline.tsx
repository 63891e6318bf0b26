import { For, type JSX, Show } from "solid-js";
import { t } from "../i18n";

interface OutlineModule {
  id: string;
  title: string;
  summary?: string | null;
  lessons: readonly unknown[];
}

/**
 * A course's modules, each with its number, title, summary and lessons: the course page and the
 * draft review both show it; each says how its lessons are drawn.
 */
export function CourseOutline<M extends OutlineModule>(props: {
  modules: readonly M[];
  lang: string;
  /** The id of a module's heading, unique on the page. */
  headingId: (module: M, index: number) => string;
  /** Names each module's lesson list for assistive technology. */
  labelLessons?: boolean;
  lesson: (lesson: M["lessons"][number], module: M) => JSX.Element;
}): JSX.Element {
  return (
    <ol class="modules">
      <For each={props.modules}>
        {(module, index) => (
          <li>
            <section class="module" data-testid="module" aria-labelledby={props.headingId(module, index())}>
              <h3 id={props.headingId(module, index())} class="module-heading">
                <span class="module-number">{t("course.moduleNumber", { number: index() + 1 })}</span>
                <span class="visually-hidden">: </span>
                <span class="module-title" lang={props.lang}>
                  {module.title}
                </span>
              </h3>
              <Show when={module.summary}>
                <p class="module-summary" lang={props.lang}>
                  {module.summary}
                </p>
              </Show>
              <Show
                when={module.lessons.length > 0}
                fallback={<p class="module-empty">{t("course.noLessons")}</p>}
              >
                <ol
                  class="lessons"
                  aria-label={
                    props.labelLessons ? t("course.lessonsLabel", { module: module.title }) : undefined
                  }
                >
                  <For each={module.lessons}>{(lesson) => props.lesson(lesson, module)}</For>
                </ol>
              </Show>
            </section>
          </li>
        )}
      </For>
    </ol>
  );
}
