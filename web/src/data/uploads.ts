import { kindLimits, type UploadKind } from "@berdaya/core/upload/limits";
import { type AnswerOf, call, client } from "./api";

/**
 * Uploads go in three steps: ask the API for a presigned URL, PUT the bytes straight to storage
 * (with progress, so a trainer on a slow connection sees it moving), then ask the API to check
 * what arrived. The limits are the server's own (packages/core/src/upload/limits.ts), so a file that
 * is too large is refused before a single byte is sent.
 */

const MB = 1024 * 1024;

export const uploadKinds = kindLimits;
export type { UploadKind };

const byExtension: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".pdf": "application/pdf",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".zip": "application/zip",
};

/**
 * The content type to declare for `file` as an upload of `kind`, or undefined when it is not one.
 * Browsers disagree on what they report (Windows calls a zip "application/x-zip-compressed", some
 * phones report nothing), so the file name's extension decides when the reported type is not ours.
 */
export function contentTypeFor(file: File, kind: UploadKind): string | undefined {
  const types: readonly string[] = uploadKinds[kind].types;
  const reported = file.type.toLowerCase();
  if (types.includes(reported)) return reported;
  const dot = file.name.lastIndexOf(".");
  const guessed = dot >= 0 ? byExtension[file.name.slice(dot).toLowerCase()] : undefined;
  return guessed && types.includes(guessed) ? guessed : undefined;
}

/** The `accept` attribute of a file input for `kind`: types and extensions both, for older pickers. */
export function acceptFor(kind: UploadKind): string {
  return [...uploadKinds[kind].types, ...uploadKinds[kind].extensions].join(",");
}

export type UploadSlot = AnswerOf<typeof client.uploads.$post>;
export type UploadedFile = AnswerOf<(typeof client.uploads)[":uploadId"]["complete"]["$post"]>;

/**
 * Where an upload is served: a redirect to a short-lived link to the file (the route's own path; a
 * saved course keeps its files under it). With `download`, the file comes as an attachment.
 */
export const fileUrl = (uploadId: string, options: { download?: boolean } = {}) => {
  const url = client.files[":uploadId"].$url({
    param: { uploadId },
    query: options.download ? { download: "1" } : {},
  });
  return url.pathname + url.search;
};

export function createUpload(file: File, contentType: string): Promise<UploadSlot> {
  return call(
    client.uploads.$post({
      json: { filename: file.name.slice(-200) || "berkas", contentType, size: file.size },
    }),
  );
}

export function completeUpload(uploadId: string): Promise<UploadedFile> {
  return call(client.uploads[":uploadId"].complete.$post({ param: { uploadId } }));
}

/** The PUT to storage did not finish: the connection broke, storage said no, or the member cancelled. */
export class TransferError extends Error {
  override readonly name = "TransferError";
  constructor(
    readonly reason: "network" | "refused" | "cancelled",
    readonly status = 0,
  ) {
    super(reason === "refused" ? `Storage answered ${status}` : `Upload ${reason}`);
  }
}

export interface Transfer {
  done: Promise<void>;
  cancel: () => void;
}

/**
 * PUTs the file's bytes to a presigned URL. XMLHttpRequest rather than fetch: only it reports upload
 * progress. `onProgress` gets the fraction sent, 0 to 1.
 */
export function putFile(
  url: string,
  file: File,
  contentType: string,
  onProgress: (fraction: number) => void,
): Transfer {
  const xhr = new XMLHttpRequest();
  const done = new Promise<void>((resolve, reject) => {
    xhr.open("PUT", url);
    xhr.setRequestHeader("Content-Type", contentType);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
      } else reject(new TransferError("refused", xhr.status));
    };
    xhr.onerror = () => reject(new TransferError("network"));
    xhr.ontimeout = () => reject(new TransferError("network"));
    xhr.onabort = () => reject(new TransferError("cancelled"));
    xhr.send(file);
  });
  return { done, cancel: () => xhr.abort() };
}

/** "2,4 MB" / "2.4 MB". */
export function formatBytes(bytes: number, lang: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(lang === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= MB) return format(bytes / MB, "MB");
  if (bytes >= 1024) return format(bytes / 1024, "KB");
  return format(bytes, "B");
}

/** Sends a small file the whole way (slot, PUT, check) with no progress to show; the checked upload. */
export async function uploadFile(file: File, contentType: string): Promise<UploadedFile> {
  const slot = await createUpload(file, contentType);
  await putFile(slot.url, file, contentType, () => {}).done;
  return completeUpload(slot.uploadId);
}
