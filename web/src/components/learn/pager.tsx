import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { courseHref, type LessonRef, lessonHref } from "../../data/learning";
import { t } from "../../i18n/player";
import { LearnIcon } from "./learn-icon";

function PagerLink(props: {
  href: string;
  direction: "prev" | "next";
  label: string;
  title: string;
  lang: string;
  primary?: boolean;
  testId?: string;
}): JSX.Element {
  return (
    <A
      href={props.href}
      class={props.direction === "next" ? "learn-pager-link learn-pager-next" : "learn-pager-link"}
      classList={{ "learn-pager-primary": props.primary === true }}
      data-testid={props.testId}
    >
      <span class="learn-pager-dir">
        <Show when={props.direction === "prev"}>
          <LearnIcon name="prev" />
        </Show>
        {props.label}
        <Show when={props.direction === "next"}>
          <LearnIcon name="next" />
        </Show>
      </span>
      <span class="learn-pager-title" lang={props.lang}>
        {props.title}
      </span>
    </A>
  );
}

/** The previous and next lessons, or back to the course after the last one. */
export function LessonPager(props: {
  courseId: string;
  previous: LessonRef | undefined;
  next: LessonRef | undefined;
  /** The course's title once known: the way back after its last lesson. */
  courseTitle: string | undefined;
  lang: string;
  /** The lesson is done: going on is what the learner wants next. */
  nextPrimary: boolean;
}): JSX.Element {
  return (
    <nav class="learn-pager" aria-label={t("player.pagerLabel")}>
      <Show when={props.previous}>
        {(item) => (
          <PagerLink
            href={lessonHref(props.courseId, item().id)}
            direction="prev"
            label={t("player.previous")}
            title={item().title}
            lang={props.lang}
            testId="prev-lesson"
          />
        )}
      </Show>
      <Show
        when={props.next}
        fallback={
          <Show when={props.courseTitle !== undefined}>
            <PagerLink
              href={courseHref(props.courseId)}
              direction="next"
              label={t("player.toCourse")}
              title={props.courseTitle ?? ""}
              lang={props.lang}
            />
          </Show>
        }
      >
        {(item) => (
          <PagerLink
            href={lessonHref(props.courseId, item().id)}
            direction="next"
            label={t("player.next")}
            title={item().title}
            lang={props.lang}
            primary={props.nextPrimary}
            testId="next-lesson"
          />
        )}
      </Show>
    </nav>
  );
}
