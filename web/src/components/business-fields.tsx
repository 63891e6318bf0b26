import { textLimits } from "@berdaya/core/text-limits";
import { createResource, For, type JSX, Show } from "solid-js";
import { getReference } from "../data/account";
import { sectorLabel, t } from "../i18n";
import { Field, inputValue } from "./form";

export interface BusinessProfile {
  businessName: string;
  sector: string;
  regency: string;
}

/** A select's choices, keeping a value the member already has even if the list no longer names it. */
function choices(list: readonly string[] | undefined, current: string): string[] {
  const all = [...(list ?? [])];
  if (current && !all.includes(current)) all.push(current);
  return all;
}

/** Business name, sector and regency: the optional business profile on the sign-up and profile forms. */
export function BusinessFields(props: {
  idPrefix: string;
  value: BusinessProfile;
  onChange: (field: keyof BusinessProfile, value: string) => void;
  /** A problem the form found with a field, shown next to it. */
  errorOf?: (field: keyof BusinessProfile) => string | undefined;
}): JSX.Element {
  const [reference, { refetch }] = createResource(getReference);
  // Read through .state so that the form shows at once and the lists fill in when they arrive,
  // instead of the whole page waiting (suspending) for them.
  const lists = () => (reference.state === "ready" ? reference.latest : undefined);
  const id = (field: string) => `${props.idPrefix}-${field}`;

  return (
    <>
      <Field for={id("business")} label={t("business.name")} optional error={props.errorOf?.("businessName")}>
        <input
          id={id("business")}
          name="businessName"
          type="text"
          autocomplete="organization"
          maxLength={textLimits.businessName}
          value={props.value.businessName}
          onInput={(event) => props.onChange("businessName", inputValue(event))}
        />
      </Field>
      <Field for={id("sector")} label={t("business.sector")} optional error={props.errorOf?.("sector")}>
        <select
          id={id("sector")}
          name="sector"
          value={props.value.sector}
          onChange={(event) => props.onChange("sector", inputValue(event))}
        >
          <option value="">{t("business.choose")}</option>
          <For each={choices(lists()?.sectors, props.value.sector)}>
            {(sector) => (
              <option value={sector} selected={sector === props.value.sector}>
                {sectorLabel(sector)}
              </option>
            )}
          </For>
        </select>
      </Field>
      <Field for={id("regency")} label={t("business.regency")} optional error={props.errorOf?.("regency")}>
        <select
          id={id("regency")}
          name="regency"
          value={props.value.regency}
          onChange={(event) => props.onChange("regency", inputValue(event))}
        >
          <option value="">{t("business.choose")}</option>
          <For each={choices(lists()?.regencies, props.value.regency)}>
            {(regency) => (
              <option value={regency} selected={regency === props.value.regency}>
                {regency}
              </option>
            )}
          </For>
        </select>
      </Field>
      <Show when={reference.state === "errored"}>
        <p class="field-note" role="alert">
          {t("business.listsFailed")}{" "}
          <button type="button" class="link-button" onClick={() => void refetch()}>
            {t("error.retry")}
          </button>
        </p>
      </Show>
    </>
  );
}
