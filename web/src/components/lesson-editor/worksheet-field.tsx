import { textLimits, worksheetFieldNamePattern } from "@berdaya/core/text-limits";
import type { JSX } from "solid-js";
import { t } from "../../i18n/authoring";
import { Field, inputValue } from "../form";

export interface WorksheetFieldDraft {
  name: string;
  label: string;
  help: string;
}

/** "Siapa pelanggan utama Anda?" → "siapaPelangganUtama": a field name the schema accepts. */
export function fieldNameOf(label: string): string {
  const words = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const name = words
    .map((word, index) =>
      index === 0 ? word.toLowerCase() : word[0]?.toUpperCase() + word.slice(1).toLowerCase(),
    )
    .join("")
    .slice(0, 40);
  return /^[a-zA-Z]/.test(name) ? name : `isian${name}`.slice(0, 40);
}

/** One field the learner fills in: its label, its name in the answers, and an optional help line. */
export function WorksheetFieldEditor(props: {
  field: WorksheetFieldDraft;
  index: number;
  /** The only field left cannot be removed. */
  alone: boolean;
  id: (part: string) => string;
  lang: string;
  set: (part: keyof WorksheetFieldDraft, value: string) => void;
  moveUp: () => void;
  remove: () => void;
}): JSX.Element {
  const fid = (part: string) => props.id(`field-${props.index}-${part}`);
  return (
    <fieldset class="question" data-testid="worksheet-field">
      <legend class="question-legend">{t("ws.field", { number: props.index + 1 })}</legend>
      <div class="row-tools">
        <button
          type="button"
          class="icon-button"
          aria-label={t("ws.moveUp", { number: props.index + 1 })}
          disabled={props.index === 0}
          onClick={() => props.moveUp()}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          class="button button-danger-outline button-small"
          disabled={props.alone}
          onClick={() => props.remove()}
        >
          {t("ws.remove")}
        </button>
      </div>
      <Field for={fid("label")} label={t("ws.label")}>
        <input
          id={fid("label")}
          type="text"
          maxLength={textLimits.worksheetLabel}
          lang={props.lang}
          value={props.field.label}
          onInput={(event) => props.set("label", inputValue(event))}
          onChange={() => {
            if (!props.field.name.trim() && props.field.label.trim())
              props.set("name", fieldNameOf(props.field.label));
          }}
        />
      </Field>
      <Field for={fid("name")} label={t("ws.name")} hint={t("ws.nameHint")}>
        <input
          id={fid("name")}
          type="text"
          maxLength={textLimits.worksheetFieldName}
          autocapitalize="none"
          spellcheck={false}
          pattern={worksheetFieldNamePattern}
          aria-describedby={`${fid("name")}-hint`}
          value={props.field.name}
          onInput={(event) => props.set("name", inputValue(event))}
        />
      </Field>
      <Field for={fid("help")} label={t("ws.help")} optional>
        <input
          id={fid("help")}
          type="text"
          maxLength={textLimits.worksheetHelp}
          lang={props.lang}
          value={props.field.help}
          onInput={(event) => props.set("help", inputValue(event))}
        />
      </Field>
    </fieldset>
  );
}
