// Bahasa Indonesia for the public verify pages (/verify, /verify/:code) and the certificate statuses
// the other certificate pages show too: the source of these keys (verify-en.ts must have the same).
// Loaded with those pages only, and kept small: the verify page is opened from a QR code on a phone.
export const id = {
  "cert.status.valid": "Sah",
  "cert.status.pending": "Menunggu persetujuan",
  "cert.status.revoked": "Dicabut",

  "verify.title": "Cek keaslian sertifikat",
  "verify.intro":
    "Periksa apakah sertifikat Berdaya asli dan masih berlaku. Ketik kode yang tertera pada sertifikat, atau tempel tautan dari kode QR-nya.",
  "verify.codeLabel": "Kode sertifikat atau tautan",
  "verify.codeHint": "Contoh: BKL-7ESJ-77G9-6VWA. Huruf besar, huruf kecil, dan spasi tidak masalah.",
  "verify.credentialTitle": "Atau periksa berkas kredensial",
  "verify.credentialIntro":
    "Punya berkas kredensial digital (.jwt) dari pemegang sertifikat? Tempel isinya atau pilih berkasnya untuk memeriksa tanda tangan digitalnya.",
  "verify.credentialLabel": "Tempel isi kredensial",
  "verify.fileLabel": "Pilih berkas kredensial",
  "verify.fileHint": "Berkas .jwt atau .txt, maksimal 64 KB.",
  "verify.fileChosen": "Berkas dipilih: {name}",
  "verify.fileRemove": "Batalkan berkas",
  "verify.submit": "Periksa",
  "verify.checking": "Memeriksa…",
  "verify.needInput": "Ketik kode sertifikat, atau tempel kredensial, terlebih dahulu.",
  "verify.badCode":
    "Kode ini tidak lengkap atau salah ketik. Kode sertifikat terdiri dari singkatan asosiasi dan tiga kelompok empat huruf/angka, misalnya BKL-7ESJ-77G9-6VWA.",
  "verify.notCredential":
    "Isi ini bukan kredensial digital. Kredensial adalah teks panjang tiga bagian yang dipisah titik, dari berkas .jwt yang diunduh pemegang sertifikat.",
  "verify.fileTooLarge": "Berkas terlalu besar untuk sebuah kredensial (maksimal 64 KB).",
  "verify.fileUnreadable": "Berkas tidak dapat dibaca. Coba pilih lagi.",

  "verify.loading": "Memeriksa sertifikat…",
  "verify.pageTitleCode": "Sertifikat {code}",
  "verify.valid.title": "Sertifikat sah",
  "verify.valid.body": "Sertifikat ini diterbitkan oleh {issuer} dan masih berlaku.",
  "verify.valid.credential":
    "Tanda tangan digital kredensial ini asli, diterbitkan oleh {issuer}, dan sertifikatnya masih berlaku.",
  "verify.revoked.title": "Sertifikat dicabut",
  "verify.revoked.body": "Sertifikat ini dicabut oleh {issuer} pada {date} dan tidak berlaku lagi.",
  "verify.pending.title": "Menunggu persetujuan asosiasi",
  "verify.pending.body":
    "Sertifikat ini sudah terbit tetapi belum disetujui oleh {issuer}, jadi belum dapat dianggap sah.",
  "verify.invalid.title": "Kredensial tidak sah",
  "verify.failed.algorithm": "Kredensial ini tidak ditandatangani dengan cara yang dipakai Berdaya.",
  "verify.failed.key":
    "Kredensial ini ditandatangani dengan kunci yang tidak dikenal, bukan kunci tanda tangan asosiasi.",
  "verify.failed.signature":
    "Tanda tangan digitalnya tidak cocok: isi kredensial ini sudah diubah atau rusak.",
  "verify.failed.issuer": "Kredensial ini bukan terbitan asosiasi ini.",
  "verify.failed.claims": "Isi kredensial ini tidak cocok dengan yang ditandatangani asosiasi.",
  "verify.failed.validity": "Kredensial ini di luar masa berlakunya.",
  "verify.failed.revocation": "Sertifikat untuk kredensial ini tidak ada dalam catatan asosiasi.",
  "verify.checksTitle": "Hasil pemeriksaan",
  "verify.check.algorithm": "Cara tanda tangan dikenali",
  "verify.check.key": "Kunci tanda tangan milik asosiasi",
  "verify.check.signature": "Tanda tangan digital utuh",
  "verify.check.issuer": "Diterbitkan oleh asosiasi",
  "verify.check.claims": "Isinya cocok dengan yang ditandatangani",
  "verify.check.validity": "Dalam masa berlaku",
  "verify.check.status": "Tercatat, disetujui, dan tidak dicabut",
  "verify.check.passed": "lolos",
  "verify.check.failed": "tidak lolos",
  "verify.check.skipped": "tidak diperiksa",
  "verify.holder": "Nama pemegang",
  "verify.holderHidden": "nama tidak ditampilkan",
  "verify.course": "Kursus",
  "verify.trainer": "Pelatih",
  "verify.issuer": "Penerbit",
  "verify.issuedAt": "Tanggal terbit",
  "verify.approvedAt": "Tanggal disetujui",
  "verify.revokedAt": "Tanggal dicabut",
  "verify.revokeReason": "Alasan pencabutan",
  "verify.code": "Kode sertifikat",
  "verify.checkedAt": "Diperiksa pada {date}.",
  "verify.another": "Periksa sertifikat lain",
  "verify.notFound.title": "Sertifikat tidak ditemukan",
  "verify.notFound.body":
    "Tidak ada sertifikat dengan kode {code}. Periksa kembali kodenya dengan teliti: sesudah singkatan asosiasi, kode tidak pernah memakai angka 0 dan 1 atau huruf O, I, dan L.",
  "verify.malformed.title": "Kode tidak valid",
  "verify.malformed.body":
    "“{code}” bukan kode sertifikat. Kode terdiri dari singkatan asosiasi dan tiga kelompok empat huruf/angka, misalnya BKL-7ESJ-77G9-6VWA.",
} as const;

export type VerifyKey = keyof typeof id;
export type VerifyDictionary = Record<VerifyKey, string>;
