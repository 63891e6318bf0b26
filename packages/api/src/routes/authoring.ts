import * as Authoring from "@berdaya/core/authoring";
import * as Course from "@berdaya/core/course";
import { Hono } from "hono";
import { actorOf, requireActor } from "../auth";
import type { AppEnv } from "../context";
import { doc, validate } from "../validate";

/** Trainers build their own courses (mounted under /courses beside the public catalog). */
export const authoring = new Hono<AppEnv>()
  .post(
    "/",
    requireActor("trainer", "admin"),
    doc("authoring", "Start a new course (a draft)", "trainer", {
      status: 201,
      schema: Authoring.editableSchema,
    }),
    validate("json", Authoring.courseInput),
    async (c) => c.json(await Authoring.createCourse(actorOf(c), c.req.valid("json")), 201),
  )
  .patch(
    "/:courseId",
    requireActor("trainer", "admin"),
    doc("authoring", "Edit my course's fields (a published course gets a new draft version)", "trainer", {
      schema: Authoring.editableSchema,
    }),
    validate("param", Course.courseParams),
    validate("json", Authoring.coursePatch),
    async (c) =>
      c.json(await Authoring.updateCourse(actorOf(c), c.req.valid("param").courseId, c.req.valid("json"))),
  )
  .delete(
    "/:courseId",
    requireActor("trainer", "admin"),
    doc("authoring", "Delete my course while it was never published", "trainer", { status: 204 }),
    validate("param", Course.courseParams),
    async (c) => {
      await Authoring.deleteCourse(actorOf(c), c.req.valid("param").courseId);
      return c.body(null, 204);
    },
  )
  .post(
    "/:courseId/modules",
    requireActor("trainer", "admin"),
    doc("authoring", "Add a module at the end", "trainer", { status: 201, schema: Course.moduleSchema }),
    validate("param", Course.courseParams),
    validate("json", Authoring.moduleInput),
    async (c) =>
      c.json(await Authoring.addModule(actorOf(c), c.req.valid("param").courseId, c.req.valid("json")), 201),
  )
  .patch(
    "/:courseId/modules/:moduleId",
    requireActor("trainer", "admin"),
    doc("authoring", "Rename or move a module (position is its new index)", "trainer", {
      schema: Authoring.editableSchema,
    }),
    validate("param", Authoring.moduleParams),
    validate("json", Authoring.modulePatch),
    async (c) => {
      const { courseId, moduleId } = c.req.valid("param");
      return c.json(await Authoring.updateModule(actorOf(c), courseId, moduleId, c.req.valid("json")));
    },
  )
  .delete(
    "/:courseId/modules/:moduleId",
    requireActor("trainer", "admin"),
    doc("authoring", "Delete a module and its lessons", "trainer", { status: 204 }),
    validate("param", Authoring.moduleParams),
    async (c) => {
      const { courseId, moduleId } = c.req.valid("param");
      await Authoring.deleteModule(actorOf(c), courseId, moduleId);
      return c.body(null, 204);
    },
  )
  .post(
    "/:courseId/modules/:moduleId/lessons",
    requireActor("trainer", "admin"),
    doc(
      "authoring",
      "Add a lesson (text, video, document, quiz or worksheet) at the end of a module",
      "trainer",
      {
        status: 201,
        schema: Authoring.editLessonSchema,
      },
    ),
    validate("param", Authoring.moduleParams),
    validate("json", Authoring.lessonInput),
    async (c) => {
      const { courseId, moduleId } = c.req.valid("param");
      return c.json(await Authoring.addLesson(actorOf(c), courseId, moduleId, c.req.valid("json")), 201);
    },
  )
  .patch(
    "/:courseId/modules/:moduleId/lessons/:lessonId",
    requireActor("trainer", "admin"),
    doc("authoring", "Edit a lesson, or move it (moduleId, position)", "trainer", {
      schema: Authoring.editLessonSchema,
    }),
    validate("param", Authoring.lessonParams),
    validate("json", Authoring.lessonPatch),
    async (c) => {
      const { courseId, moduleId, lessonId } = c.req.valid("param");
      return c.json(
        await Authoring.updateLesson(actorOf(c), courseId, moduleId, lessonId, c.req.valid("json")),
      );
    },
  )
  .delete(
    "/:courseId/modules/:moduleId/lessons/:lessonId",
    requireActor("trainer", "admin"),
    doc("authoring", "Delete a lesson", "trainer", { status: 204 }),
    validate("param", Authoring.lessonParams),
    async (c) => {
      const { courseId, moduleId, lessonId } = c.req.valid("param");
      await Authoring.deleteLesson(actorOf(c), courseId, moduleId, lessonId);
      return c.body(null, 204);
    },
  )
  .post(
    "/:courseId/submit",
    requireActor("trainer", "admin"),
    doc("authoring", "Send my draft to the association for review", "trainer", {
      schema: Authoring.editableSchema,
    }),
    validate("param", Course.courseParams),
    async (c) => c.json(await Authoring.submit(actorOf(c), c.req.valid("param").courseId)),
  );

/** The trainer's own desk. */
export const trainer = new Hono<AppEnv>()
  .use(requireActor("trainer", "admin"))
  .get(
    "/courses",
    doc("authoring", "My courses and their state", "trainer", { schema: Authoring.mineSchema }),
    async (c) => c.json(await Authoring.listMine(actorOf(c))),
  )
  .get(
    "/courses/:courseId",
    doc("authoring", "My course as I edit it: the draft, else the live version", "trainer", {
      schema: Authoring.editableSchema,
    }),
    validate("param", Course.courseParams),
    async (c) => c.json(await Authoring.editable(actorOf(c), c.req.valid("param").courseId)),
  )
  .get(
    "/courses/:courseId/lessons/:lessonId",
    doc("authoring", "A lesson of my course with its full content (quiz answer keys included)", "trainer", {
      schema: Authoring.editLessonSchema,
    }),
    validate("param", Authoring.courseLessonParams),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      return c.json(await Authoring.lessonForEdit(actorOf(c), courseId, lessonId));
    },
  );
