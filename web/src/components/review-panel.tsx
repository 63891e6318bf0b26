import { reasonLength } from "@berdaya/core/reason";
import { createEffect, createSignal, type JSX, Show } from "solid-js";
import { createSubmitter, Field, FormError, inputValue } from "./form";

/** A button of the panel: its words, its test id and its look. */
export interface ReviewButton {
  label: string;
  /** Shown instead of the label while the request is on its way. */
  pendingLabel?: string;
  testId?: string;
  class?: string;
}

/**
 * A decision that needs a written reason to go one way (reject a trainer application, send a course
 * draft back, revoke a certificate) and, where there is one, none to go the other (approve). The
 * reason's length is the one the server accepts (`reasonLength` in @berdaya/core), so the panel never
 * sends a reason the server refuses. Renders the reason field, the form's error and the buttons; the
 * caller wraps them.
 */
export function ReviewPanel(props: {
  /** The textarea's id; its hint is `${id}-hint`. */
  id: string;
  /** Which of the server's maximum lengths applies. */
  kind: keyof typeof reasonLength.max;
  label: string;
  hint: string;
  rows: number;
  reasonTestId?: string;
  /** Put the caret in the reason at once (the panel opened because the member means to write one). */
  autofocus?: boolean;
  /** The problem to show when the reason is too short. */
  tooShort: () => unknown;
  approve?: ReviewButton & { run: () => Promise<unknown> };
  reject: ReviewButton & { run: (reason: string) => Promise<unknown> };
  cancel?: { label: string; run: () => void };
}): JSX.Element {
  const [reason, setReason] = createSignal("");
  const submitter = createSubmitter();
  let input: HTMLTextAreaElement | undefined;
  if (props.autofocus) createEffect(() => input?.focus());

  function approve() {
    const action = props.approve;
    if (action) void submitter.run(() => action.run());
  }

  function reject() {
    const text = reason().trim();
    if (text.length < reasonLength.min) {
      submitter.fail(props.tooShort());
      input?.focus();
      return;
    }
    void submitter.run(() => props.reject.run(text));
  }

  const label = (button: ReviewButton) =>
    submitter.pending() && button.pendingLabel ? button.pendingLabel : button.label;

  return (
    <>
      <Field for={props.id} label={props.label} hint={props.hint}>
        <textarea
          id={props.id}
          rows={String(props.rows)}
          maxLength={reasonLength.max[props.kind]}
          data-testid={props.reasonTestId}
          aria-describedby={`${props.id}-hint`}
          ref={input}
          value={reason()}
          onInput={(event) => setReason(inputValue(event))}
        />
      </Field>
      <FormError error={submitter.error()} />
      <div class="button-row">
        <Show when={props.approve}>
          {(button) => (
            <button
              type="button"
              class={button().class ?? "button"}
              data-testid={button().testId}
              disabled={submitter.pending()}
              onClick={approve}
            >
              {label(button())}
            </button>
          )}
        </Show>
        <button
          type="button"
          class={props.reject.class ?? "button button-danger-outline"}
          data-testid={props.reject.testId}
          disabled={submitter.pending()}
          onClick={reject}
        >
          {label(props.reject)}
        </button>
        <Show when={props.cancel}>
          {(cancel) => (
            <button type="button" class="button button-secondary" onClick={() => cancel().run()}>
              {cancel().label}
            </button>
          )}
        </Show>
      </div>
    </>
  );
}
