import { type JSX, Show } from "solid-js";
import type { Uploader } from "../data/upload-machine";
import { acceptFor, TransferError, type UploadKind } from "../data/uploads";
import type { MessageParams } from "../i18n";
import { formErrorMessage } from "./form";

/** The words an upload's progress and failure need; each page has them in its own dictionary. */
export type UploadWord =
  | "progressLabel"
  | "checking"
  | "sending"
  | "cancel"
  | "cancelled"
  | "refused"
  | "network";
export type UploadWords = (key: UploadWord, params?: MessageParams) => string;

/** Why an upload failed, in the page's words: the transfer's own failures, or the server's answer. */
export function uploadFailureText(error: unknown, words: UploadWords): string {
  if (error instanceof TransferError) {
    if (error.reason === "cancelled") return words("cancelled");
    if (error.reason === "refused") return words("refused", { status: error.status });
    return words("network");
  }
  return formErrorMessage(error);
}

/**
 * An upload on its way: the progress bar, what it is doing (sending, then the server's check) and,
 * while sending, a cancel button. Shared by the authoring upload field and the worksheet attachment;
 * each gives its own words and class names.
 */
export function UploadProgress(props: {
  uploader: Pick<Uploader, "phase" | "progress" | "file" | "cancel">;
  /** The bar's id is `${id}-progress`. */
  id?: string;
  classes: { box: string; row: string; text?: string };
  words: UploadWords;
}): JSX.Element {
  const u = props.uploader;
  const percent = () => Math.round(u.progress() * 100);
  return (
    <div class={props.classes.box}>
      <progress
        id={props.id && `${props.id}-progress`}
        data-testid="upload-progress"
        max="100"
        value={u.phase() === "checking" ? 100 : percent()}
        aria-label={props.words("progressLabel", { name: u.file()?.name ?? "" })}
      />
      <div class={props.classes.row}>
        <span class={props.classes.text} role="status">
          {u.phase() === "checking"
            ? props.words("checking")
            : props.words("sending", { percent: percent() })}
        </span>
        <Show when={u.phase() === "sending"}>
          <button type="button" class="button button-secondary button-small" onClick={() => u.cancel()}>
            {props.words("cancel")}
          </button>
        </Show>
      </div>
    </div>
  );
}

/** The file input of an upload field: the kind's types, the field's hint, and the shared look (.file-input). */
export function FileInput(props: {
  id: string;
  kind: UploadKind;
  testId: string;
  disabled?: boolean;
  onChange: (input: HTMLInputElement) => void;
  ref?: HTMLInputElement | ((element: HTMLInputElement) => void);
}): JSX.Element {
  return (
    <input
      id={props.id}
      type="file"
      class="file-input"
      accept={acceptFor(props.kind)}
      data-testid={props.testId}
      aria-describedby={`${props.id}-hint`}
      disabled={props.disabled}
      ref={props.ref}
      onChange={(event) => props.onChange(event.currentTarget)}
    />
  );
}
