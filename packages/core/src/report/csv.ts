import * as v from "valibot";
import { type Actor, assertAdmin } from "../actor/index";
import * as Association from "../association/index";
import * as Certificate from "../certificate/index";
import * as Course from "../course/index";
import * as Learning from "../learning/index";
import * as User from "../user/index";

export const timeZones = ["WIB", "WITA", "WIT"] as const;
export type TimeZone = (typeof timeZones)[number];
const utcOffset: Record<TimeZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

export const exportInput = v.object({
  kind: v.picklist(["members", "enrollments", "certificates"]),
  /** Headers and values in Bahasa Indonesia (default) or English. */
  lang: v.optional(v.picklist(["id", "en"]), "id"),
  /** `semicolon` is what Excel expects where the decimal separator is a comma, as in Indonesia. */
  sep: v.optional(v.picklist(["comma", "semicolon"]), "comma"),
  /** "1": a first line `sep=;` (or `sep=,`) so Excel splits columns whatever its regional settings. */
  hint: v.optional(v.picklist(["0", "1"]), "0"),
});
export type ExportInput = v.InferOutput<typeof exportInput>;
export type ExportKind = ExportInput["kind"];
type Lang = ExportInput["lang"];

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"; ASVS 4.0.3
 * 5.3.x / 5.0 1.2.10): = + - @ and their full-width forms, also behind leading whitespace or control
 * characters (tab, CR, LF), which spreadsheets skip.
 */
