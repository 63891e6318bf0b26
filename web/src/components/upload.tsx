import { createSignal, type JSX, Match, onCleanup, Show, Switch } from "solid-js";
import { ApiError } from "../data/api";
import {
  acceptFor,
  completeUpload,
  contentTypeFor,
  createUpload,
  formatBytes,
  putFile,
  type Transfer,
  TransferError,
  type UploadedFile,
  type UploadKind,
  type UploadSlot,
  uploadKinds,
} from "../data/uploads";
import { locale } from "../i18n";
import { problem, t } from "../i18n/authoring";
import { FormError, formErrorMessage } from "./form";

export type UploadPhase = "idle" | "sending" | "checking" | "done" | "failed";

export interface Uploader {
  phase: () => UploadPhase;
  /** Fraction of the bytes sent, 0 to 1. */
  progress: () => number;
  error: () => unknown;
  /** Whether "try again" can help (a broken connection) rather than needing another file. */
  retryable: () => boolean;
  file: () => File | undefined;
  result: () => UploadedFile | undefined;
  busy: () => boolean;
  start: (file: File) => Promise<UploadedFile | undefined>;
  retry: () => Promise<UploadedFile | undefined>;
  cancel: () => void;
  reset: () => void;
}

type Step = "slot" | "put" | "complete";

// A presigned URL this close to expiring is not worth another try: ask for a new one.
const expiryMarginMs = 60_000;

const typeWords: Record<"id" | "en", Record<UploadKind, string>> = {
  id: { image: "PNG, JPEG atau WebP", document: "PDF", video: "MP4 atau WebM", package: "ZIP" },
  en: { image: "PNG, JPEG or WebP", document: "PDF", video: "MP4 or WebM", package: "ZIP" },
};
const typeNames = (kind: UploadKind) => typeWords[locale()][kind];

/** "PDF, maksimal 25 MB". */
export function uploadLimitText(kind: UploadKind): string {
  return t("up.limits", { types: typeNames(kind), max: formatBytes(uploadKinds[kind].maxBytes, locale()) });
}

/**
 * One file's way to storage: checked here for type and size, sent with progress, checked again by
 * the server. A broken connection can be retried from where it broke: the same presigned URL while
 * it is valid, a new one after; a file the server refused (wrong content, too large) cannot.
 */
