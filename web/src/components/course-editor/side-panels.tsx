import { useNavigate } from "@solidjs/router";
import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { deleteCourse, submitCourse, updateCourse } from "../../data/authoring";
import { problem, t } from "../../i18n/authoring";
import { createSubmitter, FormError, FormSuccess } from "../form";
import { UploadField } from "../upload";
import { ConfirmDelete } from "./confirm-delete";
import type { Workspace } from "./workspace";

/** The course's cover: shown, uploaded, replaced or removed. */
export function CoverSection(props: { ws: Workspace }): JSX.Element {
  const ws = props.ws;
  const removal = createSubmitter();
  return (
    <section class="panel editor-section" aria-labelledby="cover-title">
      <h2 id="cover-title">{t("edit.cover")}</h2>
      <Show when={ws.course.coverUrl} fallback={<p class="module-empty">{t("edit.noCover")}</p>}>
        {(src) => <img class="cover-preview" src={src()} alt={t("edit.coverAlt")} width="640" height="360" />}
      </Show>
      <Show when={!ws.readOnly()}>
        <UploadField
          id="course-cover"
          kind="image"
          label={ws.course.coverUrl ? t("edit.replaceCover") : t("edit.uploadCover")}
          hint={t("edit.coverHint")}
          disabled={removal.pending()}
          onDone={async (file) =>
            ws.apply(await updateCourse(ws.course.id, { coverUploadId: file.uploadId }))
          }
        />
        <Show when={ws.course.coverUrl}>
          <FormError error={removal.error()} />
          <button
            type="button"
            class="button button-danger-outline button-small"
            disabled={removal.pending()}
            onClick={() =>
              void removal.run(async () =>
                ws.apply(await updateCourse(ws.course.id, { coverUploadId: null })),
              )
            }
          >
            {t("edit.removeCover")}
          </button>
        </Show>
      </Show>
    </section>
  );
}

/** Sending the draft to the association for review, asked once more since it locks the course. */
export function SubmitPanel(props: { ws: Workspace }): JSX.Element {
  const ws = props.ws;
  const submitter = createSubmitter();
  const [sent, setSent] = createSignal(false);
  // Submitting locks the course until the association decides: asked once more before it is sent.
  const [confirming, setConfirming] = createSignal(false);
  const state = () => ws.course.state;
  const nothingNew = () => state().status === "published" && state().draft === null;

  function ask() {
    setSent(false);
    if (ws.guard.dirty()) return submitter.fail(problem("edit.saveFirst"));
    submitter.clear();
    setConfirming(true);
  }

  async function submit() {
    const ok = await submitter.run(async () => ws.apply(await submitCourse(ws.course.id)));
    setConfirming(false);
    setSent(ok);
  }

  return (
    <section class="panel editor-section submit-panel" aria-labelledby="submit-title">
      <h2 id="submit-title">{t("edit.submitTitle")}</h2>
      <Switch>
        <Match when={ws.readOnly()}>
          <p>{t("edit.inReviewShort")}</p>
        </Match>
        <Match when={nothingNew()}>
          <p>{t("edit.liveNoDraft")}</p>
        </Match>
        <Match when={state().status === "published"}>
          <p>{t("edit.submitLiveHint")}</p>
        </Match>
        <Match when={true}>
          <p>{t("edit.submitHint")}</p>
        </Match>
      </Switch>
      <FormError error={submitter.error()} />
      <Show when={sent()}>
        <FormSuccess>{t("edit.submitted")}</FormSuccess>
      </Show>
      <Show
        when={confirming() && !ws.readOnly()}
        fallback={
          <button
            type="button"
            class="button button-block"
            data-testid="course-submit"
            disabled={ws.readOnly() || nothingNew() || submitter.pending()}
            onClick={ask}
          >
            {ws.readOnly() ? t("edit.inReviewButton") : t("edit.submit")}
          </button>
        }
      >
        <div class="confirm">
          <p id="submit-confirm-question" data-testid="course-submit-question">
            {t("edit.submitQuestion", { title: ws.course.title })}
          </p>
          <div class="button-row">
            <button
              type="button"
              class="button"
              data-testid="course-submit-confirm"
              disabled={submitter.pending()}
              onClick={() => void submit()}
            >
              <Show when={submitter.pending()}>
                <span class="spinner spinner-small" aria-hidden="true" />
              </Show>
              {submitter.pending() ? t("form.sending") : t("edit.submitConfirm")}
            </button>
            <button
              type="button"
              class="button button-secondary"
              disabled={submitter.pending()}
              onClick={() => setConfirming(false)}
            >
              {t("edit.submitCancel")}
            </button>
          </div>
        </div>
      </Show>
    </section>
  );
}

/** Deleting a course that was never published. */
export function DeleteCourse(props: { ws: Workspace }): JSX.Element {
  const navigate = useNavigate();
  const submitter = createSubmitter();
  return (
    <Show when={props.ws.course.state.liveVersion === null && !props.ws.readOnly()}>
      <section class="danger-zone editor-section" aria-labelledby="delete-course-title">
        <h2 id="delete-course-title">{t("edit.deleteTitle")}</h2>
        <p>{t("edit.deleteIntro")}</p>
        <FormError error={submitter.error()} />
        <ConfirmDelete
          label={t("edit.deleteCourse")}
          question={t("edit.deleteQuestion", { title: props.ws.course.title })}
          testId="course-delete"
          disabled={submitter.pending()}
          onConfirm={() =>
            void submitter.run(async () => {
              await deleteCourse(props.ws.course.id);
              navigate("/trainer", { replace: true });
            })
          }
        />
      </section>
    </Show>
  );
}
