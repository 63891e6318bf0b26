import { createSignal, type JSX, Show } from "solid-js";

/**
 * A button that asks again in place before doing something the association may regret (taking a role
 * or a course back), instead of a dialog that is easy to confirm by reflex.
 */
export function ConfirmAction(props: {
  label: string;
  question: string;
  confirm: string;
  cancel: string;
  testId: string;
  /** The asking button's look; a quiet secondary button unless told. */
  buttonClass?: string;
  disabled?: boolean;
  onConfirm: () => void;
}): JSX.Element {
  const [asking, setAsking] = createSignal(false);
  return (
    <Show
      when={asking()}
      fallback={
        <button
          type="button"
          class={props.buttonClass ?? "button button-secondary"}
          data-testid={props.testId}
          disabled={props.disabled}
          onClick={() => setAsking(true)}
        >
          {props.label}
        </button>
      }
    >
      <div class="confirm">
        <p>{props.question}</p>
        <div class="button-row">
          <button
            type="button"
            class="button button-danger button-small"
            data-testid={`${props.testId}-confirm`}
            onClick={() => {
              setAsking(false);
              props.onConfirm();
            }}
          >
            {props.confirm}
          </button>
          <button
            type="button"
            class="button button-secondary button-small"
            data-testid={`${props.testId}-cancel`}
            ref={(button) => queueMicrotask(() => button.focus())}
            onClick={() => setAsking(false)}
          >
            {props.cancel}
          </button>
        </div>
      </div>
    </Show>
  );
}
