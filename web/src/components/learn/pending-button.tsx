import { type JSX, Show } from "solid-js";

/** A form's full-width send button, showing a spinner and `pendingLabel` while it is sent. */
export function PendingButton(props: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  testId: string;
}): JSX.Element {
  return (
    <button type="submit" class="button button-block" data-testid={props.testId} disabled={props.pending}>
      <Show when={props.pending}>
        <span class="spinner spinner-small" aria-hidden="true" />
      </Show>
      {props.pending ? props.pendingLabel : props.label}
    </button>
  );
}
