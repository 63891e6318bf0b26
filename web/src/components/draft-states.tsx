import { type JSX, Match, type Resource, Switch } from "solid-js";
import type { Editable } from "../data/authoring";
import { t } from "../i18n/authoring";
import { ErrorState, isNotFound, LoadingState } from "./status";

/**
 * A course draft being loaded for a preview or a review: loading, not found, failed (with "try
 * again"), or the draft itself. `heading` puts the error's title in the page's h1.
 */
export function DraftStates(props: {
  course: Resource<Editable>;
  onRetry: () => void;
  heading?: boolean;
  children: (course: () => Editable) => JSX.Element;
}): JSX.Element {
  return (
    <Switch fallback={<LoadingState label={t("app.loading")} />}>
      <Match when={props.course.state === "errored" && isNotFound(props.course.error)}>
        <div class="page-intro">
          <h1>{t("course.notFoundTitle")}</h1>
          <p class="lead">{t("edit.notFound")}</p>
        </div>
      </Match>
      <Match when={props.course.state === "errored"}>
        {props.heading && <h1>{t("error.title")}</h1>}
        <ErrorState error={props.course.error} onRetry={props.onRetry} title={!props.heading} />
      </Match>
      <Match when={props.course.latest}>{(current) => props.children(current)}</Match>
    </Switch>
  );
}
