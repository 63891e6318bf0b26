import { type AnswerOf, call, client, query } from "./api";
import type { Page } from "./courses";
import type { ApplicationStatus } from "./session";

const admin = client.admin;

export type AdminApplication = AnswerOf<(typeof admin)["trainer-applications"]["$get"]>["items"][number];
export type AdminMember = AnswerOf<typeof admin.members.$get>["items"][number];
export type ResetLink = AnswerOf<(typeof admin.members)[":userId"]["reset-link"]["$post"]>;
export type CatalogCourse = AnswerOf<typeof admin.catalog.$get>["items"][number];
export type CatalogStatus = NonNullable<Parameters<typeof admin.catalog.$get>[0]["query"]["status"]>;

const pageSize = 20;

export function listApplications(
  status: ApplicationStatus,
  cursor?: string,
): Promise<Page<AdminApplication>> {
  return call(admin["trainer-applications"].$get({ query: query({ status, cursor, limit: pageSize }) }));
}

export function approveApplication(applicationId: string): Promise<AdminApplication> {
  return call(admin["trainer-applications"][":applicationId"].approve.$post({ param: { applicationId } }));
}

export function rejectApplication(applicationId: string, reason: string): Promise<AdminApplication> {
  return call(
    admin["trainer-applications"][":applicationId"].reject.$post({
      param: { applicationId },
      json: { reason },
    }),
  );
}

export function listMembers(q: string, cursor?: string): Promise<Page<AdminMember>> {
  return call(admin.members.$get({ query: query({ q, cursor, limit: pageSize }) }));
}

export function createResetLink(userId: string): Promise<ResetLink> {
  return call(admin.members[":userId"]["reset-link"].$post({ param: { userId } }));
}

/** Takes a trainer role back (ADR 0013): the member becomes a learner; their courses stay. */
export function removeTrainerRole(userId: string) {
  return call(admin.members[":userId"]["remove-trainer"].$post({ param: { userId } }));
}

export function listCatalog(status: CatalogStatus, cursor?: string): Promise<Page<CatalogCourse>> {
  return call(admin.catalog.$get({ query: query({ status, cursor, limit: pageSize }) }));
}

export function setCoursePublished(courseId: string, published: boolean): Promise<CatalogCourse> {
  const course = admin.courses[":courseId"];
  return call((published ? course.republish : course.unpublish).$post({ param: { courseId } }));
}

export function reassignCourse(courseId: string, trainer: string): Promise<CatalogCourse> {
  return call(admin.courses[":courseId"].reassign.$post({ param: { courseId }, json: { trainer } }));
}
