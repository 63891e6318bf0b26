import { createSignal, type JSX, Match, onCleanup, Show, Switch } from "solid-js";
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
  uploadKinds,
} from "../../data/uploads";
import { locale } from "../../i18n";
import { problem, t } from "../../i18n/player";
import { formErrorMessage, LocalProblem } from "../form";
import { LearnIcon } from "./learn-icon";

/** A worksheet's attachment: a photo of a paper sheet or a PDF. */
const kinds: UploadKind[] = ["image", "document"];
export const attachmentAccept = kinds.map(acceptFor).join(",");

export type AttachmentPhase = "idle" | "sending" | "checking" | "done" | "failed";

export interface Attachment {
  phase: () => AttachmentPhase;
  progress: () => number;
  error: () => unknown;
  file: () => File | undefined;
  uploaded: () => UploadedFile | undefined;
  busy: () => boolean;
  start: (file: File) => void;
  retry: () => void;
  cancel: () => void;
  reset: () => void;
}

/**
 * One file on its way: checked here for type and size (the server's limits), PUT straight to storage
 * with progress, then checked by the server. A new try starts over with a fresh upload slot.
 */
export function createAttachment(): Attachment {
  const [phase, setPhase] = createSignal<AttachmentPhase>("idle");
  const [progress, setProgress] = createSignal(0);
  const [error, setError] = createSignal<unknown>();
  const [file, setFile] = createSignal<File>();
  const [uploaded, setUploaded] = createSignal<UploadedFile>();
  let transfer: Transfer | undefined;
  let attempt = 0;

  onCleanup(() => {
    attempt++;
    transfer?.cancel();
  });

  function fail(failure: unknown) {
    setError(() => failure);
    setPhase("failed");
  }

  async function send(current: File) {
    const mine = ++attempt;
    setError(undefined);
    setUploaded(undefined);
    setProgress(0);
    const kind = kinds.find((k) => contentTypeFor(current, k));
    const contentType = kind && contentTypeFor(current, kind);
    if (!kind || !contentType) return fail(problem("player.upload.wrongType"));
    if (current.size === 0) return fail(problem("player.upload.empty"));
    const max = uploadKinds[kind].maxBytes;
    if (current.size > max)
      return fail(problem("player.upload.tooLarge", { max: formatBytes(max, locale()) }));
    setPhase("sending");
    try {
      const slot = await createUpload(current, contentType);
      if (mine !== attempt) return;
      transfer = putFile(slot.url, current, contentType, (fraction) => {
        if (mine === attempt) setProgress(fraction);
      });
      await transfer.done;
      transfer = undefined;
      if (mine !== attempt) return;
      setPhase("checking");
      const done = await completeUpload(slot.uploadId);
      if (mine !== attempt) return;
      setUploaded(done);
      setPhase("done");
    } catch (failure) {
      transfer = undefined;
      if (mine === attempt) fail(failure);
    }
  }

  return {
    phase,
    progress,
    error,
    file,
    uploaded,
    busy: () => phase() === "sending" || phase() === "checking",
    start(next) {
      transfer?.cancel();
      setFile(next);
      void send(next);
    },
    retry() {
      const current = file();
      if (current) void send(current);
    },
    cancel() {
      if (phase() !== "sending") return;
      attempt++;
      transfer?.cancel();
      transfer = undefined;
      fail(new TransferError("cancelled"));
    },
    reset() {
      attempt++;
      transfer?.cancel();
      transfer = undefined;
      setFile(undefined);
      setUploaded(undefined);
      setError(undefined);
      setProgress(0);
      setPhase("idle");
    },
  };
}

function attachmentError(error: unknown): string {
  if (error instanceof TransferError) {
    if (error.reason === "cancelled") return t("player.upload.cancelled");
    if (error.reason === "refused") return t("player.upload.refused");
    return t("player.upload.network");
  }
  return formErrorMessage(error);
}

/** The file input with the attachment's progress, failure (with "try again") or the file that arrived. */
export function AttachmentField(props: {
  attachment: Attachment;
  id: string;
  disabled?: boolean;
}): JSX.Element {
  const a = props.attachment;
  const percent = () => Math.round(a.progress() * 100);
  let input: HTMLInputElement | undefined;

  function remove() {
    a.reset();
    if (input) input.value = "";
  }

  return (
    <div class="field learn-attachment">
      <p class="learn-attachment-label" id={`${props.id}-label`}>
        {t("player.upload.label")}
        <span class="field-optional"> ({t("form.optional")})</span>
      </p>
      <p class="field-hint" id={`${props.id}-hint`}>
        {t("player.upload.hint", {
          image: formatBytes(uploadKinds.image.maxBytes, locale()),
          pdf: formatBytes(uploadKinds.document.maxBytes, locale()),
        })}
      </p>
      {/* The browser's own file button speaks the phone's language, not the page's: the input is
          hidden and this label, in the page's words, opens it. */}
      <label
        class="learn-file-choose"
        classList={{ "learn-file-disabled": props.disabled || a.busy() }}
        for={props.id}
      >
        <input
          id={props.id}
          ref={input}
          type="file"
          class="visually-hidden"
          accept={attachmentAccept}
          aria-labelledby={`${props.id}-label ${props.id}-button`}
          aria-describedby={`${props.id}-hint`}
          disabled={props.disabled || a.busy()}
          data-testid="worksheet-file"
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            if (chosen) a.start(chosen);
            else a.reset();
          }}
        />
        <span class="button button-secondary learn-file-button" id={`${props.id}-button`} aria-hidden="true">
          <LearnIcon name="attach" />
          {a.file() ? t("player.upload.chooseOther") : t("player.upload.choose")}
        </span>
        <span class="learn-file-name">{a.file()?.name ?? t("player.upload.none")}</span>
      </label>
      <Switch>
        <Match when={a.busy()}>
          <div class="learn-upload-progress">
            <progress
              max="100"
              value={a.phase() === "checking" ? 100 : percent()}
              aria-label={t("player.upload.progressLabel", { name: a.file()?.name ?? "" })}
              data-testid="upload-progress"
            />
            <div class="learn-upload-row">
              <span role="status">
                {a.phase() === "checking"
                  ? t("player.upload.checking")
                  : t("player.upload.sending", { percent: percent() })}
              </span>
              <Show when={a.phase() === "sending"}>
                <button type="button" class="button button-secondary button-small" onClick={() => a.cancel()}>
                  {t("player.upload.cancel")}
                </button>
              </Show>
            </div>
          </div>
        </Match>
        <Match when={a.phase() === "failed"}>
          <div class="learn-upload-row">
            <div class="form-error" role="alert">
              {attachmentError(a.error())}
            </div>
            {/* A file of the wrong type or size needs another file, not another try. */}
            <Show when={a.file() && !(a.error() instanceof LocalProblem)}>
              <button type="button" class="button button-secondary" onClick={() => a.retry()}>
                {t("error.retry")}
              </button>
            </Show>
          </div>
        </Match>
        <Match when={a.phase() === "done" && a.uploaded()}>
          {(done) => (
            <div class="learn-upload-row">
              <p class="learn-upload-done" role="status" data-testid="upload-done">
                <LearnIcon name="check" />
                {t("player.upload.done", { name: done().filename, size: formatBytes(done().size, locale()) })}
              </p>
              <button type="button" class="link-button" onClick={remove} disabled={props.disabled}>
                {t("player.upload.remove")}
              </button>
            </div>
          )}
        </Match>
      </Switch>
    </div>
  );
}
