import { type DBSchema, type IDBPDatabase, openDB } from "idb";

/**
 * What the phone keeps for learning without signal, in IndexedDB, shared by the page and the service
 * worker: the outbox of actions waiting to be sent, the results to tell the learner, the saved
 * courses (their files are in the Cache API, one cache per saved copy) and the data saver setting.
 */

export type ActionKind = "complete" | "attempt" | "submission";

export interface OutboxEntry {
  /** The Idempotency-Key: made once when the action is taken, sent with every replay. */
  key: string;
  /** The member who took the action: never sent under another member's session. */
  owner: string;
  kind: ActionKind;
  courseId: string;
  lessonId: string;
  lessonTitle: string;
  path: string;
  body: string | null;
  /** A worksheet's photo or PDF taken offline: uploaded first on replay, then named in the body. */
  file?: { blob: Blob; name: string; contentType: string };
  createdAt: number;
}

export interface Notice {
  id?: number;
  owner: string;
  outcome: "completed" | "graded" | "submitted" | "dropped" | "conflict";
  courseId: string;
  lessonId: string;
  lessonTitle: string;
  /** The server's words for a refusal; the grade for an attempt. */
  reason?: string;
  percent?: number;
  passed?: boolean;
  at: number;
}

export interface SavedCourse {
  courseId: string;
  owner: string;
  title: string;
  /** The Cache API cache holding this copy's answers and files. */
  cacheName: string;
  bytes: number;
  /** A fingerprint of the course outline when saved: a different one online means the trainer changed it. */
  fingerprint: string;
  videos: string[];
  savedAt: number;
}

interface Schema extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { byLesson: [string, string] } };
  notices: { key: number; value: Notice };
  courses: { key: string; value: SavedCourse };
  settings: { key: string; value: { name: string; value: boolean } };
}

let opened: Promise<IDBPDatabase<Schema>> | undefined;

export function db(): Promise<IDBPDatabase<Schema>> {
  opened ??= openDB<Schema>("berdaya-offline", 1, {
    upgrade(database) {
      database
        .createObjectStore("outbox", { keyPath: "key" })
        .createIndex("byLesson", ["courseId", "lessonId"]);
      database.createObjectStore("notices", { keyPath: "id", autoIncrement: true });
      database.createObjectStore("courses", { keyPath: "courseId" });
      database.createObjectStore("settings", { keyPath: "name" });
    },
  });
  return opened;
}

/** The service worker's copies of the member's own answers (session, enrollments, course outlines). */
export const apiCache = "berdaya-api";

/** Tells every open page and the service worker that the outbox or the saved courses changed. */
export const channelName = "berdaya-offline";
export function announce(): void {
  const channel = new BroadcastChannel(channelName);
  channel.postMessage("changed");
  channel.close();
}

export async function dataSaver(): Promise<boolean> {
  return (await (await db()).get("settings", "dataSaver"))?.value ?? false;
}
