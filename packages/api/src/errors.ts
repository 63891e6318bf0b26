import { isUnavailable } from "@berdaya/core/db";
import { DomainError, type ErrorKind } from "@berdaya/core/error";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { BaseIssue } from "valibot";
import type { AppEnv, Lang } from "./context";

/** The one place where domain errors become HTTP answers: status, code and a translated message. */
const statusOf: Record<ErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

type Params = Record<string, string | number>;
type Message = (p: Params) => string;

const messages: Record<string, Record<Lang, Message>> = {
  not_found: { id: () => "Alamat ini tidak ditemukan.", en: () => "This address does not exist." },
  course_not_found: { id: () => "Kursus tidak ditemukan.", en: () => "Course not found." },
  invalid_cursor: {
    id: () => "Daftar ini sudah berubah: mulai lagi dari halaman pertama.",
    en: () => "This list has changed: start again from the first page.",
  },
  invalid_json: {
    id: () => "Isi permintaan harus berupa objek JSON yang valid.",
    en: () => "The request body must be a valid JSON object.",
  },
  unsupported_media_type: {
    id: () => "Permintaan ini tidak bisa dibaca (kirim sebagai JSON).",
    en: () => "This request cannot be read (send it as JSON).",
  },
  body_too_large: {
    id: (p) => `Isi permintaan terlalu besar (maksimal ${p.limit} KB).`,
    en: (p) => `The request body is too large (at most ${p.limit} KB).`,
  },
  storage_unavailable: {
    id: () => "Penyimpanan sedang tidak dapat dijangkau. Coba lagi sebentar lagi.",
    en: () => "Storage is unreachable at the moment. Please try again shortly.",
  },
  identifier_taken: {
    id: () => "Nomor HP atau email ini sudah terdaftar.",
    en: () => "This phone number or email is already registered.",
  },
  unauthenticated: {
    id: () => "Silakan masuk terlebih dahulu.",
    en: () => "Please log in first.",
  },
  forbidden: {
    id: () => "Anda tidak berhak melakukan ini.",
    en: () => "You are not allowed to do this.",
  },
  cross_site_request: {
    id: () => "Permintaan ditolak karena tidak berasal dari situs Berdaya.",
    en: () => "Request refused: it did not come from the Berdaya site.",
  },
  invalid_credentials: {
    id: () => "Nomor HP/email atau kata sandi salah.",
    en: () => "Wrong phone number/email or password.",
  },
  too_many_attempts: {
    id: (p) => `Terlalu banyak percobaan. Coba lagi dalam ${p.minutes} menit.`,
    en: (p) => `Too many attempts. Try again in ${p.minutes} minutes.`,
  },
  password_incorrect: {
    id: () => "Kata sandi yang Anda masukkan salah.",
    en: () => "The password you entered is wrong.",
  },
  password_too_common: {
    id: () =>
      "Kata sandi ini terlalu umum dan mudah ditebak. Pilih kata sandi lain, misalnya tiga kata acak.",
    en: () =>
      "This password is too common and easy to guess. Choose another, for example three random words.",
  },
  password_personal: {
    id: () => "Kata sandi tidak boleh berisi nama, nomor HP, atau email Anda sendiri. Pilih kata sandi lain.",
    en: () => "The password must not be made of your own name, phone number or email. Choose another.",
  },
  reset_token_invalid: {
    id: () =>
      "Tautan atur ulang kata sandi ini sudah dipakai atau kedaluwarsa. Minta tautan baru ke pengurus asosiasi.",
    en: () =>
      "This password reset link has already been used or has expired. Ask the association for a new one.",
  },
  member_not_found: { id: () => "Anggota tidak ditemukan.", en: () => "Member not found." },
  application_not_found: { id: () => "Pengajuan tidak ditemukan.", en: () => "Application not found." },
  application_pending: {
    id: () => "Pengajuan Anda sebagai pelatih masih ditinjau.",
    en: () => "Your trainer application is still under review.",
  },
  application_decided: {
    id: () => "Pengajuan ini sudah diputuskan.",
    en: () => "This application has already been decided.",
  },
  already_trainer: {
    id: () => "Anda sudah menjadi pelatih.",
    en: () => "You are already a trainer.",
  },
  course_not_yours: {
    id: () => "Kursus ini milik pelatih lain.",
    en: () => "This course belongs to another trainer.",
  },
  course_in_review: {
    id: () => "Kursus sedang ditinjau asosiasi; tunggu keputusannya sebelum mengubahnya.",
    en: () => "The course is being reviewed by the association; wait for the decision before editing it.",
  },
  course_not_in_review: {
    id: () => "Kursus ini tidak sedang menunggu peninjauan.",
    en: () => "This course is not waiting for review.",
  },
  course_not_deletable: {
    id: () => "Hanya kursus yang belum pernah terbit dan tidak sedang ditinjau yang bisa dihapus.",
    en: () => "Only a course that was never published and is not in review can be deleted.",
  },
  // Separation of duties and the association taking back roles and courses (ADR 0013).
  own_course_enroll: {
    id: () =>
      "Anda pelatih kursus ini, jadi tidak bisa mengikutinya sebagai peserta. Sertifikat dari kursus sendiri tidak diberikan.",
    en: () =>
      "You are this course's trainer, so you cannot enroll in it as a learner. A course does not certify its own trainer.",
  },
  own_work_review: {
    id: () =>
      "Anda tidak bisa meninjau lembar kerja Anda sendiri; pelatih lain atau asosiasi yang meninjaunya.",
    en: () => "You cannot review your own worksheet; another trainer or the association reviews it.",
  },
  session_not_found: {
    id: () => "Perangkat itu sudah tidak masuk lagi.",
    en: () => "That device is no longer signed in.",
  },
  profile_changed: {
    id: () => "Profil Anda baru saja diubah dari perangkat lain. Muat ulang halaman lalu simpan lagi.",
    en: () => "Your profile was just changed on another device. Reload the page and save again.",
  },
  not_a_trainer: {
    id: () => "Anggota ini bukan pelatih, jadi tidak ada peran pelatih yang bisa dicabut.",
    en: () => "This member is not a trainer, so there is no trainer role to remove.",
  },
  course_not_published: {
    id: () => "Kursus ini tidak sedang terbit, jadi tidak bisa diturunkan.",
    en: () => "This course is not published, so it cannot be unpublished.",
  },
  course_not_unpublished: {
    id: () => "Kursus ini tidak sedang diturunkan, jadi tidak bisa diterbitkan lagi.",
    en: () => "This course is not unpublished, so it cannot be published again.",
  },
  reassign_not_a_trainer: {
    id: () => "Tidak ada pelatih dengan nomor HP atau email itu. Pindahkan kursus hanya ke pelatih.",
    en: () => "There is no trainer with that phone number or email. A course can only move to a trainer.",
  },
  reassign_trainer_enrolled: {
    id: () =>
      "Pelatih itu mengikuti kursus ini sebagai peserta, jadi tidak bisa menjadi pelatihnya (ia akan meninjau karyanya sendiri).",
    en: () =>
      "That trainer is enrolled in this course as a learner, so they cannot become its trainer (they would review their own work).",
  },
  course_changed: {
    id: () => "Kursus ini baru saja diubah orang lain. Muat ulang halaman lalu coba lagi.",
    en: () => "This course was just changed by someone else. Reload the page and try again.",
  },
  course_empty: {
    id: () => "Tambahkan setidaknya satu modul dengan satu pelajaran sebelum mengajukan kursus.",
    en: () => "Add at least one module with one lesson before submitting the course.",
  },
  module_not_found: { id: () => "Modul tidak ditemukan.", en: () => "Module not found." },
  lesson_not_found: { id: () => "Pelajaran tidak ditemukan.", en: () => "Lesson not found." },
  lesson_kind_fixed: {
    id: () => "Jenis pelajaran tidak bisa diubah; buat pelajaran baru.",
    en: () => "A lesson's kind cannot change; create a new lesson.",
  },
  upload_type_not_allowed: {
    id: () => "Jenis berkas ini tidak diterima. Gunakan PNG, JPEG, WebP, PDF, MP4, WebM atau ZIP.",
    en: () => "This file type is not accepted. Use PNG, JPEG, WebP, PDF, MP4, WebM or ZIP.",
  },
  upload_too_large: {
    id: (p) => `Berkas terlalu besar: maksimal ${p.limit} MB untuk jenis ini.`,
    en: (p) => `The file is too large: at most ${p.limit} MB for this kind.`,
  },
  upload_not_found: { id: () => "Unggahan tidak ditemukan.", en: () => "Upload not found." },
  upload_missing: {
    id: () => "Berkas belum sampai di penyimpanan. Unggah ulang lalu coba lagi.",
    en: () => "The file has not arrived in storage. Upload it again and retry.",
  },
  upload_empty: { id: () => "Berkas kosong.", en: () => "The file is empty." },
  upload_rejected: {
    id: () => "Unggahan ini sudah ditolak; unggah berkas yang benar.",
    en: () => "This upload was rejected; upload the right file.",
  },
  upload_content_mismatch: {
    id: (p) =>
      `Berkas ini bukan ${kindName("id", p.declared)}: isinya ${kindName("id", p.detected)}. Pilih berkas yang benar lalu unggah lagi.`,
    en: (p) =>
      `This file is not ${kindName("en", p.declared)}: it holds ${kindName("en", p.detected)}. Choose the right file and upload it again.`,
  },
  upload_not_ready: {
    id: () => "Berkas ini belum selesai diunggah atau jenisnya salah. Unggah lagi lalu simpan.",
    en: () => "This file has not finished uploading or is of the wrong kind. Upload it again, then save.",
  },
  file_not_found: { id: () => "Berkas tidak ditemukan.", en: () => "File not found." },
  not_enrolled: {
    id: () => "Ikuti kursus ini terlebih dahulu.",
    en: () => "Enroll in this course first.",
  },
  quiz_must_be_passed: {
    id: () => "Kuis selesai dengan lulus, bukan ditandai selesai.",
    en: () => "A quiz is completed by passing it, not by marking it.",
  },
  worksheet_must_be_submitted: {
    id: () => "Lembar kerja selesai dengan dikirim, bukan ditandai selesai.",
    en: () => "A worksheet is completed by handing it in, not by marking it.",
  },
  not_a_quiz: { id: () => "Pelajaran ini bukan kuis.", en: () => "This lesson is not a quiz." },
  not_a_worksheet: {
    id: () => "Pelajaran ini bukan lembar kerja.",
    en: () => "This lesson is not a worksheet.",
  },
  quiz_not_opened: {
    id: () => "Buka kuis terlebih dahulu untuk mendapatkan soal.",
    en: () => "Open the quiz first to get its questions.",
  },
  attempt_limit: {
    id: (p) => `Batas ${p.limit} kali percobaan sudah tercapai.`,
    en: (p) => `The limit of ${p.limit} attempts has been reached.`,
  },
  quiz_answer_unknown: {
    id: () => "Soal kuis sudah berganti. Muat ulang halaman untuk mendapat soal terbaru.",
    en: () => "The quiz's questions have changed. Reload the page for the current ones.",
  },
  quiz_answer_shape: {
    id: () => "Jawab semua soal sebelum mengirim.",
    en: () => "Answer every question before sending.",
  },
  worksheet_field_unknown: {
    id: () => "Lembar kerja ini sudah diubah pelatih. Muat ulang halaman lalu isi lagi.",
    en: () => "The trainer has changed this worksheet. Reload the page and fill it in again.",
  },
  worksheet_no_upload: {
    id: () => "Lembar kerja ini tidak menerima berkas.",
    en: () => "This worksheet does not take a file.",
  },
  worksheet_empty: {
    id: () => "Isi setidaknya satu kolom atau lampirkan berkas.",
    en: () => "Fill in at least one field or attach a file.",
  },
  submission_pending: {
    id: () => "Kiriman sebelumnya masih menunggu ditinjau pelatih.",
    en: () => "Your previous submission is still waiting for the trainer's review.",
  },
  submission_accepted: {
    id: () => "Lembar kerja ini sudah diterima.",
    en: () => "This worksheet has already been accepted.",
  },
  idempotency_key_invalid: {
    id: () => "Kunci Idempotency-Key tidak valid (teks dalam tanda kutip, 1–255 karakter).",
    en: () => "The Idempotency-Key is not valid (a quoted string of 1–255 characters).",
  },
  idempotency_key_reused: {
    id: () =>
      "Kunci Idempotency-Key ini sudah dipakai untuk permintaan lain dengan isi berbeda. Buat kunci baru untuk tindakan baru.",
    en: () =>
      "This Idempotency-Key was already used for a different request. Use a new key for a new action.",
  },
  idempotency_in_progress: {
    id: () => "Permintaan yang sama masih diproses. Coba lagi sebentar lagi.",
    en: () => "The same request is still being processed. Try again shortly.",
  },
  submission_not_found: { id: () => "Kiriman tidak ditemukan.", en: () => "Submission not found." },
  submission_reviewed: {
    id: () => "Kiriman ini sudah ditinjau.",
    en: () => "This submission has already been reviewed.",
  },
  feedback_required: {
    id: () => "Tulis masukan agar peserta tahu apa yang perlu diperbaiki.",
    en: () => "Write feedback so the learner knows what to revise.",
  },
  certificate_not_found: {
    id: () => "Sertifikat dengan kode ini tidak ditemukan. Periksa kembali kodenya.",
    en: () => "No certificate has this code. Check the code again.",
  },
  certificate_already_revoked: {
    id: () => "Sertifikat ini sudah dicabut.",
    en: () => "This certificate has already been revoked.",
  },
  certificate_not_pending: {
    id: () => "Sertifikat ini tidak sedang menunggu persetujuan.",
    en: () => "This certificate is not waiting for approval.",
  },
  certificate_source_missing: {
    id: () => "Data kursus atau peserta untuk sertifikat ini tidak ada.",
    en: () => "The course or member behind this certificate is missing.",
  },
  certificate_pending: {
    id: () => "Sertifikat ini masih menunggu persetujuan asosiasi: kredensialnya belum diterbitkan.",
    en: () => "This certificate is waiting for the association's approval: its credential is not issued yet.",
  },
  key_not_found: {
    id: () => "Kunci penandatangan ini tidak dikenal.",
    en: () => "This signing key is not known.",
  },
  association_missing: {
    id: () => "Profil asosiasi belum diisi.",
    en: () => "The association's profile has not been set up.",
  },
  credential_too_large: {
    id: (p) => `Kredensial terlalu besar (maksimal ${p.limit} KB).`,
    en: (p) => `The credential is too large (at most ${p.limit} KB).`,
  },
  credential_not_jwt: {
    id: () => "Ini bukan kredensial bertanda tangan (VC-JWT): harus tiga bagian base64url dipisah titik.",
    en: () => "This is not a signed credential (VC-JWT): it must be three base64url parts separated by dots.",
  },
  package_invalid: {
    id: (p) => `Paket modul belum bisa diimpor: ada ${p.count} masalah. Tidak ada yang dibuat.`,
    en: (p) => `The module package cannot be imported: ${p.count} problem(s). Nothing was created.`,
  },
  starting: {
    id: () => "Berdaya sedang bersiap. Coba lagi dalam beberapa detik.",
    en: () => "Berdaya is starting. Try again in a few seconds.",
  },
  invalid_input: {
    id: () => "Ada isian yang perlu diperbaiki.",
    en: () => "Some fields need correcting.",
  },
  internal: {
    id: () => "Terjadi kesalahan di server. Tim kami sudah dicatat.",
    en: () => "Something went wrong on the server. It has been logged.",
  },
};

