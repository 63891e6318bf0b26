import { textLimits } from "@berdaya/core/text-limits";
import { For, type JSX, Show } from "solid-js";
import type { SetStoreFunction } from "solid-js/store";
import { t } from "../../i18n/authoring";
import { CheckBox } from "../check-box";
import { Field, inputValue } from "../form";
import { NumberField } from "../quiz-builder/number-field";

export interface LessonSettings {
  title: string;
  duration: string;
  required: boolean;
  moduleId: string;
}

/** What every lesson has whatever its kind: title, length, which module it sits in, whether it is required. */
export function SettingsFields(props: {
  settings: LessonSettings;
  setSettings: SetStoreFunction<LessonSettings>;
  modules: readonly { id: string; title: string }[];
  lang: string;
  id: (part: string) => string;
  titleRef: (input: HTMLInputElement) => void;
}): JSX.Element {
  const id = (part: string) => props.id(part);
  return (
    <>
      <Field for={id("title")} label={t("les.title")}>
        <input
          id={id("title")}
          type="text"
          maxLength={textLimits.title}
          required
          lang={props.lang}
          ref={props.titleRef}
          value={props.settings.title}
          onInput={(event) => props.setSettings("title", inputValue(event))}
        />
      </Field>
      <div class="field-grid">
        <NumberField
          id={id("duration")}
          label={t("les.duration")}
          min={0}
          max={600}
          value={props.settings.duration}
          onInput={(value) => props.setSettings("duration", value)}
        />
        <Show when={props.modules.length > 1}>
          <Field for={id("module")} label={t("les.module")}>
            <select
              id={id("module")}
              value={props.settings.moduleId}
              onChange={(event) => props.setSettings("moduleId", inputValue(event))}
            >
              <For each={props.modules}>
                {(module, index) => (
                  <option value={module.id} selected={module.id === props.settings.moduleId}>
                    {t("course.moduleNumber", { number: index() + 1 })}: {module.title}
                  </option>
                )}
              </For>
            </select>
          </Field>
        </Show>
      </div>
      <CheckBox
        checked={props.settings.required}
        onChange={(checked) => props.setSettings("required", checked)}
        label={t("les.requiredLabel")}
      />
    </>
  );
}
