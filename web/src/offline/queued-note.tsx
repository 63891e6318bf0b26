import type { JSX } from "solid-js";
import { t } from "../i18n/offline";
import type { ActionKind } from "./db";

/** Says, honestly, that an action is stored on the phone and not yet recorded by the server. */
export function QueuedNote(props: { kind: ActionKind }): JSX.Element {
  return (
    <div
      class="learn-callout learn-callout-info"
      role="status"
      data-testid="queued-note"
      data-kind={props.kind}
    >
      <p class="learn-callout-title">{t("offline.queued.title")}</p>
      <p>{t(`offline.queued.${props.kind}`)}</p>
    </div>
  );
}
