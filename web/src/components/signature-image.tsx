import { createSignal, type JSX, Show } from "solid-js";
import { type AssociationProfile, fileUrl, updateAssociation } from "../data/desk";
import { problem, t } from "../i18n/desk";
import { createSubmitter, FormError, FormSuccess } from "./form";
import { ImageInput } from "./image-input";

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

  return (
    <section class="panel form signature-image" data-testid="association-signature">
      <h2>{t("assoc.signature")}</h2>
      <p class="field-hint">{t("assoc.signatureHint")}</p>
      <Show when={current()} fallback={<p class="field-hint">{t("assoc.noSignature")}</p>}>
        {(uploadId) => <img src={fileUrl(uploadId())} alt={t("assoc.signature")} height="60" />}
      </Show>
      <ImageInput
        id="assoc-signature"
        label={t("assoc.signatureChoose")}
        testId="association-signature-input"
        submitter={submitter}
        wrongType={() => problem("assoc.signatureWrongType")}
        onPick={() => setSaved(false)}
        onUploaded={save}
      />
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
