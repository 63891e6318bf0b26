import { createSignal, type JSX, Match, onCleanup, Show, Switch } from "solid-js";
import { createUploadMachine } from "../data/upload-machine";
import { fileUrl, TransferError } from "../data/uploads";
import { problem, t } from "../i18n/desk";
import { formErrorMessage } from "./form";
import { FileInput } from "./upload-progress";

/**
 * The association's logo as the profile form holds it: kept, to be removed, or a new image uploaded
 * (the uploader's state machine, data/upload-machine.ts) and shown from the phone until saved.
 */
export function createLogoChoice() {
  const uploader = createUploadMachine(["image"], (found) =>
    problem(
      found.fault === "tooLarge"
        ? "assoc.logoTooLarge"
        : found.fault === "empty"
          ? "assoc.logoEmpty"
          : "assoc.logoWrongType",
    ),
  );
  const [removing, setRemoving] = createSignal(false);
  const [preview, setPreview] = createSignal<string>();
  const dropPreview = () => {
    const url = preview();
    if (url) URL.revokeObjectURL(url);
    setPreview(undefined);
  };
  onCleanup(dropPreview);

  return {
    uploader,
    removing,
    preview,
    busy: uploader.busy,
    /** What the save sends: the new upload, null to remove the logo, undefined to keep it. */
    patch: (): string | null | undefined =>
      removing() ? null : uploader.phase() === "done" ? uploader.result()?.uploadId : undefined,
    async pick(file: File) {
      dropPreview();
      setRemoving(false);
      const done = await uploader.start(file);
      if (done && uploader.file() === file) setPreview(URL.createObjectURL(file));
    },
    remove: () => setRemoving(true),
    /** Back to the stored logo (after saving, or "undo"). */
    keep() {
      dropPreview();
      setRemoving(false);
      uploader.reset();
    },
  };
}

export type LogoChoice = ReturnType<typeof createLogoChoice>;

function logoErrorMessage(error: unknown): string {
  if (error instanceof TransferError) return t("assoc.logoFailed");
  return formErrorMessage(error);
}

/** The logo part of the association form: what is stored or chosen, remove, choose, and the upload's state. */
export function AssociationLogo(props: {
  choice: LogoChoice;
  savedId: string | null | undefined;
  onEdit: () => void;
}): JSX.Element {
  const logo = props.choice;
  const u = logo.uploader;
  const percent = () => (u.phase() === "checking" ? 100 : Math.round(u.progress() * 100));
  return (
    <fieldset class="form-group assoc-logo">
      <legend>{t("assoc.logo")}</legend>
      <Switch
        fallback={
          <Show when={props.savedId} fallback={<p class="field-hint">{t("assoc.noLogo")}</p>}>
            {(uploadId) => (
              <figure class="logo-preview">
                <img src={fileUrl(uploadId())} alt={t("assoc.logoCurrent")} />
                <figcaption>{t("assoc.logoCurrent")}</figcaption>
              </figure>
            )}
          </Show>
        }
      >
        <Match when={logo.removing()}>
          <p class="field-hint" role="status">
            {t("assoc.logoRemoved")}{" "}
            <button type="button" class="link-button" onClick={() => logo.keep()}>
              {t("assoc.logoUndo")}
            </button>
          </p>
        </Match>
        <Match when={u.phase() === "done" && logo.preview()}>
          {(preview) => (
            <figure class="logo-preview">
              <img src={preview()} alt={t("assoc.logoNew")} />
              <figcaption>
                {t("assoc.logoNew")}{" "}
                <button type="button" class="link-button" onClick={() => logo.keep()}>
                  {t("assoc.logoUndo")}
                </button>
              </figcaption>
            </figure>
          )}
        </Match>
      </Switch>
      <Show when={props.savedId && !logo.removing() && u.phase() === "idle"}>
        <button
          type="button"
          class="button button-danger-outline logo-remove"
          data-testid="association-logo-remove"
          onClick={() => {
            props.onEdit();
            logo.remove();
          }}
        >
          {t("assoc.logoRemove")}
        </button>
      </Show>
      <div class="field">
        <label for="assoc-logo">{t("assoc.logoChoose")}</label>
        <FileInput
          id="assoc-logo"
          kind="image"
          testId="association-logo-input"
          disabled={u.busy()}
          onChange={(input) => {
            const file = input.files?.[0];
            input.value = "";
            if (!file) return;
            props.onEdit();
            void logo.pick(file);
          }}
        />
        <p class="field-hint" id="assoc-logo-hint">
          {t("assoc.logoHint")}
        </p>
      </div>
      <Switch>
        <Match when={u.busy()}>
          <div class="upload-line">
            <progress max="100" value={percent()} aria-label={t("assoc.logo")} />
            <span role="status">
              {u.phase() === "checking"
                ? t("assoc.logoChecking")
                : t("assoc.logoSending", { percent: percent() })}
            </span>
          </div>
        </Match>
        <Match when={u.phase() === "failed"}>
          <div class="form-error" role="alert" data-testid="form-error">
            {logoErrorMessage(u.error())}
          </div>
        </Match>
        <Match when={u.phase() === "done"}>
          <p class="upload-ready" role="status">
            {t("assoc.logoReady")}
          </p>
        </Match>
      </Switch>
    </fieldset>
  );
}