const blankLead = /^[\s\p{Cc}\u00a0\u200b\ufeff]*/u;
const formulaStart = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/u;
/** The same after anything a reader might split a cell at (a separator, a quote, a line break). */
const formulaAfterSplit = /([,;\t|\r\n"'])([\s\u00a0]*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/gu;

/**
 * One cell, safe in Excel, LibreOffice and Google Sheets whatever the separator (ADR 0013): always
 * quoted (a separator or quote inside cannot start a new cell), NUL removed, and a leading formula
 * character, or one right after a separator inside the text, made text with an apostrophe.
 */
export function cell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  text = text.replaceAll(String.fromCharCode(0), "");
  const lead = blankLead.exec(text)?.[0] ?? "";
  const rest = text.slice(lead.length);
  text = `${formulaStart.test(rest) ? "'" : ""}${text.replace(formulaAfterSplit, "$1$2'")}`;
  return `"${text.replace(/"/g, '""')}"`;
}

type Values = (string | number | boolean | null | undefined)[];

const headers: Record<Lang, Record<ExportKind, string[]>> = {
  id: {
    members: [
      "ID anggota",
      "Nama",
      "Nomor HP",
      "Email",
      "Peran",
      "Nama usaha",
      "Bidang usaha",
      "Kabupaten/kota",
      "Terdaftar",
    ],
    enrollments: [
      "ID anggota",
      "Nama",
      "ID kursus",
      "Judul kursus",
      "Kabupaten/kota",
      "Bidang usaha",
      "Status",
      "Mulai",
      "Selesai",
    ],
    certificates: [
      "Kode",
      "Nama pemegang",
      "ID kursus",
      "Judul kursus",
      "Status",
      "Terbit",
      "Dicabut",
      "Alasan pencabutan",
    ],
  },
  en: {
    members: [
      "Member ID",
      "Name",
      "Phone",
      "Email",
      "Role",
      "Business name",
      "Sector",
      "Regency/city",
      "Registered",
    ],
    enrollments: [
      "Member ID",
      "Name",
      "Course ID",
      "Course title",
      "Regency/city",
      "Sector",
      "Status",
      "Started",
      "Completed",
    ],
    certificates: [
      "Code",
      "Holder",
      "Course ID",
      "Course title",
      "Status",
      "Issued",
      "Revoked",
      "Reason for revocation",
    ],
  },
};

const words: Record<Lang, Record<string, string>> = {
  id: {
    learner: "Peserta",
    trainer: "Pelatih",
    admin: "Admin",
    active: "Sedang belajar",
    completed: "Selesai",
    valid: "Sah",
    pending: "Menunggu persetujuan",
    revoked: "Dicabut",
    kuliner: "Kuliner",
    fesyen: "Fesyen",
    kriya: "Kriya",
    agribisnis: "Agribisnis",
    jasa: "Jasa",
    perdagangan: "Perdagangan",
    lainnya: "Lainnya",
  },
  en: {
    learner: "Learner",
    trainer: "Trainer",
    admin: "Admin",
    active: "In progress",
    completed: "Completed",
    valid: "Valid",
    pending: "Awaiting approval",
    revoked: "Revoked",
    kuliner: "Food and drink",
    fesyen: "Fashion",
    kriya: "Crafts",
    agribisnis: "Agribusiness",
    jasa: "Services",
    perdagangan: "Trade",
    lainnya: "Other",
  },
};

const fileKinds: Record<Lang, Record<ExportKind, string>> = {
  id: { members: "anggota", enrollments: "pendaftaran", certificates: "sertifikat" },
  en: { members: "members", enrollments: "enrollments", certificates: "certificates" },
};

/** "2026-03-05 14:07 WIB": the association's local time, sortable, and text to a spreadsheet. */
export function localTime(iso: string | null | undefined, zone: TimeZone): string {
  if (!iso) return "";
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return "";
  const local = new Date(ms + utcOffset[zone] * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)} ${zone}`;
}

/** "0812-3456-7890", as members write it: the dashes keep the leading 0 (a spreadsheet reads it as text). */
export function localPhone(e164: string | null | undefined): string {
  if (!e164) return "";
  if (!e164.startsWith("+62")) return e164;
  return `0${e164.slice(3)}`.replace(/^(\d{4})(\d{4})(\d+)$/, "$1-$2-$3");
}

export async function fileName(input: ExportInput): Promise<string> {
  const zone = await timeZoneOf();
  const day = localTime(new Date().toISOString(), zone).slice(0, 10);
  return `berdaya-${fileKinds[input.lang][input.kind]}-${day}.csv`;
}

async function timeZoneOf(): Promise<TimeZone> {
  const profile = await Association.profile().catch(() => undefined);
  const zone = profile?.timeZone;
  return zone && (timeZones as readonly string[]).includes(zone) ? (zone as TimeZone) : "WIB";
}

const pageSize = 500;

async function* pages<T>(
  fetch: (cursor: string | null) => Promise<{ data: T[]; cursor: string | null }>,
  toRows: (items: T[]) => Promise<Values[]> | Values[],
  line: (values: Values) => string,
): AsyncGenerator<string> {
  let cursor: string | null = null;
  do {
    const page: { data: T[]; cursor: string | null } = await fetch(cursor);
    yield (await toRows(page.data)).map(line).join("");
    cursor = page.cursor;
  } while (cursor);
}

/**
 * The CSV, a page of DynamoDB items at a time, so memory stays flat however many rows there are:
 * headers and values in the chosen language, times in the association's zone (WIB by default),
 * phones as members write them, course titles beside ids (ADR 0013). UTF-8 with a BOM so Excel
 * reads it right; with the `sep=` hint line instead, because Excel honours that line only as the
 * file's very first bytes.
 */
export async function* csv(actor: Actor, input: ExportInput): AsyncGenerator<string> {
  assertAdmin(actor);
  const { kind, lang } = input;
  const separator = input.sep === "semicolon" ? ";" : ",";
  const line = (values: Values) => `${values.map(cell).join(separator)}\r\n`;
  const zone = await timeZoneOf();
  const time = (iso: string | null | undefined) => localTime(iso, zone);
  const word = (key: string | null | undefined) => (key ? (words[lang][key] ?? key) : "");
  yield `${input.hint === "1" ? `sep=${separator}\r\n` : "\uFEFF"}${line(headers[lang][kind])}`;
  if (kind === "members") {
    yield* pages(
      (cursor) => User.exportPage(cursor, pageSize),
      (users) =>
        users.map((u) => [
          u.userId,
          u.name,
          localPhone(u.phone),
          u.email,
          word(u.role),
          u.businessName,
          word(u.sector),
          u.regency,
          time(u.createdAt),
        ]),
      line,
    );
  } else if (kind === "enrollments") {
    const titles = new Map<string, string>();
    yield* pages(
      (cursor) => Learning.enrollmentPage(cursor, pageSize),
      async (enrollments) => {
        const missing = [...new Set(enrollments.map((e) => e.courseId))].filter((id) => !titles.has(id));
        if (missing.length) {
          for (const head of await Course.heads(missing)) titles.set(head.courseId, head.title);
        }
        return enrollments.map((e) => [
          e.userId,
          e.learnerName,
          e.courseId,
          titles.get(e.courseId) ?? "",
          e.regency,
          word(e.sector),
          word(e.status),
          time(e.enrolledAt),
          time(e.completedAt),
        ]);
      },
      line,
    );
  } else {
    yield* pages(
      (cursor) => Certificate.exportPage(cursor, pageSize),
      (certificates) =>
        certificates.map((c) => [
          c.code,
          c.holderName,
          c.courseId,
          c.courseTitle,
          word(c.status),
          time(c.issuedAt),
          time(c.revokedAt),
          c.revokeReason,
        ]),
      line,
    );
  }
}
