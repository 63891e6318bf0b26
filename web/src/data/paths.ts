/**
 * The app's page addresses, built in one place (the API's are built by the typed client, data/api.ts;
 * a certificate's by data/certificate-code.ts). The course page's lives in data/courses.ts, which the
 * catalog loads anyway.
 */
export { coursePath } from "./courses";

const course = (courseId: string) => encodeURIComponent(courseId);

/** The course editor of a trainer's course. */
export const editorPath = (courseId: string) => `/trainer/courses/${course(courseId)}`;
/** The course's learners, for its trainer. */
export const learnersPath = (courseId: string) => `${editorPath(courseId)}/learners`;
/** The course as learners will see it, before it is sent for review. */
export const previewPath = (courseId: string) => `${editorPath(courseId)}/preview`;
/** The association's review of a course draft. */
export const reviewPath = (courseId: string) => `/admin/courses/${course(courseId)}`;
/** A member's page on the association's desk. */
export const memberPath = (memberId: string) => `/admin/members/${encodeURIComponent(memberId)}`;
/** A lesson in the player. */
export const lessonHref = (courseId: string, lessonId: string) =>
  `/courses/${course(courseId)}/lessons/${encodeURIComponent(lessonId)}`;
/** The member's certificate for a course, on "Sertifikat saya". */
export const certificateHref = (courseId: string) => `/certificates#course-${course(courseId)}`;
