// Bahasa Indonesia: the trainer's worksheet reviews and course learners pages, on top of the
// learning dictionary. Keys ending in ".one"/".other" are plural forms read through tn().
export const id = {
  "trainerLearn.forbiddenTitle": "Khusus pelatih",
  "trainerLearn.forbidden": "Halaman ini untuk pelatih Berdaya. Akun Anda tidak memiliki akses ke sini.",
  "trainerLearn.backToTrainer": "Kembali ke halaman pelatih",
  "trainerLearn.backToCourse": "Kembali ke kursus",
  "trainerLearn.refresh": "Muat ulang",

  "trainerLearn.reviewsTitle": "Tinjau lembar kerja",
  "trainerLearn.reviewsIntro":
    "Lembar kerja peserta yang menunggu tinjauan Anda, yang paling lama menunggu di atas. Terima, atau minta revisi dengan masukan yang jelas.",
  "trainerLearn.loading": "Memuat lembar kerja…",
  "trainerLearn.empty": "Tidak ada lembar kerja yang menunggu tinjauan. Terima kasih!",
  "trainerLearn.waiting.one": "{count} lembar kerja menunggu tinjauan",
  "trainerLearn.waiting.other": "{count} lembar kerja menunggu tinjauan",
  "trainerLearn.filtered": "Hanya lembar kerja dari satu kursus yang ditampilkan.",
  "trainerLearn.showAll": "Tampilkan semua",
  "trainerLearn.sentAt": "Dikirim {date}",
  "trainerLearn.attachment": "Lampiran",
  "trainerLearn.openFile": "Buka lampiran",
  "trainerLearn.feedback": "Masukan untuk peserta",
  "trainerLearn.feedbackHint": "Wajib diisi jika meminta revisi; peserta akan membacanya.",
  "trainerLearn.feedbackRequired": "Tulis masukan untuk peserta sebelum meminta revisi.",
  "trainerLearn.accept": "Terima",
  "trainerLearn.askRevision": "Minta revisi",
  "trainerLearn.accepted": "Lembar kerja {name} diterima.",
  "trainerLearn.returned": "Lembar kerja {name} dikembalikan untuk revisi.",

  "trainerLearn.learnersTitle": "Peserta kursus",
  "trainerLearn.learnersOf": "Peserta: {title}",
  "trainerLearn.loadingLearners": "Memuat peserta…",
  "trainerLearn.noLearners": "Belum ada peserta yang mengikuti kursus ini.",
  "trainerLearn.courseNotFound": "Kursus ini tidak ditemukan, atau bukan kursus Anda.",
  "trainerLearn.total": "Peserta",
  "trainerLearn.completedCount": "Sudah selesai",
  "trainerLearn.pendingCount": "Menunggu tinjauan",
  "trainerLearn.pendingLink.one": "{count} lembar kerja",
  "trainerLearn.pendingLink.other": "{count} lembar kerja",
  "trainerLearn.tableCaption": "Peserta kursus dengan kemajuan dan lembar kerja yang menunggu tinjauan",
  "trainerLearn.col.name": "Nama",
  "trainerLearn.deletedAccount": "(akun dihapus)",
  "trainerLearn.col.progress": "Kemajuan",
  "trainerLearn.col.lastLesson": "Terakhir dibuka",
  "trainerLearn.col.pending": "Menunggu tinjauan",
  "trainerLearn.col.enrolled": "Mulai",
} as const;

export type TrainerLearnKey = keyof typeof id;
export type TrainerLearnDictionary = Record<TrainerLearnKey, string>;