export function message(lang: Lang, code: string, params: Params = {}): string {
  return (messages[code] ?? messages.internal)?.[lang](params) ?? code;
}

export function errorBody(code: string, text: string) {
  return { error: { code, message: text } };
}

export function fail(c: Context<AppEnv>, status: ContentfulStatusCode, code: string, params: Params = {}) {
  return c.json(errorBody(code, message(c.var.lang ?? "id", code, params)), status);
}

/** Answers any error thrown by a route: domain errors by kind, outages with 503, the rest with 500. */
export function handleError(error: unknown, c: Context<AppEnv>) {
  if (error instanceof DomainError) {
    if (error.params.retryAfter) c.header("Retry-After", String(error.params.retryAfter));
    if (error.details) {
      const lang = c.var.lang ?? "id";
      const body = errorBody(error.code, message(lang, error.code, error.params));
      const details = error.details.map((d) => ({
        ...d,
        code: d.message,
        message: problemMessage(lang, d.message, d.params),
      }));
      return c.json({ error: { ...body.error, details } }, statusOf[error.kind]);
    }
    return fail(c, statusOf[error.kind], error.code, error.params);
  }
  if (isUnavailable(error)) {
    c.header("Retry-After", "2");
    return fail(c, 503, "storage_unavailable");
  }
  console.error(
    JSON.stringify({ level: "error", path: c.req.path, error: String((error as Error)?.stack ?? error) }),
  );
  return fail(c, 500, "internal");
}

