import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { degrees, PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb } from "pdf-lib";
import QRCode from "qrcode";
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

/**
 * Noto Sans from @fontsource/noto-sans, which ships Latin and Latin Extended as separate files; both
 * are embedded as subsets and each character is set in the one that has it. BERDAYA_FONT_DIR points
 * at a copy of the files where node_modules is not deployed (the Lambda bundle).
 */
function fontDir(): string {
  if (process.env.BERDAYA_FONT_DIR) return process.env.BERDAYA_FONT_DIR;
  const require = createRequire(import.meta.url);
  return join(require.resolve("@fontsource/noto-sans/package.json"), "..", "files");
}
let fontFiles: Record<"regular" | "bold" | "regularExt" | "boldExt", Uint8Array> | undefined;
function fonts() {
  if (!fontFiles) {
    const read = (name: string) =>
      new Uint8Array(readFileSync(join(fontDir(), `noto-sans-${name}-normal.woff`)));
    fontFiles = {
      regular: read("latin-400"),
      bold: read("latin-700"),
      regularExt: read("latin-ext-400"),
      boldExt: read("latin-ext-700"),
    };
  }
  return fontFiles;
}

/** A face as two embedded subsets: the Latin one first, Latin Extended for what it lacks. */
interface Face {
  main: PDFFont;
  ext: PDFFont;
}
const has = (font: PDFFont, char: string) =>
  (
    font as unknown as { embedder: { font: { hasGlyphForCodePoint(c: number): boolean } } }
  ).embedder.font.hasGlyphForCodePoint(char.codePointAt(0) as number);

/** Splits text into runs by the subset that has each character; characters neither has are left out. */
function runs(face: Face, text: string): { font: PDFFont; text: string }[] {
  const out: { font: PDFFont; text: string }[] = [];
  for (const char of text.normalize("NFC")) {
    const font = has(face.main, char) ? face.main : has(face.ext, char) ? face.ext : null;
    if (!font) continue;
    const last = out[out.length - 1];
    if (last?.font === font) last.text += char;
    else out.push({ font, text: char });
  }
  return out;
}
const widthOf = (face: Face, text: string, size: number) =>
  runs(face, text).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);

function draw(
  page: PDFPage,
  face: Face,
  text: string,
  at: {
    x: number;
    y: number;
    size: number;
    color: ReturnType<typeof rgb>;
    rotate?: number;
    opacity?: number;
  },
) {
  let x = at.x;
  let y = at.y;
  const angle = ((at.rotate ?? 0) * Math.PI) / 180;
  for (const run of runs(face, text)) {
    page.drawText(run.text, {
      x,
      y,
      size: at.size,
      font: run.font,
      color: at.color,
      rotate: degrees(at.rotate ?? 0),
      opacity: at.opacity,
    });
    const w = run.font.widthOfTextAtSize(run.text, at.size);
    x += w * Math.cos(angle);
    y += w * Math.sin(angle);
  }
}

export interface PdfImages {
  logo?: Uint8Array | null;
  signature?: Uint8Array | null;
}

async function embedImage(pdf: PDFDocument, bytes: Uint8Array | null | undefined): Promise<PDFImage | null> {
  if (!bytes || bytes.length < 4) return null;
  try {
    if (bytes[0] === 0x89 && bytes[1] === 0x50) return await pdf.embedPng(bytes);
    if (bytes[0] === 0xff && bytes[1] === 0xd8) return await pdf.embedJpg(bytes);
  } catch {
    // A broken image is left out rather than failing the certificate.
  }
  return null;
}

/**
 * The printable certificate: one landscape A4 page in Bahasa Indonesia, from what the certificate was
 * issued with (issuer, signer, logo, place), with a QR code that opens the public verify page. A
 * revoked certificate is marked DICABUT / REVOKED across the page, a pending one as not yet valid.
 */
