import { registerSW } from "virtual:pwa-register";
import { createEffect, createSignal, For, type JSX, on, onCleanup, Show } from "solid-js";
import { refreshEnrollments } from "../data/learning";
import { currentMember } from "../data/session";
import { t, tn } from "../i18n/offline";
import type { Notice } from "./db";
import {
  dismissNotices,
  notices,
  online,
  pendingCount,
  reload,
  startOutbox,
  syncing,
  syncNow,
} from "./outbox";
import { refreshChanged, refreshLesson, reloadSaved } from "./saved";
import "./offline.css";

// The install prompt is offered at a moment the app is worth keeping: after enrolling, or after a
// course is saved for offline (ADR 17). Pages tell of such a moment with this event.
export const milestoneEvent = "berdaya:milestone";

interface InstallPrompt extends Event {
  prompt(): Promise<void>;
}
let deferredInstall: InstallPrompt | undefined;
const [canInstall, setCanInstall] = createSignal(false);
window.addEventListener("beforeinstallprompt", (event) => {
  event.preventDefault();
  deferredInstall = event as InstallPrompt;
});

function noticeText(notice: Notice): string {
  const lesson = notice.lessonTitle;
  switch (notice.outcome) {
    case "completed":
      return t("offline.notice.completed", { lesson });
    case "graded":
      return t("offline.notice.graded", {
        lesson,
        percent: notice.percent ?? 0,
        verdict: notice.passed ? t("offline.notice.passed") : t("offline.notice.failed"),
      });
    case "submitted":
      return t("offline.notice.submitted", { lesson });
    case "dropped":
      return t("offline.notice.dropped", { lesson, reason: notice.reason ?? t("offline.reason.gone") });
    case "conflict":
      return t("offline.notice.conflict", { lesson, reason: notice.reason ?? "" });
  }
}

/**
 * The strip under the header: offline / syncing / synced with what waits, what each sync brought back
 * (grades, refusals in words), and the install and update prompts.
 */
export default function OfflineBar(): JSX.Element {
  const [needRefresh, setNeedRefresh] = createSignal(false);
  const update = registerSW({ onNeedRefresh: () => setNeedRefresh(true) });

  const onMilestone = () => {
    if (deferredInstall) setCanInstall(true);
  };
  window.addEventListener(milestoneEvent, onMilestone);
  onCleanup(() => window.removeEventListener(milestoneEvent, onMilestone));

  startOutbox((sent) => {
    // The server has spoken: progress (and maybe a completion) is read again from it, and a graded
    // quiz's saved copy gets its next draw.
    void refreshEnrollments().catch(() => {});
    for (const notice of sent)
      if (notice.outcome === "graded") void refreshLesson(notice.courseId, notice.lessonId).catch(() => {});
  });
  createEffect(
    on(
      () => currentMember()?.id,
      (owner) => {
        void reload();
        void reloadSaved(owner);
        if (owner && navigator.onLine) void refreshChanged(owner);
      },
    ),
  );

  const state = () => (!online() ? "offline" : syncing() ? "syncing" : "synced");
  const show = () => !online() || pendingCount() > 0 || syncing() || notices().length > 0;

  return (
    <>
      <Show when={show()}>
        <div class="offline-strip-bar" data-state={state()} data-testid="sync-status">
          <div class="container offline-strip" role="status" aria-live="polite">
            <span class="offline-state" data-testid="sync-state" data-value={state()}>
              <span class="offline-dot" aria-hidden="true" />
              {t(`offline.state.${state()}`)}
            </span>
            <Show when={pendingCount() > 0}>
              <span data-testid="sync-pending" data-count={pendingCount()}>
                {tn("offline.state.pending", pendingCount())}
              </span>
              <Show when={online() && !syncing()}>
                <button type="button" class="button button-secondary" onClick={() => void syncNow()}>
                  {t("offline.state.syncNow")}
                </button>
              </Show>
            </Show>
            <Show when={!online()}>
              <p>{t("offline.state.offlineNote")}</p>
            </Show>
            <Show when={notices().length > 0}>
              <div class="offline-notices" data-testid="sync-notices">
                <strong>{t("offline.notice.title")}</strong>
                <ul>
                  <For each={notices()}>
                    {(notice) => <li data-outcome={notice.outcome}>{noticeText(notice)}</li>}
                  </For>
                </ul>
                <button type="button" class="button button-secondary" onClick={() => void dismissNotices()}>
                  {t("offline.notice.dismiss")}
                </button>
              </div>
            </Show>
          </div>
        </div>
      </Show>
      <Show when={needRefresh()}>
        <div class="offline-strip-bar" data-testid="update-prompt">
          <div class="container offline-strip" role="status">
            <p>{t("offline.update.text")}</p>
            <button type="button" class="button" onClick={() => void update(true)}>
              {t("offline.update.button")}
            </button>
          </div>
        </div>
      </Show>
      <Show when={canInstall()}>
        <div class="offline-strip-bar" data-testid="install-prompt">
          <div class="container offline-strip">
            <p>
              <strong>{t("offline.install.title")}</strong> — {t("offline.install.text")}
            </p>
            <button
              type="button"
              class="button"
              onClick={() => {
                void deferredInstall?.prompt();
                deferredInstall = undefined;
                setCanInstall(false);
              }}
            >
              {t("offline.install.button")}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setCanInstall(false)}>
              {t("offline.install.later")}
            </button>
          </div>
        </div>
      </Show>
    </>
  );
}
