import { createRoot, createSignal } from "solid-js";
import { type AnswerOf, call, client } from "./api";
import { currentMember } from "./session";

export type Inbox = AnswerOf<typeof client.me.notifications.$get>;
export type Notification = Inbox["items"][number];

/**
 * One inbox for the whole app, so the header's badge, the notifications page and the homes' waiting
 * counts agree. Refreshed when a page asks (`fresh`), on navigation and focus at most every 30 s.
 */
const store = createRoot(() => {
  const [inbox, setInbox] = createSignal<{ userId: string; value: Inbox }>();
  let fetchedAt = 0;
  let inFlight: Promise<void> | undefined;

  function refresh(options: { fresh?: boolean } = {}): Promise<void> {
    const userId = currentMember()?.id;
    if (!userId) return Promise.resolve();
    if (!options.fresh && (inFlight || Date.now() - fetchedAt < 30_000)) return inFlight ?? Promise.resolve();
    fetchedAt = Date.now();
    const request = call(client.me.notifications.$get())
      .then((value) => {
        if (currentMember()?.id === userId) setInbox({ userId, value });
      })
      // The badge is a hint: a failed refresh keeps what was shown and tries again later.
      .catch(() => {
        fetchedAt = 0;
      })
      .finally(() => {
        if (inFlight === request) inFlight = undefined;
      });
    inFlight = request;
    return request;
  }

  return {
    /** The signed-in member's inbox, or undefined before it arrived (never another member's). */
    inbox: () => {
      const current = inbox();
      return current && current.userId === currentMember()?.id ? current.value : undefined;
    },
    refresh,
    async markSeen(until: string) {
      const userId = currentMember()?.id;
      const value = await call(client.me.notifications.seen.$post({ json: { until } }));
      if (userId && currentMember()?.id === userId) setInbox({ userId, value });
    },
  };
});

export const inbox = store.inbox;
export const refreshInbox = store.refresh;
export const markNotificationsSeen = store.markSeen;
