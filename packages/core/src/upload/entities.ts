import { Entity } from "electrodb";
import { service } from "../db/service";

/** A file a member uploaded straight to S3 with a presigned URL; usable only once checked. */
export const Upload = new Entity({
  model: { entity: "upload", version: "1", service },
  attributes: {
    uploadId: { type: "string", required: true },
    ownerId: { type: "string", required: true },
    kind: { type: ["image", "document", "video", "package"] as const, required: true },
    /** Course material is readable by anyone holding its id; a learner's submission only by its readers. */
    purpose: { type: ["course", "submission"] as const, required: true },
    filename: { type: "string", required: true },
    declaredType: { type: "string", required: true },
    declaredSize: { type: "number", required: true },
    /** Where the presigned PUT writes: never served (ADR 0012). */
    key: { type: "string", required: true },
    status: { type: ["pending", "ready", "rejected"] as const, required: true },
    /** The checked copy, at a key no URL was ever signed for: the only object served or read. */
    checkedKey: { type: "string" },
    etag: { type: "string" },
    contentType: { type: "string" },
    size: { type: "number" },
    /** Who else may read a submission's file: the trainer of the course it was handed in to. */
    sharedWith: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
    /** A pending upload that is never completed disappears (TTL); a ready one stays. */
    expiresAt: { type: "number" },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["uploadId"] }, sk: { field: "sk", composite: [] } },
  },
});
