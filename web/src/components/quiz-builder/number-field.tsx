import type { JSX } from "solid-js";
import { Field, inputValue } from "../form";

/** A whole-number field (a pass mark, a count, minutes), its hint tied to it when it has one. */
export function NumberField(props: {
  id: string;
  label: string;
  hint?: string;
  optional?: boolean;
  min: number;
  max?: number;
  value: string;
  onInput: (value: string) => void;
}): JSX.Element {
  return (
    <Field for={props.id} label={props.label} optional={props.optional} hint={props.hint}>
      <input
        id={props.id}
        class="input-number"
        type="number"
        inputmode="numeric"
        min={String(props.min)}
        max={props.max === undefined ? undefined : String(props.max)}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        value={props.value}
        onInput={(event) => props.onInput(inputValue(event))}
      />
    </Field>
  );
}