/** What is wrong with a field, in words: the end of a sentence that starts with the field's name. */
const issueText: Record<string, Record<Lang, (issue: BaseIssue<unknown>) => string>> = {
  type: {
    id: (i) => (i.input === undefined ? "wajib diisi" : "isinya tidak sesuai"),
    en: (i) => (i.input === undefined ? "is required" : "has the wrong kind of value"),
  },
  object: { id: () => "tidak bisa dibaca", en: () => "cannot be read" },
  string: { id: () => "harus berupa teks", en: () => "must be text" },
  min_length: {
    id: (i) =>
      typeof i.input === "string"
        ? i.requirement === 1
          ? "wajib diisi"
          : `minimal ${i.requirement} karakter`
        : `minimal ${i.requirement} isian`,
    en: (i) =>
      typeof i.input === "string"
        ? i.requirement === 1
          ? "is required"
          : `must have at least ${i.requirement} characters`
        : `must have at least ${i.requirement} entries`,
  },
  max_length: {
    id: (i) => `maksimal ${i.requirement} ${typeof i.input === "string" ? "karakter" : "isian"}`,
    en: (i) => `must have at most ${i.requirement} ${typeof i.input === "string" ? "characters" : "entries"}`,
  },
  min_value: { id: (i) => `minimal ${i.requirement}`, en: (i) => `must be at least ${i.requirement}` },
  max_value: { id: (i) => `maksimal ${i.requirement}`, en: (i) => `must be at most ${i.requirement}` },
  integer: { id: () => "harus bilangan bulat", en: () => "must be a whole number" },
  regex: { id: () => "penulisannya tidak sesuai", en: () => "is not written the expected way" },
  picklist: { id: () => "bukan pilihan yang tersedia", en: () => "is not one of the choices" },
  variant: { id: () => "bukan pilihan yang tersedia", en: () => "is not one of the choices" },
  literal: { id: () => "bukan pilihan yang tersedia", en: () => "is not one of the choices" },
  email: { id: () => "bukan alamat email yang benar", en: () => "is not a valid email address" },
  // valibot reports a missing key and an unknown one (expected "never") on the object itself.
  strict_object: {
    id: (i) => (i.expected === "never" ? "tidak dikenal" : "wajib diisi"),
    en: (i) => (i.expected === "never" ? "is not a known field" : "is required"),
  },
  check: {
    id: (i) => checkText[i.message]?.id ?? i.message,
    en: (i) => checkText[i.message]?.en ?? i.message,
  },
  partial_check: {
    id: (i) => checkText[i.message]?.id ?? i.message,
    en: (i) => checkText[i.message]?.en ?? i.message,
  },
};

