import { createSignal, getOwner, onCleanup } from "solid-js";
import { ApiError } from "./api";
import { phoneImage } from "./phone-image";
import {
  completeUpload,
  contentTypeFor,
  createUpload,
  putFile,
  type Transfer,
  TransferError,
  type UploadedFile,
  type UploadKind,
  type UploadSlot,
  uploadKinds,
} from "./uploads";

export type UploadPhase = "idle" | "sending" | "checking" | "done" | "failed";

/** One file's upload as it goes: what the upload field and the worksheet's attachment both show. */
export interface Uploader {
  phase: () => UploadPhase;
  /** Fraction of the bytes sent, 0 to 1. */
  progress: () => number;
  error: () => unknown;
  /** Whether "try again" can help (a broken connection) rather than needing another file. */
  retryable: () => boolean;
  file: () => File | undefined;
  result: () => UploadedFile | undefined;
  busy: () => boolean;
  start: (file: File) => Promise<UploadedFile | undefined>;
  retry: () => Promise<UploadedFile | undefined>;
  cancel: () => void;
  reset: () => void;
}

/** Why a file cannot be sent at all, found before a byte leaves: each page words it in its own dictionary. */
export type FileFault = { fault: "wrongType" } | { fault: "empty" } | { fault: "tooLarge"; maxBytes: number };

/**
 * The first of `kinds` that `file` is, with the content type to declare, or why it is none of them:
 * the server's own types and size limits.
 */
export function checkFile(
  file: File,
  kinds: readonly UploadKind[],
): { kind: UploadKind; contentType: string } | FileFault {
  for (const kind of kinds) {
    const contentType = contentTypeFor(file, kind);
    if (!contentType) continue;
    if (file.size === 0) return { fault: "empty" };
    const maxBytes = uploadKinds[kind].maxBytes;
    if (file.size > maxBytes) return { fault: "tooLarge", maxBytes };
    return { kind, contentType };
  }
  return { fault: "wrongType" };
}

/** The three requests of an upload; the tests put their own in. */
export interface UploadTransport {
  createUpload: (file: File, contentType: string) => Promise<UploadSlot>;
  putFile: (url: string, file: File, contentType: string, onProgress: (fraction: number) => void) => Transfer;
  completeUpload: (uploadId: string) => Promise<UploadedFile>;
}

const http: UploadTransport = { createUpload, putFile, completeUpload };

type Step = "slot" | "put" | "complete";

// A presigned URL this close to expiring is not worth another try: ask for a new one.
const expiryMarginMs = 60_000;

/**
 * One file's way to storage: checked here for type and size (`kinds`, with `fault` wording a file
 * that fails), sent with progress, checked again by the server. A broken connection can be retried
 * from where it broke: the same presigned URL while it is valid, a new one after; a file the server
 * refused (wrong content, too large) cannot.
 */
export function createUploadMachine(
  kinds: readonly UploadKind[],
  fault: (problem: FileFault) => unknown,
  transport: UploadTransport = http,
  /** Pictures people look at (a cover, a lesson's picture, a worksheet photo) go at phone width: ADR 20. */
  options: { phoneWidth?: boolean } = {},
): Uploader {
  const [phase, setPhase] = createSignal<UploadPhase>("idle");
  const [progress, setProgress] = createSignal(0);
  const [error, setError] = createSignal<unknown>();
  const [retryable, setRetryable] = createSignal(false);
  const [file, setFile] = createSignal<File>();
  const [result, setResult] = createSignal<UploadedFile>();
  let contentType = "";
  let slot: UploadSlot | undefined;
  let transfer: Transfer | undefined;
  let resumeAt: Step = "slot";
  // Each attempt has a number; the answers of one that was cancelled or replaced are ignored.
  let attempt = 0;

  function stop() {
    attempt++;
    transfer?.cancel();
    transfer = undefined;
  }

  if (getOwner()) onCleanup(stop);

  function fail(failure: unknown, canRetry: boolean, from: Step) {
    setError(() => failure);
    setRetryable(canRetry);
    resumeAt = from;
    setPhase("failed");
  }

  async function run(from: Step): Promise<UploadedFile | undefined> {
    const current = file();
    if (!current) return undefined;
    const mine = ++attempt;
    let step: Step = from;
    setError(undefined);
    setResult(undefined);
    setPhase("sending");
    try {
      if (step === "slot" || !slot || Date.parse(slot.expiresAt) - Date.now() < expiryMarginMs) {
        step = "slot";
        setProgress(0);
        slot = await transport.createUpload(current, contentType);
        if (mine !== attempt) return undefined;
        step = "put";
      }
      if (step === "put") {
        setProgress(0);
        transfer = transport.putFile(slot.url, current, contentType, (fraction) => {
          if (mine === attempt) setProgress(fraction);
        });
        await transfer.done;
        transfer = undefined;
        if (mine !== attempt) return undefined;
        step = "complete";
      }
      setPhase("checking");
      const uploaded = await transport.completeUpload(slot.uploadId);
      if (mine !== attempt) return undefined;
      setResult(uploaded);
      setPhase("done");
      return uploaded;
    } catch (failure) {
      transfer = undefined;
      if (mine !== attempt) return undefined;
      const refused =
        failure instanceof ApiError &&
        failure.status >= 400 &&
        failure.status < 500 &&
        failure.status !== 429;
      if (step === "complete" && refused) {
        // The file never arrived: send it again. Anything else (wrong content, too large): the server
        // deleted it, and only another file can help.
        if (failure.code === "upload_missing") fail(failure, true, "put");
        else {
          slot = undefined;
          fail(failure, false, "slot");
        }
      } else if (step === "slot" && refused) fail(failure, false, "slot");
      else fail(failure, true, step);
      return undefined;
    }
  }

  return {
    phase,
    progress,
    error,
    retryable,
    file,
    result,
    busy: () => phase() === "sending" || phase() === "checking",
    async start(chosen: File) {
      stop();
      slot = undefined;
      setFile(chosen);
      setProgress(0);
      setResult(undefined);
      let next = chosen;
      if (options.phoneWidth) {
        const mine = attempt;
        setError(undefined);
        setPhase("sending");
        next = await phoneImage(chosen);
        // Another file was chosen, or this one cancelled, while the picture was being made smaller.
        if (mine !== attempt) return undefined;
        setFile(next);
      }
      const checked = checkFile(next, kinds);
      if ("fault" in checked) {
        fail(fault(checked), false, "slot");
        return undefined;
      }
      contentType = checked.contentType;
      return run("slot");
    },
    retry: () => run(resumeAt),
    cancel() {
      if (phase() !== "sending") return;
      stop();
      fail(new TransferError("cancelled"), true, slot ? "put" : "slot");
    },
    reset() {
      stop();
      slot = undefined;
      setFile(undefined);
      setError(undefined);
      setResult(undefined);
      setProgress(0);
      setPhase("idle");
    },
  };
}
