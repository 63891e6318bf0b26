import { A } from "@solidjs/router";
import { type JSX, lazy, Match, Show, Switch } from "solid-js";
import { courseHref, type Lesson } from "../../data/learning";
import { formatDuration, lessonKindLabel } from "../../i18n";
import { t } from "../../i18n/player";
import { FormError } from "../form";
import { type createEnrollAction, EnrollButton } from "./enrollment";

type EnrollAction = ReturnType<typeof createEnrollAction>;

import { ofKind } from "../of-kind";
import { LessonHtml } from "./lesson-html";
import { DocumentLinks, VideoLesson } from "./media";

// Most lessons are reading: a quiz's or a worksheet's code comes only with such a lesson.
const QuizLesson = lazy(() => import("./quiz").then((m) => ({ default: m.QuizLesson })));
const WorksheetLesson = lazy(() => import("./worksheet").then((m) => ({ default: m.WorksheetLesson })));

/** A lesson's content in the player, by kind: reading, a video, a PDF, a quiz or a worksheet. */
export function LessonContentView(props: {
  courseId: string;
  lesson: Lesson;
  memberId: string;
  lang: string;
  /** A video played to its end. */
  onVideoEnded: () => void;
  /** A quiz passed or a worksheet accepted: the lesson is done. */
  onDone: () => void;
  onRetry: () => void;
}): JSX.Element {
  return (
    <Switch>
      <Match when={props.lesson.content.kind === "text"}>
        <LessonHtml html={props.lesson.html} lang={props.lang} class="learn-prose" />
      </Match>
      <Match when={ofKind(props.lesson.content, "video")}>
        {(content) => (
          <>
            <VideoLesson
              content={content()}
              title={props.lesson.title}
              onEnded={() => props.onVideoEnded()}
            />
            <LessonHtml html={props.lesson.html} lang={props.lang} class="learn-prose" />
          </>
        )}
      </Match>
      <Match when={ofKind(props.lesson.content, "document")}>
        {(content) => (
          <>
            <DocumentLinks content={content()} title={props.lesson.title} />
            <LessonHtml html={props.lesson.html} lang={props.lang} class="learn-prose" />
          </>
        )}
      </Match>
      <Match when={ofKind(props.lesson.content, "quiz")}>
        {(content) => (
          <QuizLesson
            courseId={props.courseId}
            lessonId={props.lesson.id}
            content={content()}
            lang={props.lang}
            onPassed={() => props.onDone()}
            onRetry={() => props.onRetry()}
          />
        )}
      </Match>
      <Match when={ofKind(props.lesson.content, "worksheet")}>
        {(content) => (
          <WorksheetLesson
            courseId={props.courseId}
            lessonId={props.lesson.id}
            memberId={props.memberId}
            content={content()}
            html={props.lesson.html ?? ""}
            submissions={props.lesson.submissions ?? []}
            lang={props.lang}
            onSubmitted={(submission) => {
              if (submission.status === "accepted") props.onDone();
            }}
          />
        )}
      </Match>
    </Switch>
  );
}

/** The lesson's module, kind, length and whether it is optional, over its title. */
export function LessonHeader(props: {
  lesson: Lesson;
  moduleIndex: number | undefined;
  lang: string;
}): JSX.Element {
  return (
    <header class="learn-lesson-header">
      <p class="learn-lesson-kicker">
        <Show when={props.moduleIndex !== undefined}>
          <span>{t("course.moduleNumber", { number: (props.moduleIndex ?? 0) + 1 })} ·</span>
        </Show>
        <span>
          {lessonKindLabel(props.lesson.kind)} · {formatDuration(props.lesson.durationMinutes)}
        </span>
        <Show when={!props.lesson.required}>
          <span class="learn-optional">{t("player.optional")}</span>
        </Show>
      </p>
      <h1 id="lesson-title" data-testid="lesson-title" lang={props.lang}>
        {props.lesson.title}
      </h1>
    </header>
  );
}

/** A lesson of a course the member has not joined: its title, and joining it here. */
export function NotEnrolled(props: { title: string | undefined; action: EnrollAction }): JSX.Element {
  return (
    <>
      <div class="page-intro">
        <h1 id="lesson-title">{props.title ?? t("player.lesson")}</h1>
      </div>
      <div class="learn-callout learn-callout-info" data-testid="not-enrolled">
        <p class="learn-callout-title">{t("player.notEnrolledTitle")}</p>
        <p>{t("player.notEnrolled")}</p>
        <EnrollButton action={props.action} />
        <FormError error={props.action.error()} />
      </div>
    </>
  );
}

export function LessonNotFound(props: { courseId: string }): JSX.Element {
  return (
    <div class="page-intro">
      <h1 id="lesson-title">{t("player.notFoundTitle")}</h1>
      <p class="lead">{t("player.notFound")}</p>
      <A href={courseHref(props.courseId)} class="button">
        {t("player.backToCourse")}
      </A>
    </div>
  );
}
