import type { JSX } from "solid-js";

/** A checkbox with its label around it, for a yes-or-no setting. */
export function CheckBox(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  testId?: string;
  describedBy?: string;
}): JSX.Element {
  return (
    <label class="check">
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}
