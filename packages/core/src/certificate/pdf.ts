import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import QRCode from "qrcode";
import type * as Association from "../association/index";
import type { View } from "./index";

const months = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** "5 Januari 2026", in the province's time zone. */
export function tanggal(iso: string): string {
  const date = new Date(Date.parse(iso) + 7 * 3_600_000);
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The standard PDF fonts speak WinAnsi only: letters outside it lose their accents, others become "?". */
const winAnsi = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^\x20-\x7E\xA0-\xFF]/g, "?");

/**
 * The printable certificate: one landscape A4 page in Bahasa Indonesia with a QR code that opens the
 * public verify page. Made on request from the stored certificate, so a revocation shows at once
 * on the verify page the QR code leads to.
 */
export async function renderPdf(certificate: View, association: Association.Profile): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsi(`Sertifikat ${certificate.course.title} - ${certificate.code}`));
  pdf.setAuthor(winAnsi(association.name));
  pdf.setLanguage("id-ID");
  const page = pdf.addPage([842, 595]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const green = rgb(0.05, 0.37, 0.27);
  const ink = rgb(0.1, 0.12, 0.14);
  const grey = rgb(0.35, 0.38, 0.4);
  const { width } = page.getSize();

  page.drawRectangle({ x: 20, y: 20, width: width - 40, height: 555, borderColor: green, borderWidth: 3 });
  page.drawRectangle({ x: 28, y: 28, width: width - 56, height: 539, borderColor: green, borderWidth: 0.8 });

  const centred = (text: string, y: number, size: number, font = regular, color = ink) => {
    const safe = winAnsi(text);
    let fontSize = size;
    while (font.widthOfTextAtSize(safe, fontSize) > width - 140 && fontSize > 8) fontSize -= 1;
    page.drawText(safe, {
      x: (width - font.widthOfTextAtSize(safe, fontSize)) / 2,
      y,
      size: fontSize,
      font,
      color,
    });
  };

  centred(association.name.toUpperCase(), 520, 16, bold, green);
  centred("SERTIFIKAT", 455, 42, bold, green);
  centred("Diberikan kepada", 415, 14, regular, grey);
  centred(certificate.holder ?? "(nama tidak ditampilkan)", 375, 30, bold);
  centred("atas keberhasilan menyelesaikan kursus", 340, 14, regular, grey);
  centred(certificate.course.title, 305, 22, bold);
  centred(
    `Pelatih: ${certificate.trainer}  |  Tanggal: ${tanggal(certificate.issuedAt)}`,
    272,
    12,
    regular,
    grey,
  );

  page.drawLine({ start: { x: 90, y: 125 }, end: { x: 330, y: 125 }, thickness: 0.8, color: ink });
  page.drawText(winAnsi(association.signerName), { x: 90, y: 108, size: 13, font: bold, color: ink });
  page.drawText(winAnsi(association.signerTitle), { x: 90, y: 92, size: 10, font: regular, color: grey });

  const qr = await QRCode.toBuffer(certificate.verifyUrl, {
    type: "png",
    margin: 1,
    width: 240,
    errorCorrectionLevel: "M",
  });
  const image = await pdf.embedPng(qr);
  page.drawImage(image, { x: width - 200, y: 70, width: 120, height: 120 });
  const note = (text: string, y: number, font = regular, size = 8.5) =>
    page.drawText(winAnsi(text), { x: width - 410, y, size, font, color: grey, maxWidth: 200 });
  note("Kode sertifikat", 150, regular, 9);
  note(certificate.code, 134, bold, 13);
  note("Pindai kode QR atau buka:", 110);
  note(certificate.verifyUrl, 98);
  return pdf.save();
}
