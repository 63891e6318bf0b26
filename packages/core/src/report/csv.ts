import * as v from "valibot";
import { service } from "../db/index";

export const exportInput = v.object({ kind: v.picklist(["members", "enrollments", "certificates"]) });
export type ExportKind = v.InferOutput<typeof exportInput>["kind"];

/** A cell Excel will not run as a formula (=, +, -, @, tab, CR lead one) and that survives commas, quotes and newlines. */
export function cell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Values = (string | number | boolean | null | undefined)[];

const line = (values: Values) => `${values.map(cell).join(",")}\r\n`;

const headers: Record<ExportKind, string[]> = {
  members: ["id", "nama", "telepon", "email", "peran", "nama_usaha", "sektor", "kabupaten_kota", "terdaftar"],
  enrollments: ["id_anggota", "nama", "id_kursus", "kabupaten_kota", "sektor", "status", "mulai", "selesai"],
  certificates: ["kode", "nama", "id_kursus", "kursus", "status", "terbit", "dicabut", "alasan_pencabutan"],
};

const pageSize = 500;

async function* pages<T>(
  fetch: (cursor: string | null) => Promise<{ data: T[]; cursor: string | null }>,
  toRow: (item: T) => Values,
): AsyncGenerator<string> {
  let cursor: string | null = null;
  do {
    const page: { data: T[]; cursor: string | null } = await fetch(cursor);
    yield page.data.map((item) => line(toRow(item))).join("");
    cursor = page.cursor;
  } while (cursor);
}

/**
 * The CSV, a page of DynamoDB items at a time (UTF-8 with a BOM so Excel reads it right, a header
 * row, ISO dates): memory stays flat however many rows there are.
 */
export async function* csv(kind: ExportKind): AsyncGenerator<string> {
  yield `\uFEFF${line(headers[kind])}`;
  const { User, Enrollment, Certificate } = service.entities;
  if (kind === "members") {
    yield* pages(
      (cursor) => User.query.byCreated({}).go({ cursor, limit: pageSize }),
      (u) => [u.userId, u.name, u.phone, u.email, u.role, u.businessName, u.sector, u.regency, u.createdAt],
    );
  } else if (kind === "enrollments") {
    yield* pages(
      (cursor) => Enrollment.query.byEnrolled({}).go({ cursor, limit: pageSize }),
      (e) => [
        e.userId,
        e.learnerName,
        e.courseId,
        e.regency,
        e.sector,
        e.status,
        e.enrolledAt,
        e.completedAt,
      ],
    );
  } else {
    yield* pages(
      (cursor) => Certificate.query.byIssued({}).go({ cursor, limit: pageSize }),
      (c) => [
        c.code,
        c.holderName,
        c.courseId,
        c.courseTitle,
        c.status,
        c.issuedAt,
        c.revokedAt,
        c.revokeReason,
      ],
    );
  }
}