/** What the pages call the fields, so a message names them as the form does, never by their key. */
const fieldLabels: Record<string, Record<Lang, string>> = {
  name: { id: "nama", en: "name" },
  phone: { id: "nomor HP", en: "phone number" },
  email: { id: "email", en: "email" },
  password: { id: "kata sandi", en: "password" },
  currentPassword: { id: "kata sandi sekarang", en: "current password" },
  newPassword: { id: "kata sandi baru", en: "new password" },
  identifier: { id: "nomor HP atau email", en: "phone number or email" },
  businessName: { id: "nama usaha", en: "business name" },
  sector: { id: "sektor usaha", en: "business sector" },
  regency: { id: "kabupaten/kota", en: "regency" },
  motivation: { id: "motivasi", en: "motivation" },
  expertise: { id: "keahlian", en: "expertise" },
  title: { id: "judul", en: "title" },
  summary: { id: "ringkasan", en: "summary" },
  description: { id: "deskripsi", en: "description" },
  category: { id: "kategori", en: "category" },
  level: { id: "tingkat", en: "level" },
  language: { id: "bahasa", en: "language" },
  reason: { id: "alasan", en: "reason" },
  feedback: { id: "masukan", en: "feedback" },
  limit: { id: "jumlah per halaman", en: "page size" },
  q: { id: "kata pencarian", en: "search words" },
  courseId: { id: "alamat kursus", en: "course address" },
  lessonId: { id: "alamat pelajaran", en: "lesson address" },
  code: { id: "kode sertifikat", en: "certificate code" },
  filename: { id: "nama berkas", en: "file name" },
  contentType: { id: "jenis berkas", en: "file type" },
  size: { id: "ukuran berkas", en: "file size" },
  durationMinutes: { id: "durasi", en: "duration" },
  passMark: { id: "nilai lulus", en: "pass mark" },
  attemptLimit: { id: "batas percobaan", en: "attempt limit" },
  drawCount: { id: "jumlah soal per percobaan", en: "questions per attempt" },
  prompt: { id: "pertanyaan", en: "question" },
  options: { id: "pilihan jawaban", en: "answer options" },
  correct: { id: "jawaban benar", en: "right answer" },
  accepted: { id: "jawaban yang diterima", en: "accepted answers" },
  points: { id: "poin", en: "points" },
  body: { id: "isi pelajaran", en: "lesson text" },
  videoId: { id: "tautan YouTube", en: "YouTube link" },
  fields: { id: "kolom lembar kerja", en: "worksheet fields" },
};

