import * as Upload from "@berdaya/core/upload";
import { Hono } from "hono";
import { actorOf, requireActor } from "../auth";
import type { AppEnv } from "../context";
import { doc, validate } from "../validate";

export const uploads = new Hono<AppEnv>()
  .use(requireActor())
  .post(
    "/",
    doc("uploads", "Start an upload: a presigned PUT URL, with the size limit of the file's kind", "member", {
      status: 201,
      schema: Upload.createdSchema,
    }),
    validate("json", Upload.createInput),
    async (c) => c.json(await Upload.create(actorOf(c), c.req.valid("json")), 201),
  )
  .post(
    "/:uploadId/complete",
    doc(
      "uploads",
      "Check the stored file (size, real type from its first bytes) and make it usable",
      "member",
      {
        schema: Upload.uploadSchema,
      },
    ),
    validate("param", Upload.uploadParams),
    async (c) => c.json(await Upload.complete(actorOf(c), c.req.valid("param").uploadId)),
  );

/** Downloads: a redirect to a short-lived presigned GET. */
export const files = new Hono<AppEnv>().get(
  "/:uploadId",
  doc(
    "uploads",
    "A file: course material for anyone with its id; a submission for its readers only",
    "public",
    {
      status: 302,
    },
  ),
  validate("param", Upload.uploadParams),
  validate("query", Upload.downloadQuery),
  async (c) => {
    c.header("Cache-Control", "private, max-age=600");
    const disposition = c.req.valid("query").download ? "attachment" : "inline";
    const url = await Upload.downloadUrl(c.get("actor"), c.req.valid("param").uploadId, disposition);
    return c.redirect(url, 302);
  },
);
