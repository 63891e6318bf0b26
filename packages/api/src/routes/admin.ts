import * as Account from "@berdaya/core/account";
import * as Association from "@berdaya/core/association";
import * as Authoring from "@berdaya/core/authoring";
import * as Certificate from "@berdaya/core/certificate";
import * as Course from "@berdaya/core/course";
import * as Member from "@berdaya/core/member";
import * as Oversight from "@berdaya/core/oversight";
import * as Report from "@berdaya/core/report";
import * as TrainerApplication from "@berdaya/core/trainer-application";
import { Hono } from "hono";
import * as v from "valibot";
import { actorOf, requireActor } from "../auth";
import type { AppEnv } from "../context";
import { doc, validate } from "../validate";

/** The association's desk; every route is for admins only. */
export const admin = new Hono<AppEnv>()
  .use(requireActor("admin"))
  .get(
    "/trainer-applications",
    doc("admin", "Trainer applications by status", "admin", {
      schema: TrainerApplication.pageSchema,
    }),
    validate("query", TrainerApplication.listInput),
    async (c) => c.json(await TrainerApplication.list(actorOf(c), c.req.valid("query"))),
  )
  .post(
    "/trainer-applications/:applicationId/approve",
    doc("admin", "Approve a trainer application: the member becomes a trainer", "admin", {
      schema: TrainerApplication.applicationSchema,
    }),
    validate("param", TrainerApplication.applicationParams),
    async (c) =>
      c.json(
        await TrainerApplication.decide(actorOf(c), c.req.valid("param").applicationId, {
          status: "approved",
        }),
      ),
  )
  .post(
    "/trainer-applications/:applicationId/reject",
    doc("admin", "Reject a trainer application with a reason", "admin", {
      schema: TrainerApplication.applicationSchema,
    }),
    validate("param", TrainerApplication.applicationParams),
    validate("json", TrainerApplication.rejectInput),
    async (c) =>
      c.json(
        await TrainerApplication.decide(actorOf(c), c.req.valid("param").applicationId, {
          status: "rejected",
          reason: c.req.valid("json").reason,
        }),
      ),
  )
  .get(
    "/members",
    doc("admin", "Members, newest first; search by phone, email or name", "admin", {
      schema: Member.pageSchema,
    }),
    validate("query", Member.listInput),
    async (c) => c.json(await Member.list(actorOf(c), c.req.valid("query"))),
  )
  .post(
    "/members/:userId/reset-link",
    doc(
      "admin",
      "A one-time, 24-hour password reset link to send to a member (e.g. over WhatsApp)",
      "admin",
      {
        status: 201,
        schema: v.object({ url: v.string(), expiresAt: v.string() }),
      },
    ),
    validate("param", Account.userParams),
    async (c) => {
      const { token, expiresAt } = await Account.createResetToken(actorOf(c), c.req.valid("param").userId);
      // The site's origin as the admin's browser sees it (behind CloudFront the request URL is the API's).
      const origin = c.req.header("origin") ?? new URL(c.req.url).origin;
      // The token rides in the fragment, so it never reaches a server log or a Referer header.
      return c.json({ url: `${origin}/reset-password#${token}`, expiresAt }, 201);
    },
  )
  .get(
    "/courses",
    doc("admin", "Courses waiting for review, oldest first", "admin", { schema: Authoring.queueSchema }),
    validate("query", Authoring.queueInput),
    async (c) => c.json(await Authoring.reviewQueue(actorOf(c), c.req.valid("query"))),
  )
  .get(
    "/courses/:courseId",
    doc("admin", "A course as submitted: its draft, else its live version", "admin", {
      schema: Authoring.editableSchema,
    }),
    validate("param", Course.courseParams),
    async (c) => c.json(await Authoring.editable(actorOf(c), c.req.valid("param").courseId)),
  )
  .get(
    "/courses/:courseId/lessons/:lessonId",
    doc("admin", "A lesson of a course under review, with its full content", "admin", {
      schema: Authoring.editLessonSchema,
    }),
    validate("param", Authoring.courseLessonParams),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      return c.json(await Authoring.lessonForEdit(actorOf(c), courseId, lessonId));
    },
  )
  .post(
    "/courses/:courseId/approve",
    doc("admin", "Publish the reviewed draft", "admin", { schema: Course.detailSchema }),
    validate("param", Course.courseParams),
    async (c) => c.json(await Authoring.approve(actorOf(c), c.req.valid("param").courseId)),
  )
  .post(
    "/courses/:courseId/reject",
    doc("admin", "Send the draft back to its trainer with a reason", "admin", {
      schema: Authoring.editableSchema,
    }),
    validate("param", Course.courseParams),
    validate("json", Authoring.rejectInput),
    async (c) =>
      c.json(await Authoring.reject(actorOf(c), c.req.valid("param").courseId, c.req.valid("json"))),
  )
  .get(
    "/certificates",
    doc("admin", "Certificates, newest first; search by code, holder or course", "admin", {
      schema: Certificate.pageSchema,
    }),
    validate("query", Certificate.listInput),
    async (c) => c.json(await Certificate.list(actorOf(c), c.req.valid("query"))),
  )
  .post(
    "/certificates/:code/revoke",
    doc("admin", "Revoke a certificate with a reason; verification shows it at once", "admin", {
      schema: Certificate.viewSchema,
    }),
    validate("param", Certificate.codeParams),
    validate("json", Certificate.revokeInput),
    async (c) => c.json(await Certificate.revoke(actorOf(c), c.req.valid("param").code, c.req.valid("json"))),
  )
  .post(
    "/certificates/:code/approve",
    doc("admin", "Approve a pending certificate (courses that need the association's approval)", "admin", {
      schema: Certificate.viewSchema,
    }),
    validate("param", Certificate.codeParams),
    async (c) => c.json(await Certificate.approve(actorOf(c), c.req.valid("param").code)),
  )
  .get(
    "/members/:userId",
    doc("admin", "A member with their enrollments and certificates", "admin", {
      schema: Member.detailSchema,
    }),
    validate("param", Account.userParams),
    async (c) => c.json(await Member.detail(actorOf(c), c.req.valid("param").userId)),
  )
  .get(
    "/reports/summary",
    doc(
      "admin",
      "Members, trainers, courses, enrollments, completions, certificates: totals, by regency, sector and month, and the top courses",
      "admin",
      { schema: Report.summarySchema },
    ),
    async (c) => c.json(await Report.summary(actorOf(c))),
  )
  .get(
    "/reports/courses",
    doc("admin", "The report's course rows, most enrollments first, a page at a time", "admin", {
      schema: Report.coursesSchema,
    }),
    validate("query", Report.coursesInput),
    async (c) => c.json(await Report.coursePage(actorOf(c), c.req.valid("query"))),
  )
  .post(
    "/members/:userId/remove-trainer",
    doc(
      "admin",
      "Take a trainer role back: the member becomes a learner at once; their courses stay, reassignable",
      "admin",
      { schema: Oversight.roleSchema },
    ),
    validate("param", Oversight.memberParams),
    async (c) => c.json(await Oversight.removeTrainerRole(actorOf(c), c.req.valid("param").userId)),
  )
  .get(
    "/catalog",
    doc("admin", "Published or unpublished courses, newest first, with their trainer", "admin", {
      schema: Oversight.catalogSchema,
    }),
    validate("query", Oversight.catalogInput),
    async (c) => c.json(await Oversight.catalog(actorOf(c), c.req.valid("query"))),
  )
  .post(
    "/courses/:courseId/unpublish",
    doc(
      "admin",
      "Take a course out of the catalog: no new enrollments; enrolled learners keep reading, progress and certificates",
      "admin",
      { schema: Oversight.catalogItemSchema },
    ),
    validate("param", Oversight.courseParams),
    async (c) => c.json(await Oversight.unpublish(actorOf(c), c.req.valid("param").courseId)),
  )
  .post(
    "/courses/:courseId/republish",
    doc("admin", "Put an unpublished course back in the catalog", "admin", {
      schema: Oversight.catalogItemSchema,
    }),
    validate("param", Oversight.courseParams),
    async (c) => c.json(await Oversight.republish(actorOf(c), c.req.valid("param").courseId)),
  )
  .post(
    "/courses/:courseId/reassign",
    doc(
      "admin",
      "Give a course (and its worksheets waiting for review) to another trainer, named by phone or email",
      "admin",
      { schema: Oversight.catalogItemSchema },
    ),
    validate("param", Oversight.courseParams),
    validate("json", Oversight.reassignInput),
    async (c) =>
      c.json(await Oversight.reassign(actorOf(c), c.req.valid("param").courseId, c.req.valid("json"))),
  )
  .get(
    "/association",
    doc("admin", "The association's profile: name, logo, address, issuer URL, signer", "admin", {
      schema: Association.profileSchema,
    }),
    async (c) => c.json(await Association.profile()),
  )
  .patch(
    "/association",
    doc("admin", "Edit the association's profile (used by certificates and the issuer Profile)", "admin", {
      schema: Association.profileSchema,
    }),
    validate("json", Association.profileInput),
    async (c) => c.json(await Association.update(actorOf(c), c.req.valid("json"))),
  );
