import { createEffect, createSignal, For, type JSX, on, onCleanup, Show } from "solid-js";
import { type Submission, submitWorksheet, type WorksheetContent } from "../../data/learning";
import { t as offlineT } from "../../i18n/offline";
import { problem, t } from "../../i18n/player";
import { isQueued, pendingFor } from "../../offline/outbox";
import { QueuedNote } from "../../offline/queued-note";
import { createSubmitter, FormError, inputValue } from "../form";
import { AttachmentField, createAttachment } from "./file-upload";
import { LessonHtml } from "./lesson-html";
import { PendingButton } from "./pending-button";
import { draftKey, dropDraft, offlineFile, readDraft, writeDraft } from "./worksheet-draft";
import { SubmissionHistory, SubmissionStatus, SubmittedAnswers } from "./worksheet-submissions";

/**
 * A worksheet: the trainer's prompt, a box per field and an optional photo or PDF; then where the
 * submission stands (waiting, returned with the trainer's feedback, accepted). A returned one
 * comes back into the form to be improved and sent again.
 */
export function WorksheetLesson(props: {
  courseId: string;
  lessonId: string;
  memberId: string;
  content: WorksheetContent;
  /** The prompt as the server rendered it. */
  html: string;
  submissions: Submission[];
  lang: string;
  onSubmitted: (submission: Submission) => void;
}): JSX.Element {
  const [submissions, setSubmissions] = createSignal<Submission[]>(props.submissions);
  const latest = () => submissions()[0];
  const canSubmit = () => !latest() || latest()?.status === "revision";
  const key = draftKey(props.memberId, props.courseId, props.lessonId);

  // Start from a draft typed here since the last review, else from the answers that were returned.
  const initial = (): Record<string, string> => {
    const returned = latest()?.status === "revision" ? latest() : undefined;
    const draft = readDraft(key);
    const since = returned?.reviewedAt ?? returned?.submittedAt;
    if (draft && (!since || draft.savedAt > since)) return draft.fields;
    return { ...(returned?.fields ?? {}) };
  };
  const [fields, setFields] = createSignal<Record<string, string>>(initial());
  const attachment = createAttachment();
  const submitter = createSubmitter();
  let statusBox: HTMLDivElement | undefined;

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      fields,
      (current) => {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => writeDraft(key, current), 400);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(saveTimer));

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (submitter.pending()) return;
    if (attachment.busy()) return submitter.fail(problem("player.worksheet.waitForUpload"));
    const filled = Object.fromEntries(
      props.content.fields
        .map((field) => [field.name, (fields()[field.name] ?? "").trim()])
        .filter(([, v]) => v),
    );
    const uploadId = attachment.phase() === "done" ? attachment.uploaded()?.uploadId : undefined;
    const waiting = offlineFile(attachment);
    if (Object.keys(filled).length === 0 && !uploadId && !waiting)
      return submitter.fail(problem("player.worksheet.empty"));
    const ok = await submitter.run(async () => {
      const submission = await submitWorksheet(
        props.courseId,
        props.lessonId,
        { fields: filled, uploadId },
        waiting,
      );
      clearTimeout(saveTimer);
      dropDraft(key);
      attachment.reset();
      if (isQueued(submission)) return;
      setSubmissions((list) => [submission, ...list]);
      props.onSubmitted(submission);
    });
    if (ok) {
      statusBox?.focus({ preventScroll: true });
      statusBox?.scrollIntoView({ block: "start" });
    }
  }

  return (
    <section class="learn-worksheet" aria-label={t("player.worksheet.label")}>
      <LessonHtml html={props.html} lang={props.lang} />

      <div class="learn-worksheet-status" tabindex="-1" ref={statusBox}>
        <Show when={latest()}>
          {(submission) => (
            <SubmissionStatus submission={submission()} mustBeAccepted={props.content.mustBeAccepted} />
          )}
        </Show>
      </div>

      <Show when={latest() && !canSubmit() && latest()}>
        {(submission) => (
          <details class="learn-details">
            <summary>{t("player.worksheet.yourAnswers")}</summary>
            <SubmittedAnswers submission={submission()} content={props.content} lang={props.lang} />
          </details>
        )}
      </Show>

      <Show when={pendingFor(props.courseId, props.lessonId)}>
        <QueuedNote kind="submission" />
      </Show>
      <Show when={canSubmit() && !pendingFor(props.courseId, props.lessonId)}>
        <form
          class="panel form learn-worksheet-form"
          novalidate
          onSubmit={onSubmit}
          data-testid="worksheet-form"
        >
          <h2 class="learn-form-title">
            {latest() ? t("player.worksheet.reviseTitle") : t("player.worksheet.formTitle")}
          </h2>
          <Show when={props.content.mustBeAccepted}>
            <p class="field-hint">{t("player.worksheet.reviewedNote")}</p>
          </Show>
          <For each={props.content.fields}>
            {(field) => {
              const id = `ws-${field.name}`;
              return (
                <div class="field">
                  <label for={id} lang={props.lang}>
                    {field.label}
                  </label>
                  <Show when={field.help}>
                    <p class="field-hint" id={`${id}-hint`} lang={props.lang}>
                      {field.help}
                    </p>
                  </Show>
                  <textarea
                    id={id}
                    name={field.name}
                    rows="4"
                    maxlength="5000"
                    data-testid="worksheet-field"
                    data-field={field.name}
                    aria-describedby={field.help ? `${id}-hint` : undefined}
                    value={fields()[field.name] ?? ""}
                    disabled={submitter.pending()}
                    onInput={(event) => {
                      const value = inputValue(event);
                      setFields((current) => ({ ...current, [field.name]: value }));
                    }}
                  />
                </div>
              );
            }}
          </For>
          <Show when={props.content.allowUpload}>
            <AttachmentField attachment={attachment} id="ws-file" disabled={submitter.pending()} />
            <Show when={offlineFile(attachment)}>
              <p class="field-hint" data-testid="photo-waits">
                {offlineT("offline.queued.photo")}
              </p>
            </Show>
          </Show>
          <p class="field-hint">{t("player.worksheet.draftNote")}</p>
          <FormError error={submitter.error()} />
          <PendingButton
            pending={submitter.pending()}
            label={latest() ? t("player.worksheet.resubmit") : t("player.worksheet.submit")}
            pendingLabel={t("form.sending")}
            testId="worksheet-submit"
          />
        </form>
      </Show>

      <Show when={submissions().length > 1}>
        <SubmissionHistory submissions={submissions().slice(1)} />
      </Show>
    </section>
  );
}
