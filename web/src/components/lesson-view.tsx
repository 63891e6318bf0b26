import { type JSX, Match, Switch } from "solid-js";
import type { Lesson } from "../data/authoring";
import { formatDuration, lessonKindLabel } from "../i18n";
import { t } from "../i18n/authoring";
import { Body } from "./lesson-view/body";
import { DocumentView, VideoView } from "./lesson-view/media-view";
import { QuizView } from "./lesson-view/quiz-view";
import { WorksheetView } from "./lesson-view/worksheet-view";
import { ofKind } from "./of-kind";

/**
 * A lesson's content as learners will meet it. For reviewing, quiz answers are marked; `asLearner`
 * (a trainer's preview) shows it without them, as a learner sees it.
 */
export function LessonView(props: { lesson: Lesson; lang?: string; asLearner?: boolean }): JSX.Element {
  const content = () => props.lesson.content;
  return (
    <div class="lesson-view" data-testid="lesson-view">
      <p class="lesson-meta">
        {lessonKindLabel(props.lesson.kind)} · {formatDuration(props.lesson.durationMinutes)} ·{" "}
        {props.lesson.required ? t("les.required") : t("les.optional")}
      </p>
      <Switch>
        <Match when={ofKind(content(), "text")}>
          {(text) => <Body source={text().body} lang={props.lang} />}
        </Match>
        <Match when={ofKind(content(), "video")}>
          {(video) => <VideoView content={video()} lang={props.lang} />}
        </Match>
        <Match when={ofKind(content(), "document")}>
          {(doc) => <DocumentView content={doc()} lang={props.lang} />}
        </Match>
        <Match when={ofKind(content(), "quiz")}>
          {(quiz) => <QuizView content={quiz()} lang={props.lang} keys={!props.asLearner} />}
        </Match>
        <Match when={ofKind(content(), "worksheet")}>
          {(sheet) => <WorksheetView content={sheet()} lang={props.lang} keys={!props.asLearner} />}
        </Match>
      </Switch>
    </div>
  );
}
