import { createEffect, createSignal, For, type JSX, Match, on, onCleanup, Show, Switch } from "solid-js";
import { OfflineError } from "../../data/api";
import { type Submission, submitWorksheet, type WorksheetContent } from "../../data/learning";
import { contentTypeFor, TransferError } from "../../data/uploads";
import { locale } from "../../i18n";
import { t as offlineT } from "../../i18n/offline";
import { type Key, problem, t } from "../../i18n/player";
import { isQueued, pendingFor } from "../../offline/outbox";
import { QueuedNote } from "../../offline/queued-note";
import { createSubmitter, FormError, inputValue } from "../form";
import { formatDateTime } from "../format";
import { type Attachment, AttachmentField, createAttachment } from "./file-upload";
import { LearnIcon } from "./learn-icon";
import { LessonHtml } from "./lesson-html";

const statusKey: Record<string, Key> = {
  pending: "player.worksheet.status.pending",
  revision: "player.worksheet.status.revision",
  accepted: "player.worksheet.status.accepted",
};

// What the learner typed, kept on the phone until it is sent: a dropped connection, a reload or a
// closed tab must not cost half an hour of typing on a small keyboard.
interface Draft {
  fields: Record<string, string>;
  savedAt: string;
}

function draftKey(memberId: string, courseId: string, lessonId: string) {
  return `berdaya.worksheet.${memberId}.${courseId}.${lessonId}`;
}

function readDraft(key: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as Draft;
    return typeof draft?.fields === "object" && draft.fields ? draft : undefined;
  } catch {
    return undefined;
  }
}

function writeDraft(key: string, fields: Record<string, string>) {
  try {
    if (Object.values(fields).some((value) => value.trim())) {
      localStorage.setItem(key, JSON.stringify({ fields, savedAt: new Date().toISOString() }));
    } else localStorage.removeItem(key);
  } catch {}
}

function dropDraft(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {}
}

function SubmissionStatus(props: { submission: Submission; mustBeAccepted: boolean }): JSX.Element {
  const s = () => props.submission;
  return (
    <div
      class="learn-callout learn-submission"
      classList={{
        "learn-callout-info": s().status === "pending",
        "learn-callout-warning": s().status === "revision",
        "learn-callout-success": s().status === "accepted",
      }}
      data-testid="submission-status"
      data-status={s().status}
      role="status"
    >
      <p class="learn-callout-title">
        <LearnIcon
          name={s().status === "accepted" ? "check" : s().status === "revision" ? "cross" : "clock"}
        />
        {t(statusKey[s().status] ?? "player.worksheet.status.pending")}
      </p>
      <p class="learn-submission-date">
        {t("player.worksheet.sentAt", { date: formatDateTime(s().submittedAt, locale()) })}
        <Show when={s().reviewedAt}>
          {(at) => <> · {t("player.worksheet.reviewedAt", { date: formatDateTime(at(), locale()) })}</>}
        </Show>
      </p>
      <Switch>
        <Match when={s().status === "pending"}>
          <p>{t("player.worksheet.pendingNote")}</p>
        </Match>
        <Match when={s().status === "revision"}>
          <p>{t("player.worksheet.revisionNote")}</p>
        </Match>
        <Match when={s().status === "accepted" && !props.mustBeAccepted && !s().reviewedAt}>
          <p>{t("player.worksheet.acceptedAuto")}</p>
        </Match>
      </Switch>
      <Show when={s().feedback}>
        {(feedback) => (
          <div class="learn-feedback">
            <p class="learn-feedback-label">{t("player.worksheet.feedback")}</p>
            <p class="preserve-lines" data-testid="submission-feedback">
              {feedback()}
            </p>
          </div>
        )}
      </Show>
    </div>
  );
}

function SubmittedAnswers(props: { submission: Submission; content: WorksheetContent; lang: string }) {
  return (
    <dl class="learn-answers">
      <For each={props.content.fields.filter((field) => props.submission.fields[field.name])}>
        {(field) => (
          <div>
            <dt lang={props.lang}>{field.label}</dt>
            <dd class="preserve-lines">{props.submission.fields[field.name]}</dd>
          </div>
        )}
      </For>
      <Show when={props.submission.fileUrl}>
        {(href) => (
          <div>
            <dt>{t("player.upload.label")}</dt>
            <dd>
              <a href={href()} target="_blank" rel="noopener">
                <LearnIcon name="attach" /> {t("player.worksheet.openFile")}
              </a>
            </dd>
          </div>
        )}
      </Show>
    </dl>
  );
}

/** A file whose upload found no network: it can wait in the outbox with the hand-in. */
function offlineFile(attachment: Attachment) {
  const file = attachment.file();
  const error = attachment.error();
  const noNetwork =
    error instanceof OfflineError || (error instanceof TransferError && error.reason === "network");
  if (attachment.phase() !== "failed" || !noNetwork || !file) return undefined;
  const contentType = contentTypeFor(file, "image") ?? contentTypeFor(file, "document");
  return contentType ? { blob: file as Blob, name: file.name, contentType } : undefined;
}

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
          <button
            type="submit"
            class="button button-block"
            data-testid="worksheet-submit"
            disabled={submitter.pending()}
          >
            <Show when={submitter.pending()}>
              <span class="spinner spinner-small" aria-hidden="true" />
            </Show>
            {submitter.pending()
              ? t("form.sending")
              : latest()
                ? t("player.worksheet.resubmit")
                : t("player.worksheet.submit")}
          </button>
        </form>
      </Show>

      <Show when={submissions().length > 1}>
        <details class="learn-details">
          <summary>{t("player.worksheet.history", { count: submissions().length - 1 })}</summary>
          <ol class="learn-history">
            <For each={submissions().slice(1)}>
              {(submission) => (
                <li>
                  <p class="learn-history-head">
                    <span class={`learn-status learn-status-${submission.status}`}>
                      {t(statusKey[submission.status] ?? "player.worksheet.status.pending")}
                    </span>{" "}
                    {formatDateTime(submission.submittedAt, locale())}
                  </p>
                  <Show when={submission.feedback}>
                    <p class="preserve-lines learn-history-feedback">{submission.feedback}</p>
                  </Show>
                </li>
              )}
            </For>
          </ol>
        </details>
      </Show>
    </section>
  );
}
