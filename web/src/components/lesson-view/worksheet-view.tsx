import { For, type JSX, Show } from "solid-js";
import type { WorksheetContent } from "../../data/authoring";
import { t } from "../../i18n/authoring";
import { Body } from "./body";

/** A worksheet's prompt and fields (their names when `keys` is on), and how it is checked. */
export function WorksheetView(props: {
  content: WorksheetContent;
  lang?: string;
  keys: boolean;
}): JSX.Element {
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
