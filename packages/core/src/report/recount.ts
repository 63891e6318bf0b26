import * as Certificate from "../certificate/index";
import * as Course from "../course/index";
import * as Learning from "../learning/index";
import * as User from "../user/index";
import { type CounterName, type Counts, cells, replaceAll, shape, type Where } from "./index";

/**
 * Recounts every figure from the source items (users, courses, enrollments, certificates). A Scan:
 * for `npm run reports:rebuild` and the tests, never for a request.
 */
export async function recount() {
  const [users, courses, enrollments, certificates] = await Promise.all([
    User.all(),
    Course.all(),
    Learning.allEnrollments(),
    Certificate.all(),
  ]);
  const table = new Map<string, { dimension: string; key: string; label?: string } & Partial<Counts>>();
  const add = (counter: CounterName, where: Where) => {
    for (const { label, ...cell } of cells(where)) {
      const id = `${cell.dimension}#${cell.key}`;
      const item = table.get(id) ?? { ...cell, ...(label ? { label } : {}) };
      item[counter] = (item[counter] ?? 0) + 1;
      table.set(id, item);
    }
  };
  const courseById = new Map(courses.map((c) => [c.courseId, c]));
  for (const user of users) {
    if (user.role === "admin") continue;
    add("members", { regency: user.regency, sector: user.sector, at: user.createdAt });
    if (user.role === "trainer") {
      add("trainers", {
        regency: user.regency,
        sector: user.sector,
        at: user.trainerSince ?? user.createdAt,
      });
    }
  }
  for (const course of courses) {
    if (course.status === "published") {
      add("publishedCourses", {
        course: { id: course.courseId, title: course.title },
        at: course.publishedAt ?? course.createdAt,
      });
    }
  }
  // Enrollments and certificates carry the regency and sector the member had when they happened.
  for (const enrollment of enrollments) {
    const course = courseById.get(enrollment.courseId);
    const where = {
      regency: enrollment.regency,
      sector: enrollment.sector,
      course: course ? { id: course.courseId, title: course.title } : null,
    };
    add("enrollments", { ...where, at: enrollment.enrolledAt });
    if (enrollment.status === "completed") {
      add("completions", { ...where, at: enrollment.completedAt ?? enrollment.enrolledAt });
    }
  }
  for (const certificate of certificates) {
    const where = {
      regency: certificate.regency,
      sector: certificate.sector,
      course: { id: certificate.courseId, title: certificate.courseTitle },
    };
    add("certificatesIssued", { ...where, at: certificate.issuedAt });
    if (certificate.status === "revoked") {
      add("certificatesRevoked", { ...where, at: certificate.revokedAt ?? certificate.issuedAt });
    }
  }
  return [...table.values()];
}

/** Replaces the kept counters, and each course's learner count, with a recount. */
export async function rebuild() {
  const fresh = await recount();
  const [enrollments, courses] = await Promise.all([Learning.allEnrollments(), Course.all()]);
  for (const course of courses) {
    const learners = enrollments.filter((e) => e.courseId === course.courseId).length;
    if (course.learnerCount !== learners) await Course.setLearnerCount(course.courseId, learners);
  }
  await replaceAll(fresh);
  return shape(fresh);
}
