import { describe, expect, it } from "vitest";
import {
  certificateHref,
  coursePath,
  editorPath,
  learnersPath,
  lessonHref,
  memberPath,
  reviewPath,
} from "./paths";

describe("page addresses: one builder each, ids encoded", () => {
  it("builds the course, lesson and certificate pages", () => {
    expect(coursePath("kue basah")).toBe("/courses/kue%20basah");
    expect(lessonHref("kue", "l/1")).toBe("/courses/kue/lessons/l%2F1");
    expect(certificateHref("kue")).toBe("/certificates#course-kue");
  });

  it("builds the trainer's and the association's pages", () => {
    expect(editorPath("kue")).toBe("/trainer/courses/kue");
    expect(learnersPath("kue")).toBe("/trainer/courses/kue/learners");
    expect(reviewPath("kue")).toBe("/admin/courses/kue");
    expect(memberPath("m 1")).toBe("/admin/members/m%201");
  });
});