export function createUploader(kind: UploadKind): Uploader {
  const [phase, setPhase] = createSignal<UploadPhase>("idle");
  const [progress, setProgress] = createSignal(0);
  const [error, setError] = createSignal<unknown>();
  const [retryable, setRetryable] = createSignal(false);
  const [file, setFile] = createSignal<File>();
  const [result, setResult] = createSignal<UploadedFile>();
  let contentType = "";
  let slot: UploadSlot | undefined;
  let transfer: Transfer | undefined;
  let resumeAt: Step = "slot";
  // Each attempt has a number; the answers of one that was cancelled or replaced are ignored.
  let attempt = 0;

  onCleanup(() => {
    attempt++;
    transfer?.cancel();
  });

  function fail(failure: unknown, canRetry: boolean, from: Step) {
    setError(() => failure);
    setRetryable(canRetry);
    resumeAt = from;
    setPhase("failed");
  }

  async function run(from: Step): Promise<UploadedFile | undefined> {
    const current = file();
    if (!current) return undefined;
    const mine = ++attempt;
    let step: Step = from;
    setError(undefined);
    setResult(undefined);
    setPhase("sending");
    try {
      if (step === "slot" || !slot || Date.parse(slot.expiresAt) - Date.now() < expiryMarginMs) {
        step = "slot";
        setProgress(0);
        slot = await createUpload(current, contentType);
        if (mine !== attempt) return undefined;
        step = "put";
      }
      if (step === "put") {
        setProgress(0);
        transfer = putFile(slot.url, current, contentType, (fraction) => {
          if (mine === attempt) setProgress(fraction);
        });
        await transfer.done;
        transfer = undefined;
        if (mine !== attempt) return undefined;
        step = "complete";
      }
      setPhase("checking");
      const uploaded = await completeUpload(slot.uploadId);
      if (mine !== attempt) return undefined;
      setResult(uploaded);
      setPhase("done");
      return uploaded;
    } catch (failure) {
      transfer = undefined;
      if (mine !== attempt) return undefined;
      const refused =
        failure instanceof ApiError &&
        failure.status >= 400 &&
        failure.status < 500 &&
        failure.status !== 429;
      if (step === "complete" && refused) {
        // The file never arrived: send it again. Anything else (wrong content, too large): the server
        // deleted it, and only another file can help.
        if (failure.code === "upload_missing") fail(failure, true, "put");
        else {
          slot = undefined;
          fail(failure, false, "slot");
        }
      } else if (step === "slot" && refused) fail(failure, false, "slot");
      else fail(failure, true, step);
      return undefined;
    }
  }

  return {
    phase,
    progress,
    error,
    retryable,
    file,
    result,
    busy: () => phase() === "sending" || phase() === "checking",
    start(next: File) {
      attempt++;
      transfer?.cancel();
      slot = undefined;
      setFile(next);
      setProgress(0);
      setResult(undefined);
      const type = contentTypeFor(next, kind);
      if (!type) {
        fail(problem("up.wrongType", { types: typeNames(kind) }), false, "slot");
        return Promise.resolve(undefined);
      }
      const limit = uploadKinds[kind].maxBytes;
      if (next.size > limit) {
        fail(problem("up.tooLarge", { max: formatBytes(limit, locale()) }), false, "slot");
        return Promise.resolve(undefined);
      }
      if (next.size === 0) {
        fail(problem("up.empty"), false, "slot");
        return Promise.resolve(undefined);
      }
      contentType = type;
      return run("slot");
    },
    retry: () => run(resumeAt),
    cancel() {
      if (phase() !== "sending") return;
      attempt++;
      transfer?.cancel();
      transfer = undefined;
      fail(new TransferError("cancelled"), true, slot ? "put" : "slot");
    },
    reset() {
      attempt++;
      transfer?.cancel();
      slot = undefined;
      setFile(undefined);
      setError(undefined);
      setResult(undefined);
      setProgress(0);
      setPhase("idle");
    },
  };
}

export function uploadErrorMessage(error: unknown): string {
  if (error instanceof TransferError) {
    if (error.reason === "cancelled") return t("up.cancelled");
    if (error.reason === "refused") return t("up.refused", { status: error.status });
    return t("up.network");
  }
  return formErrorMessage(error);
}

/** Progress with cancel, the failure with "try again", or the file that arrived. */
export function UploadStatus(props: { uploader: Uploader; id: string }): JSX.Element {
  const u = props.uploader;
  const percent = () => Math.round(u.progress() * 100);
  return (
    <Switch>
      <Match when={u.busy()}>
        <div class="upload-progress">
          <progress
            id={`${props.id}-progress`}
            data-testid="upload-progress"
            max="100"
            value={u.phase() === "checking" ? 100 : percent()}
            aria-label={t("up.progressLabel", { name: u.file()?.name ?? "" })}
          />
          <div class="upload-progress-row">
            <span class="upload-progress-text" role="status">
              {u.phase() === "checking" ? t("up.checking") : t("up.sending", { percent: percent() })}
            </span>
            <Show when={u.phase() === "sending"}>
              <button type="button" class="button button-secondary button-small" onClick={() => u.cancel()}>
                {t("up.cancel")}
              </button>
            </Show>
          </div>
        </div>
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

  async function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
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
      <input
        id={props.id}
        type="file"
        class="file-input"
        accept={acceptFor(props.kind)}
        data-testid={props.inputTestId ?? "upload-input"}
        aria-describedby={`${props.id}-hint`}
        disabled={props.disabled || uploader.busy()}
        onChange={(event) => void pick(event)}
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
