import type { AdminMember } from "./admin";
import { api, apiUrl, type RequestOptions } from "./api";
import type { Page } from "./courses";
import { fillPage } from "./paging";
import { noteUnauthenticated } from "./session";

/** The association's desk: the report's counters, members with their learning, and the profile. */

async function call<T>(path: string, options?: RequestOptions): Promise<T> {
  try {
    return await api<T>(path, options);
  } catch (failure) {
    noteUnauthenticated(failure);
    throw failure;
  }
}

export const counters = [
  "members",
  "trainers",
  "publishedCourses",
  "enrollments",
  "completions",
  "certificatesIssued",
  "certificatesRevoked",
] as const;

export type Counter = (typeof counters)[number];
export type Counts = Record<Counter, number>;

export interface ReportRow extends Counts {
  /** A regency's name, a sector's slug, a course id, or a month ("2026-11"). */
  key: string;
  /** The course's title for course rows; otherwise the key. */
  label: string;
}

export interface ReportSummary {
  totals: Counts;
  byRegency: ReportRow[];
  bySector: ReportRow[];
  byCourse: ReportRow[];
  byMonth: ReportRow[];
}

export function reportSummary(): Promise<ReportSummary> {
  return call("/api/admin/reports/summary");
}

export const exportKinds = ["members", "enrollments", "certificates"] as const;
export type ExportKind = (typeof exportKinds)[number];

export type ExportSeparator = "semicolon" | "comma";

/**
 * A plain same-origin link: the browser downloads it with the admin's session cookie. `;` is what
 * Excel splits columns at under Indonesian regional settings; `,` suits other settings and Sheets.
 */
export const exportUrl = (kind: ExportKind, sep: ExportSeparator = "semicolon", lang: "id" | "en" = "id") =>
  apiUrl("/api/admin/reports/export.csv", { kind, sep, lang });

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
      call<Page<AdminMember>>("/api/admin/members", {
        query: { ...filters, cursor: from, limit: filtered ? 100 : pageSize },
      }),
    cursor,
    pageSize,
  );
}

export interface MemberEnrollment {
  courseId: string;
  status: "active" | "completed";
  /** How many lessons the member finished. */
  completedLessons: number;
  enrolledAt: string;
  completedAt: string | null;
}

export interface MemberCertificate {
  code: string;
  courseTitle: string;
  status: "valid" | "pending" | "revoked";
  issuedAt: string;
  revokedAt: string | null;
}

export interface MemberDetail {
  member: AdminMember;
  enrollments: MemberEnrollment[];
  certificates: MemberCertificate[];
}

export function memberDetail(userId: string): Promise<MemberDetail> {
  return call(`/api/admin/members/${encodeURIComponent(userId)}`);
}

export interface AssociationProfile {
  associationId: string;
  name: string;
  shortName: string;
  address: string;
  issuerUrl: string;
  signerName: string;
  signerTitle: string;
  /** The place on certificates' "<place>, <date>" line; Bengkulu when unset. */
  place?: string;
  logoUploadId?: string;
  /** A signature or stamp image printed above the signer's name. */
  signatureUploadId?: string;
  /** The zone of the times in the association's exports; WIB when unset. */
  timeZone?: TimeZone;
  updatedAt: string;
}

export const timeZones = ["WIB", "WITA", "WIT"] as const;
export type TimeZone = (typeof timeZones)[number];

export type AssociationPatch = Partial<
  Pick<AssociationProfile, "name" | "shortName" | "address" | "issuerUrl" | "signerName" | "signerTitle"> & {
    place: string;
  }
> & { logoUploadId?: string | null; signatureUploadId?: string | null; timeZone?: TimeZone };

export function getAssociation(): Promise<AssociationProfile> {
  return call("/api/admin/association");
}

export function updateAssociation(patch: AssociationPatch): Promise<AssociationProfile> {
  return call("/api/admin/association", { method: "PATCH", body: patch });
}

/** The stored logo: a redirect to the file. */
export const fileUrl = (uploadId: string) => `/api/files/${encodeURIComponent(uploadId)}`;