/** Messages of the schemas' custom checks, keyed by the code each check reports. */
const checkText: Record<string, Record<Lang, string>> = {
  invalid_phone: {
    id: "bukan nomor HP Indonesia yang benar (contoh: 0812 3456 7890)",
    en: "is not a valid Indonesian phone number (e.g. 0812 3456 7890)",
  },
  password_too_common: {
    id: "terlalu umum dan mudah ditebak: pilih kata sandi lain, misalnya tiga kata acak",
    en: "is too common and easy to guess: choose another password, for example three random words",
  },
  password_personal: {
    id: "tidak boleh berisi nama, nomor HP, atau email Anda sendiri",
    en: "must not be made of your own name, phone number or email",
  },
  correct_not_an_option: {
    id: "harus menunjuk pilihan jawaban yang ada",
    en: "must point at an existing option",
  },
  no_correct_answer: {
    id: "harus berisi setidaknya satu jawaban benar",
    en: "must contain at least one correct answer",
  },
  draw_exceeds_pool: {
    id: "tidak boleh lebih dari jumlah soal",
    en: "must not exceed the number of questions",
  },
  duplicate_question_id: { id: "memiliki soal ganda", en: "has the same question twice" },
  markdown_foreign_image: {
    id: "hanya boleh menampilkan gambar yang diunggah ke Berdaya (gambar dari situs lain bisa melacak peserta)",
    en: "may only show images uploaded to Berdaya (images from other sites can track learners)",
  },
  phone_or_email_required: {
    id: "wajib diisi (atau isi email)",
    en: "is required (or give an email)",
  },
};

