import { announce, db, type Notice, type OutboxEntry } from "./db";

/**
 * Sends the outbox, oldest first, each action with its Idempotency-Key (ADR 17), so a replay of one
 * the server already applied gets the first answer back and changes nothing. Runs in the page (on
 * `online`, focus and start) and in the service worker (Background Sync); a Web Lock keeps one
 * sender at a time. An action that finds no network, or a server that cannot answer now, stays
 * for the next try; the others (independent of each other) are still sent.
 */

const gone = new Set(["not_enrolled", "course_not_found", "lesson_not_found", "not_found"]);

type Outcome = { sent: true; notice?: Omit<Notice, "owner" | "at"> } | { sent: false; unreachable?: true };

const json = (lang: string, key?: string) => ({
  Accept: "application/json",
  "Accept-Language": lang,
  "Content-Type": "application/json",
  ...(key ? { "Idempotency-Key": `"${key}"` } : {}),
});

/**
 * Uploads an outbox entry's file (slot, PUT, check, as the page does online) and writes its upload id
 * into the entry's body, kept, so every later replay sends the same body under the same key.
 */
async function uploadFirst(entry: OutboxEntry, lang: string): Promise<Outcome | undefined> {
  const file = entry.file;
  if (!file) return undefined;
  const where = { courseId: entry.courseId, lessonId: entry.lessonId, lessonTitle: entry.lessonTitle };
  const refused = async (res: Response): Promise<Outcome> => {
    if (res.status === 401 || res.status === 429 || res.status >= 500) return { sent: false };
    const body = await res.json().catch(() => undefined);
    return {
      sent: true,
      notice: { ...where, outcome: "conflict", reason: body?.error?.message ?? res.statusText },
    };
  };
  try {
    const slotRes = await fetch("/api/uploads", {
      method: "POST",
      credentials: "same-origin",
      headers: json(lang),
      body: JSON.stringify({
        filename: file.name.slice(-200) || "berkas",
        contentType: file.contentType,
        size: file.blob.size,
      }),
    });
    if (!slotRes.ok) return refused(slotRes);
    const slot = (await slotRes.json()) as { uploadId: string; url: string };
    const put = await fetch(slot.url, {
      method: "PUT",
      headers: { "Content-Type": file.contentType },
      body: file.blob,
    });
    if (!put.ok) return { sent: false };
    const checked = await fetch(`/api/uploads/${encodeURIComponent(slot.uploadId)}/complete`, {
      method: "POST",
      credentials: "same-origin",
      headers: json(lang),
    });
    if (!checked.ok) return refused(checked);
    entry.body = JSON.stringify({ ...JSON.parse(entry.body ?? "{}"), uploadId: slot.uploadId });
    delete entry.file;
    await (await db()).put("outbox", entry);
    return undefined;
  } catch {
    return { sent: false, unreachable: true };
  }
}

async function sendOne(entry: OutboxEntry, lang: string): Promise<Outcome> {
  const uploading = await uploadFirst(entry, lang);
  if (uploading) return uploading;
  let response: Response;
  try {
    response = await fetch(entry.path, {
      method: "POST",
      credentials: "same-origin",
      headers: json(lang, entry.key),
      body: entry.body,
    });
  } catch {
    return { sent: false, unreachable: true };
  }
  const body = await response.json().catch(() => undefined);
  const where = { courseId: entry.courseId, lessonId: entry.lessonId, lessonTitle: entry.lessonTitle };
  if (response.ok) {
    if (entry.kind === "attempt")
      return {
        sent: true,
        notice: { ...where, outcome: "graded", percent: body?.percent, passed: body?.passed },
      };
    return {
      sent: true,
      notice: { ...where, outcome: entry.kind === "complete" ? "completed" : "submitted" },
    };
  }
  const code: string = body?.error?.code ?? "";
  const reason: string = body?.error?.message ?? response.statusText;
  // Not now: logged out, a replay still running, a rate limit or an outage. Try again later.
  if (response.status === 401 || response.status === 429 || response.status >= 500) return { sent: false };
  if (code === "idempotency_in_progress") return { sent: false };
  // A course deleted or an enrollment gone: the action can never apply; drop it and say so.
  if (gone.has(code)) return { sent: true, notice: { ...where, outcome: "dropped", reason } };
  // Refused for a reason the learner should read (attempt limit reached meanwhile, the quiz changed).
  return { sent: true, notice: { ...where, outcome: "conflict", reason } };
}

export type FlushResult = "done" | "stopped" | "unreachable";

async function flushUnlocked(owner: string, lang: string): Promise<FlushResult> {
  const store = await db();
  const entries = (await store.getAll("outbox"))
    .filter((entry) => entry.owner === owner)
    .sort((a, b) => a.createdAt - b.createdAt);
  let left = 0;
  let unreachable = 0;
  for (const entry of entries) {
    const outcome = await sendOne(entry, lang);
    if (!outcome.sent) {
      left++;
      if (outcome.unreachable) unreachable++;
      continue;
    }
    const tx = store.transaction(["outbox", "notices"], "readwrite");
    await tx.objectStore("outbox").delete(entry.key);
    if (outcome.notice) await tx.objectStore("notices").add({ ...outcome.notice, owner, at: Date.now() });
    await tx.done;
    announce();
  }
  if (unreachable && unreachable === entries.length) return "unreachable";
  return left ? "stopped" : "done";
}

/** Sends `owner`'s waiting actions; "stopped" when some are left for later. */
export async function flush(owner: string, lang: string): Promise<FlushResult> {
  if (typeof navigator !== "undefined" && navigator.locks)
    return (await navigator.locks.request("berdaya-outbox", () => flushUnlocked(owner, lang))) as FlushResult;
  return flushUnlocked(owner, lang);
}
