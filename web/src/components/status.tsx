import { For, type JSX, Show } from "solid-js";
import { ApiError, OfflineError } from "../data/api";
import { type MessageKey, t } from "../i18n";
import { Icon } from "./icon";

export function isNotFound(error: unknown): boolean {
  // A malformed id (400) cannot name a course either: both mean "there is no such course".
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

function errorMessageKey(error: unknown): MessageKey {
  if (error instanceof OfflineError) return error.reason === "timeout" ? "error.timeout" : "error.offline";
  if (error instanceof ApiError && (error.status === 429 || error.status === 503)) return "error.busy";
  return "error.generic";
}

/** What to tell a learner about a failed request: what happened and what they can do, never a raw server message. */
export function errorMessage(error: unknown): string {
  return t(errorMessageKey(error));
}

export function ErrorState(props: { error: unknown; onRetry: () => void; title?: boolean }): JSX.Element {
  return (
    <div class="status status-error" role="alert">
      <Show when={props.title ?? true}>
        <p class="status-title">{t("error.title")}</p>
      </Show>
      <p>{errorMessage(props.error)}</p>
      <button type="button" class="button" onClick={() => props.onRetry()}>
        <Icon name="refresh" />
        {t("error.retry")}
      </button>
    </div>
  );
}

export function LoadingState(props: { label: string; children?: JSX.Element }): JSX.Element {
  return (
    <div class="loading">
      <p class="status-loading" role="status">
        <span class="spinner" aria-hidden="true" />
        {props.label}
      </p>
      {props.children}
    </div>
  );
}

/** Grey placeholders in the shape of what is coming, so the page does not jump when it arrives. */
export function SkeletonLines(props: { lines: number; class?: string }): JSX.Element {
  return (
    <div class={props.class ? `skeleton ${props.class}` : "skeleton"} aria-hidden="true">
      <For each={Array.from({ length: props.lines })}>{() => <span class="skeleton-line" />}</For>
    </div>
  );
}