export interface FieldProblem {
  /** The field's path in the request, for the page to put the message next to it. */
  field: string;
  /** What is wrong, as a code the page can word in the language chosen later. */
  code: string;
  message: string;
  params?: Params;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase("id") + text.slice(1);

/** Each field that failed, with a sentence naming it as the page does. */
export function validationProblems(lang: Lang, issues: readonly BaseIssue<unknown>[]): FieldProblem[] {
  return issues.slice(0, 5).map((issue) => {
    const field = issue.path?.map((p) => String(p.key)).join(".") ?? "";
    const key = [...(issue.path ?? [])].reverse().find((p) => typeof p.key === "string")?.key;
    const label = fieldLabels[String(key)]?.[lang];
    const text = checkText[issue.message]?.[lang] ?? issueText[issue.type]?.[lang](issue) ?? issue.message;
    const subject = label ?? (lang === "id" ? "salah satu isian" : "one of the fields");
    const code = checkText[issue.message] ? issue.message : issue.type;
    const limit = typeof issue.requirement === "number" ? { limit: issue.requirement } : undefined;
    return { field, code, message: `${capitalise(subject)} ${text}.`, ...(limit ? { params: limit } : {}) };
  });
}

/** A 400's message: one sentence per field that failed, in the request's language. */
export function validationMessage(lang: Lang, issues: readonly BaseIssue<unknown>[]): string {
  return validationProblems(lang, issues)
    .map((problem) => problem.message)
    .join(" ");
}

/** "application/pdf" → "PDF", as a member names a kind of file. */
const kindNames: Record<Lang, Record<string, string>> = {
  id: {
    "application/pdf": "PDF",
    "image/png": "gambar PNG",
    "image/jpeg": "foto JPEG",
    "image/webp": "gambar WebP",
    "video/mp4": "video MP4",
    "video/webm": "video WebM",
    "application/zip": "berkas ZIP",
  },
  en: {
    "application/pdf": "a PDF",
    "image/png": "a PNG image",
    "image/jpeg": "a JPEG photo",
    "image/webp": "a WebP image",
    "video/mp4": "an MP4 video",
    "video/webm": "a WebM video",
    "application/zip": "a ZIP file",
  },
};
const kindName = (lang: Lang, mime: unknown) =>
  kindNames[lang][String(mime)] ?? (lang === "id" ? "jenis berkas lain" : "another kind of file");

/** A module package problem (packages/core/src/module-package/problem.ts) in the request's language. */
const problemText: Record<string, Record<Lang, Message>> = {
  zip_corrupt: {
    id: () => "Berkas ZIP rusak atau tidak bisa dibaca.",
    en: () => "The ZIP file is damaged or unreadable.",
  },
  too_many_entries: {
    id: (p) => `Terlalu banyak berkas (${p.count}; maksimal ${p.max}).`,
    en: (p) => `Too many files (${p.count}; at most ${p.max}).`,
  },
  too_large_total: {
    id: (p) =>
      `Isi paket terlalu besar setelah dibuka (maksimal ${Math.round(Number(p.maxBytes) / 1048576)} MB).`,
    en: (p) =>
      `The package is too large once unpacked (at most ${Math.round(Number(p.maxBytes) / 1048576)} MB).`,
  },
  compression_ratio: {
    id: (p) => `Rasio kompresi mencurigakan (${p.ratio}; maksimal ${p.max}).`,
    en: (p) => `Suspicious compression ratio (${p.ratio}; at most ${p.max}).`,
  },
  unsupported_compression: {
    id: () => "Metode kompresi tidak didukung.",
    en: () => "Unsupported compression method.",
  },
  file_too_large: { id: () => "Berkas terlalu besar.", en: () => "The file is too large." },
  unsafe_path: {
    id: (p) => `Jalur tidak aman: ${p.path ?? ""} (tidak boleh memakai ../ atau jalur mutlak).`,
    en: (p) => `Unsafe path: ${p.path ?? ""} (no ../ or absolute paths).`,
  },
  symlink: { id: () => "Tautan simbolik tidak diizinkan.", en: () => "Symbolic links are not allowed." },
  encrypted: {
    id: () => "Berkas terenkripsi tidak diizinkan.",
    en: () => "Encrypted files are not allowed.",
  },
  duplicate_path: { id: () => "Nama berkas ganda.", en: () => "Duplicate file name." },
  unknown_file_type: {
    id: () =>
      "Jenis berkas tidak dikenal (yang diizinkan: .md, .yaml, .png, .jpg, .webp, .pdf, .mp4, .webm).",
    en: () => "Unknown file type (allowed: .md, .yaml, .png, .jpg, .webp, .pdf, .mp4, .webm).",
  },
  content_mismatch: {
    id: (p) => `Isi berkas tidak sesuai ekstensinya (seharusnya ${p.expected}).`,
    en: (p) => `The file's content does not match its extension (expected ${p.expected}).`,
  },
  not_utf8: { id: () => "Teks harus berenkode UTF-8.", en: () => "Text must be UTF-8." },
  missing_manifest: { id: () => "module.yaml tidak ada.", en: () => "module.yaml is missing." },
  yaml_syntax: {
    id: (p) => `YAML tidak valid (${p.reason ?? ""}).`,
    en: (p) => `Invalid YAML (${p.reason ?? ""}).`,
  },
  text_too_large: {
    id: (p) => `Berkas teks ini terlalu besar (maksimal ${Math.round(Number(p.maxBytes) / 1024)} KB).`,
    en: (p) => `This text file is too large (at most ${Math.round(Number(p.maxBytes) / 1024)} KB).`,
  },
  too_deep: {
    id: (p) => `Susunannya bertingkat terlalu dalam (maksimal ${p.max} tingkat).`,
    en: (p) => `It is nested too deeply (at most ${p.max} levels).`,
  },
  too_many_nodes: {
    id: (p) => `Isinya terlalu banyak bagian (maksimal ${p.max}).`,
    en: (p) => `It has too many parts (at most ${p.max}).`,
  },
  too_complex: {
    id: (p) => `Berkas ini terlalu rumit untuk dibaca dalam ${p.seconds} detik.`,
    en: (p) => `This file is too complex to read within ${p.seconds} seconds.`,
  },
  manifest_field: {
    id: (p) => `${capitalise(placeOf("id", p.field))}: ${reasonText("id", p)}.`,
    en: (p) => `${capitalise(placeOf("en", p.field))}: ${reasonText("en", p)}.`,
  },
  missing_file: {
    id: (p) => `Berkas yang dirujuk tidak ada di paket: ${p.path}.`,
    en: (p) => `A referenced file is not in the package: ${p.path}.`,
  },
  not_an_image: { id: (p) => `Bukan gambar: ${p.path}.`, en: (p) => `Not an image: ${p.path}.` },
  invalid_quiz: {
    id: (p) => `Kuis, ${placeOf("id", p.field)}: ${reasonText("id", p)}.`,
    en: (p) => `Quiz, ${placeOf("en", p.field)}: ${reasonText("en", p)}.`,
  },
};

function problemMessage(lang: Lang, code: string, params: Params = {}): string {
  return problemText[code]?.[lang](params) ?? code;
}

/** "lessons.0.kind" → "pelajaran ke-1, kind": where in the file, counted as people count. */
function placeOf(lang: Lang, field: unknown): string {
  const parts = String(field ?? "")
    .split(".")
    .filter(Boolean);
  if (parts.length === 0) return lang === "id" ? "berkas ini" : "this file";
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    const item = listItems[part]?.[lang];
    if (item && next !== undefined && /^\d+$/.test(next)) {
      words.push(lang === "id" ? `${item} ke-${Number(next) + 1}` : `${item} ${Number(next) + 1}`);
      i++;
    } else words.push(/^\d+$/.test(part) ? `#${Number(part) + 1}` : `'${part}'`);
  }
  return words.join(", ");
}

