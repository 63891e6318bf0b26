// Bahasa Indonesia for "Sertifikat saya": the source of these keys (certificates-en.ts must have the
// same). Loaded with that page only, so the catalog's first download does not carry them.
export const id = {
  "cert.title": "Sertifikat saya",
  "cert.intro":
    "Sertifikat dari kursus yang sudah Anda selesaikan. Setiap sertifikat punya kode dan tautan yang bisa dipakai siapa saja untuk memeriksa keasliannya.",
  "cert.loading": "Memuat sertifikat…",
  "cert.empty":
    "Anda belum punya sertifikat. Selesaikan semua pelajaran wajib sebuah kursus untuk mendapatkannya.",
  "cert.toCatalog": "Cari kursus",
  "cert.code": "Kode",
  "cert.issuedOn": "Terbit",
  "cert.trainer": "Pelatih",
  "cert.pdf": "Unduh PDF",
  "cert.credential": "Unduh bukti digital",
  "cert.credentialHint":
    "Bukti digital adalah berkas bertanda tangan (format .jwt) yang bisa diperiksa keasliannya oleh bank, lembaga atau calon mitra, juga tanpa situs ini.",
  "cert.copy": "Salin tautan",
  "cert.linkLabel": "Tautan pemeriksaan sertifikat “{title}”",
  "cert.copied": "Tautan sudah disalin. Tempel di pesan atau media sosial Anda.",
  "cert.copyManually": "Tautan sudah dipilih. Tekan lama lalu pilih Salin.",
  "cert.whatsapp": "Bagikan ke WhatsApp",
  "cert.whatsappMessage":
    "Saya telah menyelesaikan kursus “{title}” di Berdaya ({issuer}). Cek keaslian sertifikat saya: {url}",
  "cert.viewCheck": "Lihat halaman pemeriksaan",
  "cert.pendingNote":
    "Sertifikat ini menunggu persetujuan {issuer}. Setelah disetujui, sertifikat sah dan bisa diunduh serta dibagikan.",
  "cert.revokedNote": "Sertifikat ini dicabut oleh {issuer} pada {date} dan tidak berlaku lagi.",
  "cert.revokedReason": "Alasan: {reason}",
  "cert.revokedHelp": "Jika menurut Anda ini keliru, hubungi pengurus asosiasi.",
  "cert.checkOther": "Periksa sertifikat orang lain",
} as const;

export type CertificatesKey = keyof typeof id;
export type CertificatesDictionary = Record<CertificatesKey, string>;
