import { type JSX, Match, Show, Switch } from "solid-js";
import { createUploadMachine, type Uploader, type UploadPhase } from "../../data/upload-machine";
import { acceptFor, formatBytes, type UploadedFile, type UploadKind, uploadKinds } from "../../data/uploads";
import { locale } from "../../i18n";
import { problem, t } from "../../i18n/player";
import { LocalProblem } from "../form";
import { UploadProgress, type UploadWords, uploadFailureText } from "../upload-progress";
import { LearnIcon } from "./learn-icon";

/** A worksheet's attachment: a photo of a paper sheet or a PDF. */
const kinds: UploadKind[] = ["image", "document"];
export const attachmentAccept = kinds.map(acceptFor).join(",");

export type AttachmentPhase = UploadPhase;

/** The uploader (data/upload-machine.ts) as the worksheet uses it: `uploaded` for its result, no waiting on start. */
export interface Attachment
  extends Pick<Uploader, "phase" | "progress" | "error" | "file" | "busy" | "cancel" | "reset"> {
  uploaded: () => UploadedFile | undefined;
  start: (file: File) => void;
  retry: () => void;
}

/**
 * One file on its way (the uploader's state machine, data/upload-machine.ts): checked here for type
 * and size (the server's limits), PUT straight to storage with progress, then checked by the server.
 */
export function createAttachment(): Attachment {
  const uploader = createUploadMachine(
    kinds,
    (found) => {
      if (found.fault === "wrongType") return problem("player.upload.wrongType");
      if (found.fault === "tooLarge")
        return problem("player.upload.tooLarge", { max: formatBytes(found.maxBytes, locale()) });
      return problem("player.upload.empty");
    },
    undefined,
    // A photo of the filled-in sheet: sent at phone width, not as the camera wrote it (ADR 20).
    { phoneWidth: true },
  );
  return {
    ...uploader,
    uploaded: uploader.result,
    start: (next) => void uploader.start(next),
    retry: () => void uploader.retry(),
  };
}

const words: UploadWords = (key, params) => t(`player.upload.${key}`, params);

/** The file input with the attachment's progress, failure (with "try again") or the file that arrived. */
export function AttachmentField(props: {
  attachment: Attachment;
  id: string;
  disabled?: boolean;
}): JSX.Element {
  const a = props.attachment;
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
          <UploadProgress
            uploader={a}
            classes={{ box: "learn-upload-progress", row: "learn-upload-row" }}
            words={words}
          />
        </Match>
        <Match when={a.phase() === "failed"}>
          <div class="learn-upload-row">
            <div class="form-error" role="alert">
              {uploadFailureText(a.error(), words)}
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
