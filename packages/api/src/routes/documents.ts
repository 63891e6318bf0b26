import * as Authoring from "@berdaya/core/authoring";
import * as Certificate from "@berdaya/core/certificate";
import * as Course from "@berdaya/core/course";
import { csv, exportInput, fileName } from "@berdaya/core/report/csv";
import * as Upload from "@berdaya/core/upload";
import { Hono } from "hono";
import { stream } from "hono/streaming";
import { actorOf, requireActor } from "../auth";
import type { AppEnv } from "../context";
import { doc, validate } from "../validate";
import { openToVerifiers } from "./certificates";

// The heavy, rare routes: they load pdf-lib and fontkit, the zip and YAML readers, the CSV writer.
// On AWS they run in their own function (stacks/api.ts, docs/decisions/0015); locally beside the rest.

/** The images printed on a certificate, from what it was issued with (PNG or JPEG uploads). */
async function imagesOf(view: Certificate.View) {
  const read = async (uploadId: string | null) => {
    if (!uploadId) return null;
    const upload = await Upload.get(uploadId);
    return upload?.status === "ready" ? new Uint8Array(await Upload.read(upload)) : null;
  };
  const [logo, signature] = await Promise.all([read(view.logoUploadId), read(view.signatureUploadId)]);
  return { logo, signature };
}

export const certificatePdf = new Hono<AppEnv>()
  .use(openToVerifiers)
  .get(
    "/:code/pdf",
    doc(
      "certificates",
      "The printable certificate (PDF); marked DICABUT / REVOKED or PENDING when not valid",
      "public",
      { type: "application/pdf" },
    ),
    validate("param", Certificate.codeParams),
    async (c) => {
      const code = c.req.valid("param").code;
      const view = await Certificate.verifyCode(code);
      // pdf-lib and fontkit load on the first PDF, not on a cold start for an export or an import.
      const { renderPdf } = await import("@berdaya/core/certificate/pdf");
      const pdf = await renderPdf(view, await imagesOf(view));
      c.header("Content-Disposition", `inline; filename="sertifikat-${code}.pdf"`);
      c.header("Cache-Control", "no-store");
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, { "Content-Type": "application/pdf" });
    },
  );

export const packageImport = new Hono<AppEnv>().post(
  "/:courseId/import",
  requireActor("trainer", "admin"),
  doc(
    "authoring",
    "Add a module from an uploaded module package (.zip); every problem listed, nothing half-made",
    "trainer",
    {
      schema: Authoring.editableSchema,
    },
  ),
  validate("param", Course.courseParams),
  validate("json", Authoring.importInput),
  async (c) =>
    c.json(await Authoring.importPackage(actorOf(c), c.req.valid("param").courseId, c.req.valid("json"))),
);

export const reportExport = new Hono<AppEnv>()
  .use(requireActor("admin"))
  .get(
    "/reports/export.csv",
    doc(
      "admin",
      "CSV of members, enrollments or certificates: every cell quoted and formula-safe, local times, Bahasa (or ?lang=en), `;` with ?sep=semicolon, a `sep=` line with ?hint=1",
      "admin",
      { type: "text/csv" },
    ),
    validate("query", exportInput),
    async (c) => {
      const input = c.req.valid("query");
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="${await fileName(input)}"`);
      c.header("Cache-Control", "no-store");
      return stream(c, async (out) => {
        for await (const chunk of csv(actorOf(c), input)) await out.write(chunk);
      });
    },
  );
