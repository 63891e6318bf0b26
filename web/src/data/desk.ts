import type { AdminMember } from "./admin";
import { type AnswerOf, call, client, query } from "./api";
import type { Page } from "./courses";
import { fillPage } from "./paging";

/** The association's desk: the report's counters, members with their learning, and the profile. */

export const counters = [
  "members",
  "trainers",
  "publishedCourses",
  "enrollments",
  "completions",
  "certificatesIssued",
  "certificatesRevoked",
] as const satisfies readonly (keyof ReportSummary["totals"])[];

export type Counts = ReportSummary["totals"];
export type Counter = keyof Counts;

export type ReportSummary = AnswerOf<typeof client.admin.reports.summary.$get>;
export type ReportRow = ReportSummary["byRegency"][number];

export function reportSummary(): Promise<ReportSummary> {
  return call(client.admin.reports.summary.$get());
}

/** The course rows after the summary's top ones, most enrollments first. */
export function reportCourses(cursor: string): Promise<Page<ReportRow>> {
  return call(client.admin.reports.courses.$get({ query: query({ cursor, limit: 50 }) }));
}

export const exportKinds = ["members", "enrollments", "certificates"] as const;
export type ExportKind = (typeof exportKinds)[number];

export type ExportSeparator = "semicolon" | "comma";

/**
 * A plain same-origin link: the browser downloads it with the admin's session cookie. `;` is what
 * Excel splits columns at under Indonesian regional settings; `,` suits other settings and Sheets.
 */
export function exportUrl(kind: ExportKind, sep: ExportSeparator = "semicolon", lang: "id" | "en" = "id") {
  const url = client.admin.reports["export.csv"].$url({ query: { kind, sep, lang } });
  return `${url.pathname}${url.search}`;
}

export interface MemberFilters {
  q?: string;
  regency?: string;
  sector?: string;
}

const pageSize = 20;

/**
 * A page of members, newest first. The server filters each page it reads, so with a filter a page
 * may hold few matches: larger pages, and asking again until a screenful arrived.
 */
export function listMembers(filters: MemberFilters, cursor?: string): Promise<Page<AdminMember>> {
  const filtered = Boolean(filters.q || filters.regency || filters.sector);
  return fillPage(
    (from) =>
      call(
        client.admin.members.$get({
          query: query({ ...filters, cursor: from, limit: filtered ? 100 : pageSize }),
        }),
      ),
    cursor,
    pageSize,
  );
}

export type MemberDetail = AnswerOf<(typeof client.admin.members)[":userId"]["$get"]>;
export type MemberEnrollment = MemberDetail["enrollments"][number];
export type MemberCertificate = MemberDetail["certificates"][number];

export function memberDetail(userId: string): Promise<MemberDetail> {
  return call(client.admin.members[":userId"].$get({ param: { userId } }));
}

export type AssociationProfile = AnswerOf<typeof client.admin.association.$get>;
export type AssociationPatch = Parameters<typeof client.admin.association.$patch>[0]["json"];

export type TimeZone = NonNullable<AssociationProfile["timeZone"]>;
export const timeZones = ["WIB", "WITA", "WIT"] as const satisfies readonly TimeZone[];

export function getAssociation(): Promise<AssociationProfile> {
  return call(client.admin.association.$get());
}

export function updateAssociation(patch: AssociationPatch): Promise<AssociationProfile> {
  return call(client.admin.association.$patch({ json: patch }));
}

export { fileUrl } from "./uploads";
