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
