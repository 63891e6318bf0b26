import { textLimits } from "@berdaya/core/text-limits";
import { For, type JSX, Show } from "solid-js";
import { createStore, produce, type SetStoreFunction } from "solid-js/store";
import type { WorksheetContent } from "../../data/authoring";
import { t } from "../../i18n/authoring";
import { CheckBox } from "../check-box";
import { MarkdownEditor } from "../markdown-editor";
import { ofKind } from "../of-kind";
import type { CreateKindPart, KindContext } from "./kind-part";
import { type WorksheetFieldDraft, WorksheetFieldEditor } from "./worksheet-field";

interface WorksheetDraft {
  prompt: string;
  fields: WorksheetFieldDraft[];
  mustBeAccepted: boolean;
  allowUpload: boolean;
}

function worksheetDraftOf(content?: WorksheetContent): WorksheetDraft {
  return {
    prompt: content?.prompt ?? "",
    fields: content?.fields.map((f) => ({ name: f.name, label: f.label, help: f.help ?? "" })) ?? [
      { name: "", label: "", help: "" },
    ],
    mustBeAccepted: content?.mustBeAccepted !== false,
    allowUpload: content?.allowUpload !== false,
  };
}

function worksheetContentOf(sheet: WorksheetDraft): WorksheetContent {
  return {
    kind: "worksheet",
    prompt: sheet.prompt,
    fields: sheet.fields.map((f) => ({
      name: f.name.trim(),
      label: f.label.trim(),
      ...(f.help.trim() ? { help: f.help.trim() } : {}),
    })),
    mustBeAccepted: sheet.mustBeAccepted,
    allowUpload: sheet.allowUpload,
  };
}

function WorksheetFields(props: {
  context: KindContext;
  sheet: WorksheetDraft;
  setSheet: SetStoreFunction<WorksheetDraft>;
}): JSX.Element {
  const setSheet = props.setSheet;
  return (
    <>
      <MarkdownEditor
        id={props.context.id("prompt")}
        label={t("ws.prompt")}
        value={props.sheet.prompt}
        onInput={(value) => setSheet("prompt", value)}
        rows={8}
        maxLength={textLimits.markdown}
        lang={props.context.lang()}
        images
      />
      <h3 class="view-subhead">{t("ws.fields")}</h3>
      <ol class="questions">
        <For each={props.sheet.fields}>
          {(field, index) => (
            <li class="question-item">
              <WorksheetFieldEditor
                field={field}
                index={index()}
                alone={props.sheet.fields.length <= 1}
                id={props.context.id}
                lang={props.context.lang()}
                set={(part, value) => setSheet("fields", index(), part, value)}
                moveUp={() =>
                  setSheet(
                    "fields",
                    produce((fields) => {
                      const [item] = fields.splice(index(), 1);
                      if (item) fields.splice(index() - 1, 0, item);
                    }),
                  )
                }
                remove={() => setSheet("fields", (fields) => fields.filter((f) => f !== field))}
              />
            </li>
          )}
        </For>
      </ol>
      <Show when={props.sheet.fields.length < 30}>
        <button
          type="button"
          class="button button-secondary button-small add-field"
          data-testid="worksheet-add-field"
          onClick={() => setSheet("fields", (fields) => [...fields, { name: "", label: "", help: "" }])}
        >
          {t("ws.add")}
        </button>
      </Show>
      <CheckBox
        checked={props.sheet.mustBeAccepted}
        onChange={(checked) => setSheet("mustBeAccepted", checked)}
        label={t("ws.mustBeAccepted")}
      />
      <CheckBox
        checked={props.sheet.allowUpload}
        onChange={(checked) => setSheet("allowUpload", checked)}
        label={t("ws.allowUpload")}
      />
    </>
  );
}

/** A worksheet: the prompt, the fields the learner fills in, and how it is checked. */
export const worksheetPart: CreateKindPart = (content, context) => {
  const start = content && ofKind(content, "worksheet");
  const [sheet, setSheet] = createStore(worksheetDraftOf(start || undefined));
  return {
    snapshot: () => sheet,
    content: () => worksheetContentOf(sheet),
    View: () => <WorksheetFields context={context} sheet={sheet} setSheet={setSheet} />,
  };
};
