// Bahasa Indonesia: the default language and the source of truth for the message keys.
// Keys ending in ".one"/".other" are plural forms read through tn().
export const id = {
  "app.name": "Berdaya",
  "app.tagline": "Belajar untuk UMKM yang tangguh",
  "app.association": "Asosiasi UMKM Provinsi Bengkulu",
  "app.skipToContent": "Langsung ke konten",
  "app.loading": "Memuat…",
  "nav.label": "Navigasi utama",
  "nav.catalog": "Katalog kursus",
  "lang.label": "Bahasa",
  "lang.id": "Bahasa Indonesia",
  "lang.en": "English",
  "footer.about": "Berdaya adalah platform belajar untuk pelaku UMKM, dikelola oleh {association}.",
  "footer.copyright": "© {year} {association}",

  "catalog.title": "Katalog kursus",
  "catalog.intro":
    "Kursus singkat dan praktis untuk mengembangkan usaha Anda: kreativitas, inovasi produk, pemasaran, keuangan, legalitas, dan perlindungan pekerja. Bisa dipelajari dari ponsel, kapan saja.",
  "catalog.listLabel": "Daftar kursus",
  "catalog.loading": "Memuat kursus…",
  "catalog.loadMore": "Muat lebih banyak",
  "catalog.loadingMore": "Memuat…",
  "catalog.empty": "Belum ada kursus yang tersedia. Silakan kembali lagi nanti.",
  "catalog.shown.one": "{count} kursus ditampilkan",
  "catalog.shown.other": "{count} kursus ditampilkan",

  "course.category": "Kategori",
  "course.level": "Tingkat",
  "course.duration": "Durasi",
  "course.trainer": "Pelatih",
  "course.language": "Bahasa kursus",
  "course.trainerBy": "Oleh {name}",
  "course.about": "Tentang kursus ini",
  "course.curriculum": "Materi kursus",
  "course.moduleNumber": "Modul {number}",
  "course.lessonsLabel": "Pelajaran dalam {module}",
  "course.noLessons": "Modul ini belum memiliki pelajaran.",
  "course.noModules": "Materi kursus ini sedang disiapkan.",
  "course.back": "Kembali ke katalog",
  "course.loading": "Memuat kursus…",
  "course.notFoundTitle": "Kursus tidak ditemukan",
  "course.notFoundBody": "Kursus ini tidak ada atau sudah tidak tersedia. Coba cari kursus lain di katalog.",
  "course.modules.one": "{count} modul",
  "course.modules.other": "{count} modul",
  "course.lessons.one": "{count} pelajaran",
  "course.lessons.other": "{count} pelajaran",

  "lesson.kind.text": "Bacaan",
  "lesson.kind.video": "Video",
  "lesson.kind.document": "Dokumen",
  "lesson.kind.quiz": "Kuis",
  "lesson.kind.worksheet": "Lembar kerja",

  "duration.minutes": "{minutes} menit",
  "duration.hours": "{hours} jam",
  "duration.hoursMinutes": "{hours} jam {minutes} menit",

  "category.kreativitas": "Kreativitas",
  "category.inovasi": "Inovasi",
  "category.pemasaran": "Pemasaran",
  "category.keuangan": "Keuangan",
  "category.legalitas": "Legalitas",
  "category.perlindungan-pekerja": "Perlindungan pekerja",

  "level.pemula": "Pemula",
  "level.menengah": "Menengah",
  "level.lanjutan": "Lanjutan",

  "language.id": "Bahasa Indonesia",
  "language.en": "Bahasa Inggris",

  "error.title": "Terjadi kesalahan",
  "error.offline": "Tidak ada koneksi internet. Periksa sinyal atau paket data Anda, lalu coba lagi.",
  "error.timeout": "Server terlalu lama menjawab. Koneksi mungkin lambat; silakan coba lagi.",
  "error.busy": "Server sedang sibuk. Silakan coba lagi sebentar lagi.",
  "error.generic": "Data tidak dapat dimuat. Silakan coba lagi.",
  "error.retry": "Coba lagi",

  "notFound.title": "Halaman tidak ditemukan",
  "notFound.body":
    "Alamat yang Anda buka tidak ada. Mungkin tautannya salah ketik atau halamannya sudah dipindahkan.",
  "notFound.home": "Ke katalog kursus",
} as const;

export type MessageKey = keyof typeof id;
export type Dictionary = Record<MessageKey, string>;
