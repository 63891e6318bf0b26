import { createSignal, type JSX, Show } from "solid-js";
import { type AssociationProfile, fileUrl, updateAssociation } from "../data/desk";
import { acceptFor, contentTypeFor, uploadFile } from "../data/uploads";
import { problem, t } from "../i18n/desk";
import { createSubmitter, FormError, FormSuccess } from "./form";

/**
 * The signatory's signature or the association's stamp, printed above the signer's name on
 * certificates issued from now on. Saved as soon as it is uploaded (or removed).
 */
export function SignatureImage(props: { profile: AssociationProfile }): JSX.Element {
  const [current, setCurrent] = createSignal(props.profile.signatureUploadId ?? null);
  const [saved, setSaved] = createSignal(false);
  const submitter = createSubmitter();
  const save = async (uploadId: string | null) => {
    const profile = await updateAssociation({ signatureUploadId: uploadId });
    setCurrent(profile.signatureUploadId ?? null);
    setSaved(true);
  };

  function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setSaved(false);
    const type = contentTypeFor(file, "image");
    if (!type) return submitter.fail(problem("assoc.signatureWrongType"));
    void submitter.run(async () => {
      const { uploadId } = await uploadFile(file, type);
      await save(uploadId);
    });
  }

  return (
    <section class="panel form signature-image" data-testid="association-signature">
      <h2>{t("assoc.signature")}</h2>
      <p class="field-hint">{t("assoc.signatureHint")}</p>
      <Show when={current()} fallback={<p class="field-hint">{t("assoc.noSignature")}</p>}>
        {(uploadId) => <img src={fileUrl(uploadId())} alt={t("assoc.signature")} height="60" />}
      </Show>
      <div class="field">
        <label for="assoc-signature">{t("assoc.signatureChoose")}</label>
        <input
          id="assoc-signature"
          type="file"
          accept={acceptFor("image")}
          disabled={submitter.pending()}
          data-testid="association-signature-input"
          onChange={pick}
        />
      </div>
      <Show when={current()}>
        <button
          type="button"
          class="button button-danger-outline"
          disabled={submitter.pending()}
          onClick={() => {
            setSaved(false);
            void submitter.run(() => save(null));
          }}
        >
          {t("assoc.signatureRemove")}
        </button>
      </Show>
      <FormError error={submitter.error()} />
      <Show when={saved()}>
        <FormSuccess>{t("assoc.signatureSaved")}</FormSuccess>
      </Show>
    </section>
  );
}
