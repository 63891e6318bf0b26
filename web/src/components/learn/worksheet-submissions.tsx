import { For, type JSX, Match, Show, Switch } from "solid-js";
import type { Submission, WorksheetContent } from "../../data/learning";
import { locale } from "../../i18n";
import { type Key, t } from "../../i18n/player";
import { formatDateTime } from "../format";
import { LearnIcon } from "./learn-icon";

const statusKey: Record<string, Key> = {
  pending: "player.worksheet.status.pending",
  revision: "player.worksheet.status.revision",
  accepted: "player.worksheet.status.accepted",
};

/** Where the latest hand-in stands: waiting, returned with the trainer's feedback, or accepted. */
export function SubmissionStatus(props: { submission: Submission; mustBeAccepted: boolean }): JSX.Element {
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

/** What the learner sent, while it waits or once accepted. */
export function SubmittedAnswers(props: { submission: Submission; content: WorksheetContent; lang: string }) {
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

/** The earlier hand-ins, newest first, each with its status and feedback. */
export function SubmissionHistory(props: { submissions: Submission[] }): JSX.Element {
  return (
    <details class="learn-details">
      <summary>{t("player.worksheet.history", { count: props.submissions.length })}</summary>
      <ol class="learn-history">
        <For each={props.submissions}>
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
  );
}
