import type { JSX } from "solid-js";
import { t } from "../../i18n/authoring";
import { ConfirmAction } from "../confirm-action";

/** A delete button that asks again in place, instead of a dialog that is easy to confirm by reflex. */
export function ConfirmDelete(props: {
  label: string;
  question: string;
  testId: string;
  disabled?: boolean;
  onConfirm: () => void;
}): JSX.Element {
  return (
    <ConfirmAction
      label={props.label}
      question={props.question}
      confirm={t("edit.confirmDelete")}
      cancel={t("edit.cancel")}
      testId={props.testId}
      buttonClass="button button-danger-outline button-small"
      disabled={props.disabled}
      onConfirm={props.onConfirm}
    />
  );
}

export function MoveButtons(props: {
  label: (direction: "up" | "down") => string;
  index: number;
  count: number;
  disabled?: boolean;
  onMove: (to: number) => void;
}): JSX.Element {
  return (
    <>
      <button
        type="button"
        class="icon-button"
        aria-label={props.label("up")}
        disabled={props.disabled || props.index === 0}
        onClick={() => props.onMove(props.index - 1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="icon-button"
        aria-label={props.label("down")}
        disabled={props.disabled || props.index >= props.count - 1}
        onClick={() => props.onMove(props.index + 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </>
  );
}
