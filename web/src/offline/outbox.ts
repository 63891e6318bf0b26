import { createSignal } from "solid-js";
import { ApiError, OfflineError } from "../data/api";
import { currentMember } from "../data/session";
import { locale } from "../i18n";
import { type ActionKind, announce, channelName, db, type Notice } from "./db";
import { flush } from "./replay";

/**
 * The page's side of the outbox (ADR 17). A learner's action is written to IndexedDB with a fresh
 * Idempotency-Key before it is sent; an answer removes it, no network leaves it to be replayed
 * (`online`, focus, Background Sync). What waits, what is being sent and what came of it are
 * signals the UI shows as they are: nothing counts as done before the server said so.
 */

/** The action is stored on the phone and will be sent later. */
export interface Queued {
  queued: true;
}
export const isQueued = (value: unknown): value is Queued =>
  typeof value === "object" && value !== null && (value as Queued).queued === true;

const [online, setOnline] = createSignal(typeof navigator === "undefined" ? true : navigator.onLine);
const [syncing, setSyncing] = createSignal(false);
const [waiting, setWaiting] = createSignal<{ kind: ActionKind; courseId: string; lessonId: string }[]>([]);
const [notices, setNotices] = createSignal<Notice[]>([]);

export { notices, online, syncing };

export const pendingCount = () => waiting().length;
/** The kind of action waiting for this lesson, if any. */
export const pendingFor = (courseId: string, lessonId: string) =>
  waiting().find((entry) => entry.courseId === courseId && entry.lessonId === lessonId)?.kind;

/** Reads the member's waiting actions and results again (after any change, here or in another tab). */
export async function reload(): Promise<void> {
  const owner = currentMember()?.id;
  if (!owner) {
    setWaiting([]);
    setNotices([]);
    return;
  }
  const store = await db();
  const [entries, results] = await Promise.all([store.getAll("outbox"), store.getAll("notices")]);
  setWaiting(entries.filter((entry) => entry.owner === owner));
  setNotices(results.filter((notice) => notice.owner === owner));
}

/** The learner has read what the last syncs brought back. */
export async function dismissNotices(): Promise<void> {
  const store = await db();
  await Promise.all(notices().map((notice) => store.delete("notices", notice.id as number)));
  announce();
  await reload();
}

async function askForBackgroundSync() {
  try {
    const registration = (await navigator.serviceWorker?.ready) as
      | (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
      | undefined;
    await registration?.sync?.register("berdaya-outbox");
  } catch {}
}

export interface Action<T> {
  kind: ActionKind;
  courseId: string;
  lessonId: string;
  lessonTitle: string;
  /** The route's path and JSON body, stored for a replay from the outbox (replay.ts sends them as they are). */
  path: string;
  body?: unknown;
  /** The same request through the typed client (data/api.ts), with the action's Idempotency-Key header. */
  send: (headers: Record<string, string>) => Promise<T>;
  /** A file that could not be uploaded offline: the action waits in the outbox with it. */
  file?: { blob: Blob; name: string; contentType: string };
}

/** Sends the action now, or keeps it in the outbox when there is no network: the server's answer, or Queued. */
export async function deliver<T>(action: Action<T>): Promise<T | Queued> {
  const owner = currentMember()?.id;
  const key = crypto.randomUUID();
  const send = () => action.send({ "Idempotency-Key": `"${key}"` });
  if (!owner) return send();
  const store = await db();
  await store.put("outbox", {
    key,
    owner,
    kind: action.kind,
    courseId: action.courseId,
    lessonId: action.lessonId,
    lessonTitle: action.lessonTitle,
    path: action.path,
    body: action.body === undefined ? null : JSON.stringify(action.body),
    ...(action.file ? { file: action.file } : {}),
    createdAt: Date.now(),
  });
  const keep = async () => {
    announce();
    await reload();
    void askForBackgroundSync();
    return { queued: true } as const;
  };
  // A file still to upload: only the outbox can send it (upload first, then the action).
  if (action.file) return keep();
  try {
    const answer = await send();
    setOnline(true);
    await store.delete("outbox", key);
    return answer;
  } catch (failure) {
    // No answer, or a server that cannot answer now: the action waits and is replayed with its key.
    if (failure instanceof OfflineError) {
      setOnline(false);
      return keep();
    }
    if (failure instanceof ApiError && (failure.status >= 500 || failure.code === "idempotency_in_progress"))
      return keep();
    await store.delete("outbox", key);
    throw failure;
  }
}

let onSynced: ((sent: Notice[]) => void) | undefined;

/** Sends what waits, if anything and if a member is signed in; `then` hears of each run that sent some. */
export async function syncNow(): Promise<void> {
  const owner = currentMember()?.id;
  if (!owner || syncing() || !waiting().length) return;
  setSyncing(true);
  const before = new Set(notices().map((notice) => notice.id));
  try {
    // The browser's online flag can say yes on a dead connection: what the server answered decides.
    setOnline((await flush(owner, locale())) !== "unreachable");
  } finally {
    setSyncing(false);
    await reload();
  }
  const sent = notices().filter((notice) => !before.has(notice.id));
  if (sent.length) onSynced?.(sent);
}

/** Asks the server whether it can be reached (the browser's online flag can be wrong both ways). */
async function probe(): Promise<void> {
  try {
    // Read to the end: an unread body keeps the request open.
    await (await fetch("/api/health", { cache: "no-store" })).text();
    setOnline(true);
    await syncNow();
  } catch {
    setOnline(false);
  }
}

let started = false;
/** Starts watching the connection and the outbox; `synced` is told what each sync brought back. */
export function startOutbox(synced: (sent: Notice[]) => void): void {
  onSynced = synced;
  if (started) return;
  started = true;
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = () => void reload();
  window.addEventListener("online", () => void probe());
  window.addEventListener("offline", () => setOnline(false));
  window.addEventListener("focus", () => void probe());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void probe();
  });
  // While the server is out of reach, look again now and then (a request of a few hundred bytes).
  setInterval(() => {
    if (!online()) void probe();
  }, 15_000);
  void reload().then(probe);
}