const listItems: Record<string, Record<Lang, string>> = {
  lessons: { id: "pelajaran", en: "lesson" },
  questions: { id: "soal", en: "question" },
  options: { id: "pilihan", en: "option" },
  accepted: { id: "jawaban", en: "answer" },
  fields: { id: "kolom", en: "field" },
  correct: { id: "jawaban benar", en: "right answer" },
};

const reasonWords: Record<string, Record<Lang, Message>> = {
  required: { id: () => "wajib diisi", en: () => "is required" },
  unknown_field: {
    id: () => "tidak dikenal (periksa ejaannya)",
    en: () => "is not known (check its spelling)",
  },
  wrong_type: { id: () => "isinya tidak sesuai", en: () => "has the wrong kind of value" },
  invalid_value: { id: () => "bukan pilihan yang tersedia", en: () => "is not one of the choices" },
  invalid_format: { id: () => "penulisannya tidak sesuai", en: () => "is not written the expected way" },
  too_short: { id: (p) => `minimal ${p.limit} karakter`, en: (p) => `needs at least ${p.limit} characters` },
  too_long: { id: (p) => `maksimal ${p.limit} karakter`, en: (p) => `takes at most ${p.limit} characters` },
  too_small: { id: (p) => `minimal ${p.limit}`, en: (p) => `must be at least ${p.limit}` },
  too_large: { id: (p) => `maksimal ${p.limit}`, en: (p) => `must be at most ${p.limit}` },
  not_integer: { id: () => "harus bilangan bulat", en: () => "must be a whole number" },
  empty: { id: () => "berkasnya kosong", en: () => "the file is empty" },
  wrong_file_type: {
    id: (p) => `harus berkas ${p.expected}`,
    en: (p) => `must be a ${p.expected} file`,
  },
  file_or_youtube: {
    id: () => "video perlu tepat satu: file atau youtube",
    en: () => "a video needs exactly one of file and youtube",
  },
  invalid_youtube_id: {
    id: () => "bukan tautan YouTube yang benar",
    en: () => "is not a valid YouTube link",
  },
};

function reasonText(lang: Lang, p: Params): string {
  const reason = String(p.reason);
  return reasonWords[reason]?.[lang](p) ?? checkText[reason]?.[lang] ?? reason;
}
