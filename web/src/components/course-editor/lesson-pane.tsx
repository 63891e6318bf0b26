import { createResource, createSignal, type JSX, Match, Show, Switch, untrack } from "solid-js";
import { getLesson, type Lesson } from "../../data/authoring";
import type { LessonKind } from "../../data/courses";
import { t } from "../../i18n/authoring";
import { Icon } from "../icon";
import { LessonEditor } from "../lesson-editor";
import { LessonView } from "../lesson-view";
import { ErrorState, isNotFound, LoadingState } from "../status";
import type { Workspace } from "./workspace";

function ExistingLesson(props: {
  ws: Workspace;
  lessonId: string;
  created?: Lesson;
  onSaved: (lesson: Lesson, created: boolean) => void;
}): JSX.Element {
  const ws = props.ws;
  const [lesson, { refetch }] = createResource(
    () => props.lessonId,
    (lessonId) => {
      const created = untrack(() => props.created);
      return created?.lessonId === lessonId ? created : getLesson(ws.course.id, lessonId);
    },
  );
  return (
    <Switch fallback={<LoadingState label={t("app.loading")} />}>
      <Match when={lesson.state === "errored" && isNotFound(lesson.error)}>
        <p class="status status-empty">{t("les.notFound")}</p>
      </Match>
      <Match when={lesson.state === "errored"}>
        <ErrorState error={lesson.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={lesson.state === "ready" && lesson.latest}>
        {(current) => (
          <Show
            when={!ws.readOnly()}
            fallback={
              <div class="panel">
                <h2 lang={ws.course.language}>{current().title}</h2>
                <LessonView lesson={current()} lang={ws.course.language} />
              </div>
            }
          >
            <LessonEditor
              courseId={ws.course.id}
              lesson={current()}
              kind={current().kind}
              moduleId={current().moduleId}
              modules={ws.course.modules}
              lang={ws.course.language}
              guard={ws.guard}
              justCreated={props.created?.lessonId === props.lessonId}
              onSaved={props.onSaved}
              onClose={ws.closeLesson}
            />
          </Show>
        )}
      </Match>
    </Switch>
  );
}

function NewLesson(props: {
  ws: Workspace;
  kind: LessonKind;
  moduleId: string;
  onSaved: (lesson: Lesson, created: boolean) => void;
}): JSX.Element {
  const ws = props.ws;
  return (
    <Show
      when={ws.course.modules.some((module) => module.id === props.moduleId)}
      fallback={<p class="status status-empty">{t("les.notFound")}</p>}
    >
      <LessonEditor
        courseId={ws.course.id}
        kind={props.kind}
        moduleId={props.moduleId}
        modules={ws.course.modules}
        lang={ws.course.language}
        guard={ws.guard}
        onSaved={props.onSaved}
        onClose={ws.closeLesson}
      />
    </Show>
  );
}

/** The lesson open beside the outline: an existing one (edited, or viewed while in review) or a new one. */
export function LessonPane(props: {
  ws: Workspace;
  lessonId?: string;
  add?: { kind: LessonKind; moduleId: string };
}): JSX.Element {
  const ws = props.ws;
  // A lesson just created: its editor opens with it, without asking the server again.
  const [created, setCreated] = createSignal<Lesson>();
  const addKey = () => (!props.lessonId && props.add ? `${props.add.kind} ${props.add.moduleId}` : undefined);

  function onSaved(lesson: Lesson, isNew: boolean) {
    if (isNew) {
      setCreated(lesson);
      ws.openLesson(lesson.lessonId);
    }
    void ws.refresh().catch(() => {});
  }

  return (
    <div class="lesson-pane">
      <button type="button" class="back-link link-button" onClick={() => ws.closeLesson()}>
        <Icon name="back" />
        {t("edit.backToCourse")}
      </button>
      <Show when={props.lessonId} keyed>
        {(lessonId) => <ExistingLesson ws={ws} lessonId={lessonId} created={created()} onSaved={onSaved} />}
      </Show>
      <Show when={addKey()} keyed>
        {(key) => {
          const [kind, moduleId] = key.split(" ") as [LessonKind, string];
          return <NewLesson ws={ws} kind={kind} moduleId={moduleId} onSaved={onSaved} />;
        }}
      </Show>
    </div>
  );
}