export async function renderPdf(certificate: View, images: PdfImages = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`Sertifikat ${certificate.course.title} - ${certificate.code}`);
  pdf.setAuthor(certificate.issuer.name);
  pdf.setLanguage("id-ID");
  const files = fonts();
  const regular: Face = {
    main: await pdf.embedFont(files.regular, { subset: true }),
    ext: await pdf.embedFont(files.regularExt, { subset: true }),
  };
  const bold: Face = {
    main: await pdf.embedFont(files.bold, { subset: true }),
    ext: await pdf.embedFont(files.boldExt, { subset: true }),
  };
  const page = pdf.addPage([842, 595]);
  const green = rgb(0.05, 0.37, 0.27);
  const ink = rgb(0.1, 0.12, 0.14);
  const grey = rgb(0.35, 0.38, 0.4);
  const { width } = page.getSize();

  page.drawRectangle({ x: 20, y: 20, width: width - 40, height: 555, borderColor: green, borderWidth: 3 });
  page.drawRectangle({ x: 28, y: 28, width: width - 56, height: 539, borderColor: green, borderWidth: 0.8 });

  const centred = (text: string, y: number, size: number, face = regular, color = ink) => {
    let fontSize = size;
    while (widthOf(face, text, fontSize) > width - 140 && fontSize > 8) fontSize -= 1;
    draw(page, face, text, { x: (width - widthOf(face, text, fontSize)) / 2, y, size: fontSize, color });
  };

  const logo = await embedImage(pdf, images.logo);
  if (logo) {
    const scale = Math.min(56 / logo.height, 120 / logo.width);
    page.drawImage(logo, {
      x: (width - logo.width * scale) / 2,
      y: 505,
      width: logo.width * scale,
      height: logo.height * scale,
    });
  }
  centred(certificate.issuer.name.toUpperCase(), logo ? 485 : 520, 15, bold, green);
  centred("SERTIFIKAT", 440, 40, bold, green);
  centred("Diberikan kepada", 405, 14, regular, grey);
  centred(certificate.holder ?? "(nama tidak ditampilkan)", 368, 30, bold);
  centred("atas keberhasilan menyelesaikan kursus", 335, 14, regular, grey);
  centred(certificate.course.title, 302, 22, bold);
  const duration = certificate.durationJp ? `${certificate.durationJp} JP (jam pelajaran)  |  ` : "";
  centred(`${duration}Pelatih: ${certificate.trainer}`, 272, 12, regular, grey);

  // "Bengkulu, 5 Januari 2026", the signer's title, the signature (or stamp), the signer's name.
  const left = 90;
  draw(page, regular, `${certificate.place}, ${tanggal(certificate.issuedAt)}`, {
    x: left,
    y: 215,
    size: 11,
    color: ink,
  });
  draw(page, regular, certificate.signer.title, { x: left, y: 200, size: 10, color: grey });
  const signature = await embedImage(pdf, images.signature);
  if (signature) {
    const scale = Math.min(60 / signature.height, 180 / signature.width);
    page.drawImage(signature, {
      x: left,
      y: 132,
      width: signature.width * scale,
      height: signature.height * scale,
    });
  }
  page.drawLine({ start: { x: left, y: 125 }, end: { x: 330, y: 125 }, thickness: 0.8, color: ink });
  draw(page, bold, certificate.signer.name, { x: left, y: 108, size: 13, color: ink });

  const qr = await QRCode.toBuffer(certificate.verifyUrl, {
    type: "png",
    margin: 1,
    width: 240,
    errorCorrectionLevel: "M",
  });
  page.drawImage(await pdf.embedPng(qr), { x: width - 200, y: 70, width: 120, height: 120 });
  const note = (text: string, y: number, face = regular, size = 8.5) =>
    draw(page, face, text, { x: width - 410, y, size, color: grey });
  note("Kode sertifikat", 150, regular, 9);
  note(certificate.code, 134, bold, 13);
  note("Pindai kode QR atau buka:", 110);
  note(certificate.verifyUrl, 98);

  if (certificate.status !== "valid") {
    const revoked = certificate.status === "revoked";
    const stamp = revoked ? "DICABUT / REVOKED" : "BELUM SAH / PENDING";
    const color = revoked ? rgb(0.75, 0.1, 0.1) : rgb(0.45, 0.45, 0.45);
    const size = 64;
    const w = widthOf(bold, stamp, size);
    const angle = (28 * Math.PI) / 180;
    draw(page, bold, stamp, {
      x: width / 2 - (w / 2) * Math.cos(angle),
      y: 297 - (w / 2) * Math.sin(angle),
      size,
      color,
      rotate: 28,
      opacity: 0.55,
    });
    centred(
      revoked
        ? `${stamp}: sertifikat ini telah dicabut${certificate.revokedAt ? ` pada ${tanggal(certificate.revokedAt)}` : ""}. This certificate was revoked.`
        : `${stamp}: menunggu persetujuan asosiasi, belum berlaku. Pending the association's approval: not yet valid.`,
      44,
      10,
      bold,
      color,
    );
  }
  return pdf.save();
}
