import { createSignal, type JSX, Show } from "solid-js";
import { call, client } from "../data/api";
import { problem, t } from "../i18n/authoring";
import { createSubmitter, FormError, FormSuccess } from "./form";
import { ImageInput } from "./image-input";

/**
 * The association's badge for a published course's certificates (the OB 3.0 achievement image): the
 * current one, an upload to replace it, and a way back to the generated badge.
 */
export function CourseBadge(props: { courseId: string }): JSX.Element {
  const [version, setVersion] = createSignal(0);
  const [saved, setSaved] = createSignal(false);
  const submitter = createSubmitter();
  const src = () => `/api/achievements/${encodeURIComponent(props.courseId)}/image?v=${version()}`;
  const save = (uploadId: string | null) =>
    call(
      client.admin.courses[":courseId"].badge.$put({
        param: { courseId: props.courseId },
        json: { uploadId },
      }),
    );
  const done = () => {
    setVersion((v) => v + 1);
    setSaved(true);
  };

  return (
    <section
      class="course-section course-badge"
      aria-labelledby="course-badge-title"
      data-testid="course-badge"
    >
      <h2 id="course-badge-title">{t("badge.title")}</h2>
      <p class="field-hint">{t("badge.intro")}</p>
      <img src={src()} alt={t("badge.current")} width="96" height="96" />
      <ImageInput
        id="course-badge-input"
        label={t("badge.choose")}
        testId="course-badge-input"
        submitter={submitter}
        wrongType={() => problem("badge.wrongType")}
        onPick={() => setSaved(false)}
        onUploaded={async (uploadId) => {
          await save(uploadId);
          done();
        }}
      />
      <button
        type="button"
        class="button button-secondary"
        disabled={submitter.pending()}
        onClick={() =>
          void submitter.run(async () => {
            setSaved(false);
            await save(null);
            done();
          })
        }
      >
        {t("badge.reset")}
      </button>
      <Show when={submitter.pending()}>
        <p class="field-hint">{t("badge.sending")}</p>
      </Show>
      <FormError error={submitter.error()} />
      <Show when={saved()}>
        <FormSuccess>{t("badge.saved")}</FormSuccess>
      </Show>
    </section>
  );
}
