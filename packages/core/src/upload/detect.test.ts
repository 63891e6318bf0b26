import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { detectType, headBytes, kindLimits } from "./detect";

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function png(): Buffer {
  const chunk = (type: string, data: Buffer) => bytes(u32(data.length), type, data, [0, 0, 0, 0]);
  const ihdr = bytes(u32(1), u32(1), [8, 2, 0, 0, 0]);
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk("IEND", Buffer.alloc(0)),
  );
}

const jpeg = () => bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0", [1, 1, 0, 0, 1, 0, 1, 0, 0]);
const webp = () => bytes("RIFF", [0x1a, 0, 0, 0], "WEBPVP8L", [0x0d, 0, 0, 0, 0x2f, 0, 0, 0, 0x10]);
const pdf = () => bytes("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
const ftyp = (brand: string) => bytes(u32(24), "ftyp", brand, [0, 0, 2, 0], "isomavc1", u32(8), "free");
const ebml = (docType: string) =>
  bytes(
    [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04],
    [0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x80 | docType.length],
    docType,
    [0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02],
  );
const zip = () => bytes("PK\x03\x04", [0x14, 0, 0, 0, 0, 0], Buffer.alloc(20), "a.txt");
const emptyZip = () => bytes("PK\x05\x06", Buffer.alloc(18));

describe("detectType", () => {
  it.each([
    ["a PNG", png(), "image/png"],
    ["a JPEG", jpeg(), "image/jpeg"],
    ["a WebP", webp(), "image/webp"],
    ["a PDF", pdf(), "application/pdf"],
    ["an MP4 (isom)", ftyp("isom"), "video/mp4"],
    ["an MP4 (mp42)", ftyp("mp42"), "video/mp4"],
    ["an M4V", ftyp("M4V "), "video/mp4"],
    ["a DASH segment", ftyp("dash"), "video/mp4"],
    ["a WebM", ebml("webm"), "video/webm"],
    ["a zip", zip(), "application/zip"],
    ["an empty zip", emptyZip(), "application/zip"],
  ])("knows %s", (_, head, type) => {
    expect(detectType(head)).toBe(type);
  });

  it.each([
    ["a .pdf that is really HTML", bytes("<!DOCTYPE html>\n<html><body>%PDF-1.4</body></html>")],
    ["an SVG", bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ["plain text", bytes("Mengenal Pelanggan\n")],
    ["a Windows executable", bytes("MZ\x90\x00\x03\x00\x00\x00", Buffer.alloc(56), "PE\0\0")],
    ["an ELF executable", bytes("\x7fELF\x02\x01\x01\x00", Buffer.alloc(8))],
    ["a QuickTime movie", ftyp("qt  ")],
    ["a HEIF image", ftyp("heic")],
    ["an M4A audio file", ftyp("M4A ")],
    ["a Matroska video", ebml("matroska")],
    ["a RIFF that is a WAV", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt ")],
    ["a GIF", bytes("GIF89a", [1, 0, 1, 0])],
    ["nothing", new Uint8Array(0)],
    ["a truncated PNG signature", bytes([0x89, 0x50, 0x4e])],
  ])("refuses %s", (_, head) => {
    expect(detectType(head)).toBeUndefined();
  });

  it("reads a Uint8Array as well as a Buffer", () => {
    expect(detectType(new Uint8Array(png()))).toBe("image/png");
  });

  it("looks for the WebM DocType only in the EBML header", () => {
    const late = bytes([0x1a, 0x45, 0xdf, 0xa3], Buffer.alloc(200), "webm");
    expect(detectType(late)).toBeUndefined();
  });
});

describe("kindLimits", () => {
  it("accepts each detected type for exactly one kind", () => {
    const all = Object.values(kindLimits).flatMap((k) => k.types);
    expect(new Set(all).size).toBe(all.length);
    expect(kindLimits.image.maxBytes).toBe(5 * 1024 * 1024);
    expect(kindLimits.package.maxBytes).toBe(100 * 1024 * 1024);
    expect(headBytes).toBeGreaterThanOrEqual(64);
  });
});
