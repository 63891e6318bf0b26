import { kindLimits as limits } from "./limits";

/**
 * What a file really is, from its first bytes. Uploads are checked by content, never by name or by
 * the Content-Type a browser claims, so a renamed HTML page cannot pass as a PDF.
 */
export type DetectedType =
  | "image/png"
  | "image/jpeg"
  | "image/webp"
  | "application/pdf"
  | "video/mp4"
  | "video/webm"
  | "application/zip";

export const kindLimits = limits satisfies Record<
  string,
  { types: readonly DetectedType[]; maxBytes: number }
>;

/** How many first bytes `detectType` needs to decide. */
export const headBytes = 4100;

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");
const PDF = ascii("%PDF-");
const FTYP = ascii("ftyp");
const EBML = [0x1a, 0x45, 0xdf, 0xa3];
const WEBM = ascii("webm");
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];

/** ISO base media major brands that browsers play as video/mp4 (QuickTime, HEIF and audio-only are not). */
const mp4Brands = new Set([
  "isom",
  "iso2",
  "iso3",
  "iso4",
  "iso5",
  "iso6",
  "mp41",
  "mp42",
  "mp71",
  "avc1",
  "M4V ",
  "M4VH",
  "M4VP",
  "dash",
  "mmp4",
  "MSNV",
  "NDAS",
  "f4v ",
]);

/** The EBML header that names the DocType sits in the first few dozen bytes. */
const ebmlHeaderBytes = 64;

function startsWith(head: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  if (head.length < offset + bytes.length) return false;
  return bytes.every((b, i) => head[offset + i] === b);
}

function indexOf(head: Uint8Array, bytes: readonly number[], from: number, to: number): number {
  const end = Math.min(to, head.length) - bytes.length;
  for (let i = from; i <= end; i++) {
    if (startsWith(head, bytes, i)) return i;
  }
  return -1;
}

function isMp4(head: Uint8Array): boolean {
  if (!startsWith(head, FTYP, 4) || head.length < 12) return false;
  const boxSize = ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
  if (boxSize < 16 || boxSize % 4 !== 0) return false;
  return mp4Brands.has(String.fromCharCode(...head.subarray(8, 12)));
}

export function detectType(head: Uint8Array): DetectedType | undefined {
  if (startsWith(head, PNG)) return "image/png";
  if (startsWith(head, JPEG)) return "image/jpeg";
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return "image/webp";
  if (startsWith(head, PDF)) return "application/pdf";
  if (isMp4(head)) return "video/mp4";
  if (startsWith(head, EBML) && indexOf(head, WEBM, EBML.length, ebmlHeaderBytes) !== -1) return "video/webm";
  if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) return "application/zip";
  return undefined;
}
