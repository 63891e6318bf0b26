import * as v from "valibot";
import type { Actor } from "../actor/index";
import { isConditionFailure, service } from "../db/index";
import { DomainError, forbidden, invalid, notFound } from "../error/index";
import * as Files from "../files/index";
import { idSchema, newId } from "../id/index";
import { type DetectedType, detectType, headBytes, kindLimits } from "./detect";

export type UploadKind = keyof typeof kindLimits;

export const createInput = v.strictObject({
  filename: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  contentType: v.pipe(v.string(), v.maxLength(100)),
  size: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const uploadParams = v.object({ uploadId: idSchema });
/** `?download=1` saves the file instead of showing it, so "Unduh" never leaves the page it is on. */
export const downloadQuery = v.object({ download: v.optional(v.picklist(["1"])) });

export const createdSchema = v.object({ uploadId: v.string(), url: v.string(), expiresAt: v.string() });
export const uploadSchema = v.object({
  uploadId: v.string(),
  kind: v.string(),
  filename: v.string(),
  contentType: v.string(),
  size: v.number(),
  url: v.string(),
});

function kindOf(contentType: string): UploadKind | undefined {
  return (Object.keys(kindLimits) as UploadKind[]).find((kind) =>
    (kindLimits[kind].types as readonly string[]).includes(contentType.toLowerCase()),
  );
}

const tooLarge = (limitMb: number) => new DomainError("too_large", "upload_too_large", { limit: limitMb });

/**
 * Starts an upload: the member PUTs the file straight to S3 with the presigned URL, then calls
 * complete(). Trainers upload course material (any kind); other members only images and PDFs for
 * their worksheet submissions.
 */
export async function create(
  actor: Actor,
  input: v.InferOutput<typeof createInput>,
): Promise<v.InferOutput<typeof createdSchema>> {
  const kind = kindOf(input.contentType);
  if (!kind) throw invalid("upload_type_not_allowed");
  const limit = kindLimits[kind];
  if (input.size > limit.maxBytes) throw tooLarge(limit.maxBytes / 1024 / 1024);
  const isTrainer = actor.role === "trainer" || actor.role === "admin";
  if (!isTrainer && (kind === "video" || kind === "package")) throw forbidden("forbidden");
  const uploadId = newId();
  const key = `uploads/${actor.userId}/${uploadId}`;
  const expiresIn = kind === "video" || kind === "package" ? 3600 : 900;
  const now = Date.now();
  await service.entities.Upload.create({
    uploadId,
    ownerId: actor.userId,
    kind,
    purpose: isTrainer ? "course" : "submission",
    filename: input.filename,
    declaredType: input.contentType.toLowerCase(),
    declaredSize: input.size,
    key,
    status: "pending",
    createdAt: new Date(now).toISOString(),
    expiresAt: Math.floor(now / 1000) + 86_400,
  }).go();
  const { sdk, client } = await Files.s3();
  const { getSignedUrl } = await import("@aws-sdk/s3-request-presigner");
  const url = await getSignedUrl(
    client,
    new sdk.PutObjectCommand({
      Bucket: Files.bucket(),
      Key: key,
      ContentType: input.contentType.toLowerCase(),
      ContentLength: input.size,
    }),
    { expiresIn },
  );
  return { uploadId, url, expiresAt: new Date(now + expiresIn * 1000).toISOString() };
}

async function readHead(key: string): Promise<Uint8Array> {
  const { sdk, client } = await Files.s3();
  const object = await client.send(
    new sdk.GetObjectCommand({ Bucket: Files.bucket(), Key: key, Range: `bytes=0-${headBytes - 1}` }),
  );
  return (await object.Body?.transformToByteArray()) ?? new Uint8Array();
}

/**
 * Where checked bytes live: a key no presigned URL is ever made for, distinct per check, so a second
 * PUT with the upload's URL (reused before it expires) writes only to the incoming key, never served.
 */
const checkedKeyOf = (ownerId: string, uploadId: string) => `files/${ownerId}/${uploadId}/${newId()}`;

async function deleteObject(key: string) {
  const { sdk, client } = await Files.s3();
  await client.send(new sdk.DeleteObjectCommand({ Bucket: Files.bucket(), Key: key })).catch(() => undefined);
}

/**
 * Checks what was really stored before anyone can use it. The incoming object is first copied to a
 * key of its own, and that copy is what is checked (size against the kind's limit, type from its
 * first bytes) and afterwards served: the bytes checked are the bytes served (ADR 0012). On a
 * mismatch both are deleted and the answer says why.
 */
export async function complete(actor: Actor, uploadId: string): Promise<v.InferOutput<typeof uploadSchema>> {
  const upload = (await service.entities.Upload.get({ uploadId }).go()).data;
  if (!upload || upload.ownerId !== actor.userId) throw notFound("upload_not_found");
  if (upload.status === "ready") return toUpload(upload);
  if (upload.status === "rejected") throw invalid("upload_rejected");
  const checkedKey = checkedKeyOf(upload.ownerId, uploadId);
  const { sdk, client } = await Files.s3();
  const copied = await client
    .send(
      new sdk.CopyObjectCommand({
        Bucket: Files.bucket(),
        Key: checkedKey,
        CopySource: `${Files.bucket()}/${upload.key}`,
      }),
    )
    .catch(() => undefined);
  if (!copied) throw invalid("upload_missing");
  const head = await client
    .send(new sdk.HeadObjectCommand({ Bucket: Files.bucket(), Key: checkedKey }))
    .catch(() => undefined);
  if (!head) throw invalid("upload_missing");
  const limit = kindLimits[upload.kind];
  const size = head.ContentLength ?? 0;
  let problem: DomainError | undefined;
  let detected: DetectedType | undefined;
  if (size > limit.maxBytes) problem = tooLarge(limit.maxBytes / 1024 / 1024);
  else if (size === 0) problem = invalid("upload_empty");
  else {
    detected = detectType(await readHead(checkedKey));
    if (!detected || !(limit.types as readonly string[]).includes(detected)) {
      problem = invalid("upload_content_mismatch", {
        declared: upload.declaredType,
        detected: detected ?? "unknown",
      });
    }
  }
  if (problem) {
    await Promise.all([deleteObject(checkedKey), deleteObject(upload.key)]);
    await service.entities.Upload.patch({ uploadId })
      .set({ status: "rejected" })
      .where((attr, op) => op.eq(attr.status, "pending"))
      .go()
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
    throw problem;
  }
  try {
    const { data } = await service.entities.Upload.patch({ uploadId })
      .set({ status: "ready", contentType: detected, size, checkedKey, etag: head.ETag ?? "" })
      .remove(["expiresAt"])
      .where((attr, op) => op.eq(attr.status, "pending"))
      .go({ response: "all_new" });
    await deleteObject(upload.key);
    return toUpload(data as NonNullable<typeof upload>);
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    // A parallel complete() won: its copy is the one served; this one is dropped.
    await deleteObject(checkedKey);
    const winner = await get(uploadId);
    if (winner?.status !== "ready") throw invalid("upload_rejected");
    return toUpload(winner);
  }
}

type UploadItem = NonNullable<Awaited<ReturnType<typeof get>>>;

function toUpload(upload: UploadItem) {
  return {
    uploadId: upload.uploadId,
    kind: upload.kind,
    filename: upload.filename,
    contentType: upload.contentType ?? upload.declaredType,
    size: upload.size ?? upload.declaredSize,
    url: fileUrl(upload.uploadId),
  };
}

/**
 * Where a checked file is served. Lesson Markdown stores these links and course cards show them, so
 * the layout is part of the stored content: built here only, mounted by the API's files route.
 */
export const fileUrl = (uploadId: string) => `/api/files/${uploadId}`;

export async function get(uploadId: string) {
  return (await service.entities.Upload.get({ uploadId }).go()).data;
}

/** A checked upload of this member's, of one of `kinds`, ready to be used in a lesson; else 400. */
export async function requireReady(actor: Actor, uploadId: string, kinds: UploadKind[]) {
  const upload = await get(uploadId);
  if (
    !upload ||
    upload.ownerId !== actor.userId ||
    upload.status !== "ready" ||
    !upload.checkedKey ||
    !kinds.includes(upload.kind)
  ) {
    throw invalid("upload_not_ready", { uploadId });
  }
  return upload;
}

/** Stores a file the server already holds (a module package's asset) as a ready course upload. */
export async function store(
  actor: Actor,
  file: { filename: string; contentType: DetectedType; data: Buffer },
) {
  const kind = kindOf(file.contentType);
  if (!kind) throw invalid("upload_type_not_allowed");
  const uploadId = newId();
  // The server writes the checked key itself: no URL is ever signed for it.
  const key = checkedKeyOf(actor.userId, uploadId);
  const { sdk, client } = await Files.s3();
  await client.send(
    new sdk.PutObjectCommand({
      Bucket: Files.bucket(),
      Key: key,
      Body: file.data,
      ContentType: file.contentType,
    }),
  );
  await service.entities.Upload.create({
    uploadId,
    ownerId: actor.userId,
    kind,
    purpose: "course",
    filename: file.filename,
    declaredType: file.contentType,
    declaredSize: file.data.length,
    key,
    checkedKey: key,
    status: "ready",
    contentType: file.contentType,
    size: file.data.length,
    createdAt: new Date().toISOString(),
  }).go();
  return uploadId;
}

/** The whole object, for server-side processing of a checked upload (a module package). */
export async function read(upload: UploadItem): Promise<Buffer> {
  if (!upload.checkedKey) throw invalid("upload_not_ready", { uploadId: upload.uploadId });
  const { sdk, client } = await Files.s3();
  const object = await client.send(
    new sdk.GetObjectCommand({ Bucket: Files.bucket(), Key: upload.checkedKey }),
  );
  return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
}

/**
 * A short-lived download URL. Course material is readable by anyone holding its id; a learner's
 * submission only by its owner, admins, and the trainer it was handed in to.
 */
export async function downloadUrl(
  actor: Actor | undefined,
  uploadId: string,
  disposition: "inline" | "attachment" = "inline",
) {
  const upload = await get(uploadId);
  // Only the checked copy is ever served; an upload checked before ADR 0012 has none and is not served.
  if (upload?.status !== "ready" || !upload.checkedKey) throw notFound("file_not_found");
  if (upload.purpose === "submission") {
    const readers = [upload.ownerId, upload.sharedWith];
    if (!actor || (actor.role !== "admin" && !readers.includes(actor.userId)))
      throw notFound("file_not_found");
  }
  const { sdk, client } = await Files.s3();
  const { getSignedUrl } = await import("@aws-sdk/s3-request-presigner");
  return getSignedUrl(
    client,
    new sdk.GetObjectCommand({
      Bucket: Files.bucket(),
      Key: upload.checkedKey,
      ResponseContentType: upload.contentType,
      ResponseContentDisposition: `${disposition}; filename="${upload.filename.replace(/[^\w.\- ]/g, "_")}"`,
    }),
    { expiresIn: 900 },
  );
}

/** Lets the trainer who reviews a submission read its file. */
export async function shareWith(uploadId: string, userId: string) {
  await service.entities.Upload.patch({ uploadId }).set({ sharedWith: userId }).go();
}

/** Deletes an upload's stored object and its record (a deleted member's worksheet file). Safe to repeat. */
export async function forget(uploadId: string) {
  const upload = await get(uploadId);
  if (!upload) return;
  const { sdk, client } = await Files.s3();
  for (const key of [upload.key, upload.checkedKey])
    if (key) await client.send(new sdk.DeleteObjectCommand({ Bucket: Files.bucket(), Key: key }));
  await service.entities.Upload.delete({ uploadId }).go();
}
