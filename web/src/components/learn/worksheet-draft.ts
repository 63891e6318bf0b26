import { OfflineError } from "../../data/api";
import { contentTypeFor, TransferError } from "../../data/uploads";
import type { Attachment } from "./file-upload";

// What the learner typed, kept on the phone until it is sent: a dropped connection, a reload or a
// closed tab must not cost half an hour of typing on a small keyboard.
export interface Draft {
  fields: Record<string, string>;
  savedAt: string;
}

export function draftKey(memberId: string, courseId: string, lessonId: string) {
  return `berdaya.worksheet.${memberId}.${courseId}.${lessonId}`;
}

export function readDraft(key: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as Draft;
    return typeof draft?.fields === "object" && draft.fields ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, fields: Record<string, string>) {
  try {
    if (Object.values(fields).some((value) => value.trim())) {
      localStorage.setItem(key, JSON.stringify({ fields, savedAt: new Date().toISOString() }));
    } else localStorage.removeItem(key);
  } catch {}
}

export function dropDraft(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {}
}

/** A file whose upload found no network: it can wait in the outbox with the hand-in. */
export function offlineFile(attachment: Attachment) {
  const file = attachment.file();
  const error = attachment.error();
  const noNetwork =
    error instanceof OfflineError || (error instanceof TransferError && error.reason === "network");
  if (attachment.phase() !== "failed" || !noNetwork || !file) return undefined;
  const contentType = contentTypeFor(file, "image") ?? contentTypeFor(file, "document");
  return contentType ? { blob: file as Blob, name: file.name, contentType } : undefined;
}
