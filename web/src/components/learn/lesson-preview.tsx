import { createSignal, type JSX, Show } from "solid-js";
import { preloadCourse } from "../../data/courses";
import { peekPreloadedLesson } from "../../data/lesson-preload";
import { formatDuration, lessonKindLabel, t } from "../../i18n";
import { SkeletonLines } from "../status";
import { LessonHtml } from "./lesson-html";

interface Shown {
  title: string;
  html: string;
  kicker: string;
}

/**
 * A reading lesson's title and text while the player's code downloads (on slow 3G, the last second
 * or more): drawn from the lesson the route has already asked for, in the player's own layout with
 * room kept for its back link and outline, and replaced by the player when it arrives
 * (docs/decisions/0016). Any other lesson, or one the server refused, shows `fallback`: the player
 * says why.
 */
export function LessonPreview(props: {
  courseId: string;
  lessonId: string;
  fallback: JSX.Element;
}): JSX.Element {
  const [lesson, setLesson] = createSignal<Shown>();
  const [course, setCourse] = createSignal<{ language: string; moduleIndex: number }>();
  peekPreloadedLesson(props.courseId, props.lessonId)?.then(
    (shown) => {
      if (shown.content.kind !== "text" || !shown.html) return;
      const kicker = `${lessonKindLabel(shown.kind)} · ${formatDuration(shown.durationMinutes)}`;
      setLesson({ title: shown.title, html: shown.html, kicker });
    },
    () => {},
  );
  preloadCourse(props.courseId).then(
    (detail) =>
      setCourse({
        language: detail.language,
        moduleIndex: detail.modules.findIndex((m) => m.lessons.some((l) => l.id === props.lessonId)),
      }),
    () => {},
  );
  const moduleNumber = () => (course()?.moduleIndex ?? -1) + 1;
  return (
    <Show when={lesson()} fallback={props.fallback}>
      {(shown) => (
        <div class="learn-player">
          <span class="back-link" aria-hidden="true">
            {"\u00a0"}
          </span>
          <div class="learn-player-grid">
            <aside class="learn-player-side" aria-hidden="true">
              <div class="learn-outline">
                <div class="learn-outline-summary learn-preview-summary">
                  <SkeletonLines lines={1} class="learn-preview-line" />
                </div>
              </div>
            </aside>
            <article class="learn-lesson" aria-labelledby="lesson-title" aria-busy="true">
              <header class="learn-lesson-header">
                <p class="learn-lesson-kicker">
                  <Show when={moduleNumber() > 0}>
                    <span>{t("course.moduleNumber", { number: moduleNumber() })} ·</span>
                  </Show>
                  <span>{shown().kicker}</span>
                </p>
                <h1 id="lesson-title" lang={course()?.language}>
                  {shown().title}
                </h1>
              </header>
              <div class="learn-lesson-body" data-testid="lesson-body">
                <LessonHtml html={shown().html} lang={course()?.language ?? ""} class="learn-prose" />
              </div>
            </article>
          </div>
        </div>
      )}
    </Show>
  );
}
