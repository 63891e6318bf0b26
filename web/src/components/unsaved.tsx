import { useBeforeLeave } from "@solidjs/router";
import { createSignal, type JSX, onCleanup, onMount, Show } from "solid-js";
import { t } from "../i18n/authoring";

export interface UnsavedGuard {
  /** Counts `dirty` in while the calling component lives. */
  track: (dirty: () => boolean) => void;
  dirty: () => boolean;
  /** Runs `action` now, or after the member agrees to drop their changes. */
  attempt: (action: () => void) => void;
  pending: () => boolean;
  stay: () => void;
  discard: () => void;
}

/**
 * Keeps unsaved edits from being lost: leaving the page in the app (a link, Back, another lesson)
 * asks first, in the page rather than in a blocking dialog; closing or reloading the tab gets the
 * browser's own question.
 */
export function createUnsavedGuard(): UnsavedGuard {
  // A plain set, not a signal: editors join and leave while the router renders a navigation inside a
  // transition, where a signal written from a cleanup can be overwritten when the transition commits.
  // It is only read from event handlers, and each source is itself reactive.
  const sources = new Set<() => boolean>();
  const [pendingAction, setPendingAction] = createSignal<() => void>();
  const dirty = () => [...sources].some((source) => source());

  useBeforeLeave((event) => {
    if (event.defaultPrevented || !dirty()) return;
    event.preventDefault();
    setPendingAction(() => () => event.retry(true));
  });

  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!dirty()) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = "";
  };
  onMount(() => window.addEventListener("beforeunload", onBeforeUnload));
  onCleanup(() => window.removeEventListener("beforeunload", onBeforeUnload));

  return {
    track(source) {
      sources.add(source);
      onCleanup(() => sources.delete(source));
    },
    dirty,
    attempt(action) {
      if (dirty()) setPendingAction(() => action);
      else action();
    },
    pending: () => pendingAction() !== undefined,
    stay: () => setPendingAction(undefined),
    discard() {
      const action = pendingAction();
      setPendingAction(undefined);
      action?.();
    },
  };
}

/** The question "leave without saving?", fixed at the bottom of the screen where a thumb reaches it. */
export function UnsavedPrompt(props: { guard: UnsavedGuard }): JSX.Element {
  let stayButton: HTMLButtonElement | undefined;
  return (
    <Show when={props.guard.pending()}>
      <div
        class="unsaved-prompt"
        role="alertdialog"
        aria-labelledby="unsaved-title"
        data-testid="unsaved-prompt"
        ref={(element) => queueMicrotask(() => (stayButton ?? element).focus())}
      >
        <p id="unsaved-title">{t("unsaved.question")}</p>
        <div class="button-row">
          <button
            type="button"
            class="button button-secondary"
            data-testid="unsaved-stay"
            ref={stayButton}
            onClick={() => props.guard.stay()}
          >
            {t("unsaved.stay")}
          </button>
          <button
            type="button"
            class="button button-danger"
            data-testid="unsaved-discard"
            onClick={() => props.guard.discard()}
          >
            {t("unsaved.discard")}
          </button>
        </div>
      </div>
    </Show>
  );
}
