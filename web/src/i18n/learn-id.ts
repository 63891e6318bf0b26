// Bahasa Indonesia: the learning words shared by the course page, "Kursus saya" and the lesson
// player (enrolling, progress, completion), the source of truth for their keys. Loaded with those
// pages only. Keys ending in ".one"/".other" are plural forms read through tn().
export const id = {
  "learn.enroll": "Ikuti kursus",
  "learn.enrolling": "Mendaftarkan…",
  "learn.enrollNote": "Gratis. Belajar kapan saja dari ponsel, sesuai waktu Anda.",
  "learn.enrollNoteLogin": "Gratis. Masuk atau daftar dulu, lalu Anda kembali ke halaman ini.",
  "learn.enrollmentLabel": "Keikutsertaan Anda",
  "learn.notOpenYet": "Materi kursus ini sedang disiapkan.",
  "learn.learnersLabel": "Peserta",

  "learn.learnerCount.one": "{count} peserta",
  "learn.learnerCount.other": "{count} peserta",

  "learn.certificateLabel": "Sertifikat",
  "learn.certificateAuto": "Terbit saat semua pelajaran wajib selesai",
  "learn.certificateApproval": "Terbit setelah disetujui pelatih",
  "learn.progressLabel": "Kemajuan kursus",
  "learn.progressOf": "Kemajuan: {title}",
  "learn.progressPercent": "{percent}% selesai",

  "learn.requiredDone.one": "{done} dari {count} pelajaran wajib",
  "learn.requiredDone.other": "{done} dari {count} pelajaran wajib",

  "learn.start": "Mulai belajar",
  "learn.resume": "Lanjutkan",
  "learn.review": "Buka lagi",
  "learn.toMyCourses": "Lihat Kursus saya",
  "learn.toCertificate": "Lihat sertifikat",

  "learn.status.active": "Sedang belajar",
  "learn.status.completed": "Selesai",

  "learn.done": "selesai",
  "learn.optionalLesson": "tidak wajib",
  "learn.lessonDoneMark": "Selesai",

  "learn.completed.title": "Selamat! Anda menyelesaikan kursus ini",
  "learn.completed.on": "Diselesaikan pada {date}.",
  "learn.completed.next":
    "Semua pelajaran wajib sudah Anda selesaikan. Terima kasih sudah belajar bersama Berdaya.",

  "learn.my.title": "Kursus saya",
  "learn.my.intro": "Kursus yang Anda ikuti, kemajuannya, dan tempat Anda terakhir belajar.",
  "learn.my.loading": "Memuat kursus Anda…",
  "learn.my.empty": "Anda belum mengikuti kursus. Pilih kursus di katalog, lalu tekan Ikuti kursus.",
  "learn.my.count.one": "{count} kursus",
  "learn.my.count.other": "{count} kursus",
  "learn.my.active": "Sedang dipelajari",
  "learn.my.completed": "Sudah selesai",
  "learn.my.enrolledOn": "Mulai {date}",
  "learn.my.completedOn": "Selesai {date}",
} as const;

export type LearnKey = keyof typeof id;
export type LearnDictionary = Record<LearnKey, string>;
