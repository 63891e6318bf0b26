import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { createUploadMachine, type Uploader, type UploadPhase } from "../data/upload-machine";
import { formatBytes, type UploadedFile, type UploadKind, uploadKinds } from "../data/uploads";
import { locale } from "../i18n";
import { problem, t } from "../i18n/authoring";
import { FormError } from "./form";
import { FileInput, UploadProgress, type UploadWords, uploadFailureText } from "./upload-progress";

const typeWords: Record<"id" | "en", Record<UploadKind, string>> = {
  id: { image: "PNG, JPEG atau WebP", document: "PDF", video: "MP4 atau WebM", package: "ZIP" },
  en: { image: "PNG, JPEG or WebP", document: "PDF", video: "MP4 or WebM", package: "ZIP" },
};
const typeNames = (kind: UploadKind) => typeWords[locale()][kind];

/** "PDF, maksimal 25 MB". */
export function uploadLimitText(kind: UploadKind): string {
  return t("up.limits", { types: typeNames(kind), max: formatBytes(uploadKinds[kind].maxBytes, locale()) });
}

export type { Uploader, UploadPhase };

/** The upload of one file of `kind`, its problems worded for the authoring pages. */
export function createUploader(kind: UploadKind): Uploader {
  return createUploadMachine(
    [kind],
    (found) => {
      if (found.fault === "wrongType") return problem("up.wrongType", { types: typeNames(kind) });
      if (found.fault === "tooLarge")
        return problem("up.tooLarge", { max: formatBytes(found.maxBytes, locale()) });
      return problem("up.empty");
    },
    undefined,
    // A course's cover and the pictures in a lesson: every learner downloads them (ADR 20).
    { phoneWidth: kind === "image" },
  );
}

const words: UploadWords = (key, params) => t(`up.${key}`, params);

export function uploadErrorMessage(error: unknown): string {
  return uploadFailureText(error, words);
}

/** Progress with cancel, the failure with "try again", or the file that arrived. */
export function UploadStatus(props: { uploader: Uploader; id: string }): JSX.Element {
  const u = props.uploader;
  return (
    <Switch>
      <Match when={u.busy()}>
        <UploadProgress
          uploader={u}
          id={props.id}
          classes={{ box: "upload-progress", row: "upload-progress-row", text: "upload-progress-text" }}
          words={words}
        />
      </Match>
      <Match when={u.phase() === "failed"}>
        <div class="upload-failed">
          <div class="form-error" role="alert" data-testid="form-error">
            {uploadErrorMessage(u.error())}
          </div>
          <Show when={u.retryable()}>
            <button
              type="button"
              class="button button-secondary"
              data-testid="upload-retry"
              onClick={() => void u.retry()}
            >
              {t("up.retry")}
            </button>
          </Show>
        </div>
      </Match>
      <Match when={u.phase() === "done" && u.result()}>
        {(uploaded) => (
          <p class="upload-done" data-testid="upload-done" role="status">
            <span aria-hidden="true">✓ </span>
            {t("up.done", { name: uploaded().filename, size: formatBytes(uploaded().size, locale()) })}
          </p>
        )}
      </Match>
    </Switch>
  );
}

/** A file input that uploads as soon as a file is chosen, then hands the checked upload to `onDone`. */
export function UploadField(props: {
  id: string;
  kind: UploadKind;
  label: string;
  /** Defaults to the kind's types and size limit. */
  hint?: string;
  inputTestId?: string;
  disabled?: boolean;
  onDone: (file: UploadedFile) => void | Promise<void>;
  /** What is stored now (a link to the current file), shown above the input. */
  children?: JSX.Element;
}): JSX.Element {
  const uploader = createUploader(props.kind);
  const [doneError, setDoneError] = createSignal<unknown>();

  async function pick(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    if (!chosen) return;
    // Emptied at once, so that choosing the same file again (after fixing it) is a change too.
    input.value = "";
    setDoneError(undefined);
    const uploaded = await uploader.start(chosen);
    if (uploaded) await handOver(uploaded);
  }

  async function handOver(uploaded: UploadedFile) {
    try {
      await props.onDone(uploaded);
    } catch (failure) {
      setDoneError(() => failure);
    }
  }

  return (
    <div class="upload field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      <FileInput
        id={props.id}
        kind={props.kind}
        testId={props.inputTestId ?? "upload-input"}
        disabled={props.disabled || uploader.busy()}
        onChange={(input) => void pick(input)}
      />
      <p class="field-hint" id={`${props.id}-hint`}>
        {props.hint ?? uploadLimitText(props.kind)}
      </p>
      <UploadStatus
        uploader={{
          ...uploader,
          retry: async () => {
            const uploaded = await uploader.retry();
            if (uploaded) await handOver(uploaded);
            return uploaded;
          },
        }}
        id={props.id}
      />
      <FormError error={doneError()} />
    </div>
  );
}
