// Bahasa Indonesia: the words of learning without signal (saved courses, the outbox, installing and
// updating the app), the source of truth for their keys. Loaded with the offline code only.
export const id = {
  "offline.state.offline": "Offline",
  "offline.state.syncing": "Menyinkronkan…",
  "offline.state.synced": "Tersinkron",
  "offline.state.pending.one": "{count} tindakan menunggu",
  "offline.state.pending.other": "{count} tindakan menunggu",
  "offline.state.offlineNote":
    "Anda sedang offline. Kursus yang disimpan tetap bisa dibuka; tindakan Anda dikirim saat sinyal kembali.",
  "offline.state.syncNow": "Kirim sekarang",
  "offline.queued.title": "Tersimpan di ponsel — belum terkirim",
  "offline.queued.complete": "Pelajaran ini akan ditandai selesai setelah terkirim ke server.",
  "offline.queued.attempt": "Jawaban kuis disimpan. Nilainya muncul setelah dikirim dan dinilai server.",
  "offline.queued.submission": "Lembar kerja disimpan dan akan dikirim ke pelatih saat online.",
  "offline.queued.photo":
    "Tidak ada sinyal: berkas ini disimpan di ponsel dan diunggah bersama lembar kerja saat online.",
  "offline.notice.title": "Hasil sinkronisasi",
  "offline.notice.dismiss": "Tutup",
  "offline.notice.completed": "«{lesson}» tercatat selesai.",
  "offline.notice.graded": "«{lesson}» dinilai: {percent}% — {verdict}.",
  "offline.notice.passed": "lulus",
  "offline.notice.failed": "belum lulus",
  "offline.notice.submitted": "«{lesson}» terkirim ke pelatih.",
  "offline.notice.dropped": "«{lesson}» dibuang: {reason}",
  "offline.notice.conflict": "«{lesson}» tidak tercatat: {reason}",
  "offline.save.title": "Belajar tanpa sinyal",
  "offline.save.intro":
    "Simpan kursus ini di ponsel agar pelajaran, kuis, dan lembar kerja bisa dibuka tanpa internet.",
  "offline.save.button": "Simpan untuk offline",
  "offline.save.measuring": "Menghitung ukuran…",
  "offline.save.size": "Ukuran unduhan: {size}",
  "offline.save.video": "Sertakan video «{lesson}» ({size})",
  "offline.save.start": "Unduh {size}",
  "offline.save.cancel": "Batal",
  "offline.save.progress": "Mengunduh {done} dari {total}",
  "offline.save.saved": "Tersimpan untuk offline · {size}",
  "offline.save.savedAt": "Disimpan {date}",
  "offline.save.refresh": "Perbarui",
  "offline.save.remove": "Hapus dari ponsel",
  "offline.save.quota":
    "Ruang penyimpanan ponsel tidak cukup ({size} diperlukan). Kosongkan ruang lalu coba lagi; tidak ada yang tersimpan setengah.",
  "offline.save.failed":
    "Penyimpanan gagal; tidak ada yang tersimpan setengah. Coba lagi saat sinyal lebih baik.",
  "offline.save.needOnline": "Sambungkan ke internet untuk menyimpan kursus ini.",
  "offline.save.youtube": "Video YouTube tidak bisa disimpan; ditonton saat online.",
  "offline.saved.title": "Tersimpan di ponsel",
  "offline.saved.empty": "Belum ada kursus yang disimpan untuk offline.",
  "offline.saved.used": "Ruang terpakai: {size}",
  "offline.dataSaver.label": "Hemat data",
  "offline.dataSaver.hint":
    "Di data seluler, gambar dan video tidak diunduh (kecuali yang sudah tersimpan). Wi‑Fi tidak terpengaruh.",
  "offline.install.title": "Pasang aplikasi Berdaya",
  "offline.install.text": "Buka kursus langsung dari layar utama, juga saat tanpa sinyal.",
  "offline.install.button": "Pasang aplikasi",
  "offline.install.later": "Nanti saja",
  "offline.update.text": "Versi baru tersedia",
  "offline.update.button": "Muat ulang",
  "offline.reason.gone": "kursus ini sudah dihapus atau Anda tidak lagi terdaftar.",
} as const;

export type OfflineKey = keyof typeof id;
export type OfflineDictionary = Record<OfflineKey, string>;
