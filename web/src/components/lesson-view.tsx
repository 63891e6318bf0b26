import { For, type JSX, Match, Show, Switch } from "solid-js";
import type {
  DocumentContent,
  Lesson,
  Question,
  QuizContent,
  VideoContent,
  WorksheetContent,
} from "../data/authoring";
import { fileUrl } from "../data/uploads";
import { formatDuration, lessonKindLabel } from "../i18n";
import { t, tn } from "../i18n/authoring";
import { LazyMarkdown } from "./lazy-markdown";

/** The value when it is of `kind`, else false: for <Match when>, which then hands over the narrowed type. */
export function ofKind<T extends { kind: string }, K extends T["kind"]>(
  value: T,
  kind: K,
): Extract<T, { kind: K }> | false {
  return value.kind === kind ? (value as Extract<T, { kind: K }>) : false;
}

function Body(props: { source?: string; lang?: string }): JSX.Element {
  return (
    <Show when={props.source?.trim()}>
      {(source) => <LazyMarkdown source={source()} lang={props.lang} />}
    </Show>
  );
}

function VideoView(props: { content: VideoContent; lang?: string }): JSX.Element {
  return (
    <>
      <Switch>
        <Match when={props.content.source.type === "upload" && props.content.source}>
          {(source) => (
            // biome-ignore lint/a11y/useMediaCaption: trainers' uploads carry no caption track yet.
            <video class="lesson-video" controls preload="metadata" src={fileUrl(source().uploadId)} />
          )}
        </Match>
        <Match when={props.content.source.type === "youtube" && props.content.source}>
          {(source) => (
            <p>
              <a
                href={`https://www.youtube.com/watch?v=${source().videoId}`}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t("view.youtube", { id: source().videoId })}
              </a>
            </p>
          )}
        </Match>
      </Switch>
      <Body source={props.content.body} lang={props.lang} />
    </>
  );
}

function DocumentView(props: { content: DocumentContent; lang?: string }): JSX.Element {
  return (
    <>
      <p>
        <a href={fileUrl(props.content.uploadId)} target="_blank" rel="noopener">
          {t("view.openPdf")}
        </a>
      </p>
      <Body source={props.content.body} lang={props.lang} />
    </>
  );
}

function Answer(props: { correct: boolean; children: JSX.Element }): JSX.Element {
  return (
    <li class={props.correct ? "answer answer-correct" : "answer"} data-correct={props.correct}>
      <span class="answer-mark" aria-hidden="true">
        {props.correct ? "✓" : "○"}
      </span>
      <span>
        {props.children}
        <Show when={props.correct}>
          <span class="answer-tag"> · {t("view.correct")}</span>
        </Show>
      </span>
    </li>
  );
}

function QuestionView(props: {
  question: Question;
  number: number;
  lang?: string;
  keys: boolean;
}): JSX.Element {
  const q = () => props.question;
  return (
    <li class="question-view" data-testid="quiz-question">
      <p class="question-head">
        <strong>{t("quiz.number", { number: props.number })}</strong> · {t(`quiz.kind.${q().kind}`)} ·{" "}
        {tn("quiz.pointCount", q().points)}
      </p>
      <p class="preserve-lines" lang={props.lang}>
        {q().prompt}
      </p>
      <Switch>
        <Match when={ofKind(q(), "single")}>
          {(question) => (
            <ul class="answers" lang={props.lang}>
              <For each={question().options}>
                {(option, index) => (
                  <Answer correct={props.keys && question().correct === index()}>{option}</Answer>
                )}
              </For>
            </ul>
          )}
        </Match>
        <Match when={ofKind(q(), "multiple")}>
          {(question) => (
            <ul class="answers" lang={props.lang}>
              <For each={question().options}>
                {(option, index) => (
                  <Answer correct={props.keys && question().correct.includes(index())}>{option}</Answer>
                )}
              </For>
            </ul>
          )}
        </Match>
        <Match when={ofKind(q(), "truefalse")}>
          {(question) => (
            <ul class="answers">
              <Answer correct={props.keys && question().correct}>{t("quiz.true")}</Answer>
              <Answer correct={props.keys && !question().correct}>{t("quiz.false")}</Answer>
            </ul>
          )}
        </Match>
        <Match when={!props.keys && q().kind === "short"}>
          <p class="field-hint">{t("view.typedAnswer")}</p>
        </Match>
        <Match when={ofKind(q(), "short")}>
          {(question) => (
            <>
              <p class="field-hint">{t("view.accepted")}</p>
              <ul class="answers" lang={props.lang}>
                <For each={question().accepted}>{(answer) => <Answer correct>{answer}</Answer>}</For>
              </ul>
            </>
          )}
        </Match>
      </Switch>
    </li>
  );
}

function QuizView(props: { content: QuizContent; lang?: string; keys: boolean }): JSX.Element {
  return (
    <>
      <dl class="facts-grid">
        <div>
          <dt>{t("quiz.passMark")}</dt>
          <dd>{props.content.passMark}%</dd>
        </div>
        <div>
          <dt>{t("quiz.attemptLimit")}</dt>
          <dd>{props.content.attemptLimit}</dd>
        </div>
        <div>
          <dt>{t("quiz.shuffle")}</dt>
          <dd>{props.content.shuffle === false ? t("view.no") : t("view.yes")}</dd>
        </div>
        <div>
          <dt>{t("quiz.drawCount")}</dt>
          <dd>
            {props.content.drawCount
              ? t("view.drawOf", { draw: props.content.drawCount, total: props.content.questions.length })
              : t("view.drawAll", { total: props.content.questions.length })}
          </dd>
        </div>
      </dl>
      <ol class="questions-view">
        <For each={props.content.questions}>
          {(question, index) => (
            <QuestionView question={question} number={index() + 1} lang={props.lang} keys={props.keys} />
          )}
        </For>
      </ol>
    </>
  );
}

function WorksheetView(props: { content: WorksheetContent; lang?: string; keys: boolean }): JSX.Element {
  return (
    <>
      <Body source={props.content.prompt} lang={props.lang} />
      <h4 class="view-subhead">{t("ws.fields")}</h4>
      <ol class="worksheet-fields-view" lang={props.lang}>
        <For each={props.content.fields}>
          {(field) => (
            <li>
              <strong>{field.label}</strong>
              <Show when={props.keys}>
                {" "}
                <code>{field.name}</code>
              </Show>
              <Show when={field.help}>
                <br />
                <span class="field-hint">{field.help}</span>
              </Show>
            </li>
          )}
        </For>
      </ol>
      <ul class="flags">
        <li>{props.content.mustBeAccepted === false ? t("view.noAcceptance") : t("view.acceptance")}</li>
        <li>{props.content.allowUpload === false ? t("view.noUpload") : t("view.upload")}</li>
      </ul>
    </>
  );
}

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
