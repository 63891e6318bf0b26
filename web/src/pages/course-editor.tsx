import { A, useParams } from "@solidjs/router";
import { createEffect, createResource, type JSX, Match, Switch } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { EditorView } from "../components/course-editor/editor-view";
import { usePageTitle } from "../components/page-title";
import { TrainerOnly } from "../components/role-gate";
import { ErrorState, isNotFound, LoadingState } from "../components/status";
import { ApiError } from "../data/api";
import { type Editable, getEditable } from "../data/authoring";
import { t } from "../i18n/authoring";
import "../authoring.css";

function Editor(props: { courseId: string }): JSX.Element {
  const [loaded, { refetch }] = createResource(() => props.courseId, getEditable);
  const [store, setStore] = createStore<{ course: Editable | null }>({ course: null });
  // One store for the course, reconciled by id: a module or lesson keeps its row (and the focus in
  // it) when the server's answer after a move or an edit replaces the whole course.
  const apply = (next: Editable) => setStore("course", reconcile(next, { key: "id" }));
  createEffect(() => {
    if (loaded.state === "ready") apply(loaded());
  });
  const denied = () =>
    loaded.state === "errored" && loaded.error instanceof ApiError && loaded.error.status === 403;
  usePageTitle(() => (loaded.state === "errored" ? t("error.title") : t("app.loading")));

  return (
    <Switch fallback={<LoadingState label={t("app.loading")} />}>
      <Match when={loaded.state === "errored" && (isNotFound(loaded.error) || denied())}>
        <div class="page-intro">
          <h1>{t("course.notFoundTitle")}</h1>
          <p class="lead">{denied() ? t("edit.notYours") : t("edit.notFound")}</p>
          <A href="/trainer" class="button">
            {t("nav.trainer")}
          </A>
        </div>
      </Match>
      <Match when={loaded.state === "errored"}>
        <h1>{t("error.title")}</h1>
        <ErrorState error={loaded.error} onRetry={() => void refetch()} title={false} />
      </Match>
      <Match when={store.course?.id === props.courseId && store.course}>
        {(course) => <EditorView course={course()} apply={apply} />}
      </Match>
    </Switch>
  );
}

export default function CourseEditorPage(): JSX.Element {
  const params = useParams<{ courseId: string }>();
  return <TrainerOnly>{() => <Editor courseId={params.courseId} />}</TrainerOnly>;
}
