import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { contentSchema } from "../course/content";
import { contentOf, demoCourses } from "./index";

describe("the demo courses", () => {
  it("store every lesson as content the platform accepts from a trainer", () => {
    const lessons = demoCourses.flatMap((course) => course.modules.flatMap((module) => module.lessons));
    expect(lessons.length).toBeGreaterThan(20);
    for (const lesson of lessons) {
      const content = contentOf(lesson);
      expect(v.safeParse(contentSchema, content).issues, lesson.title).toBeUndefined();
      expect(content.kind).toBe(lesson.kind);
    }
  });
});
