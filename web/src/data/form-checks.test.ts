import { describe, expect, it } from "vitest";
import { youtubeId } from "./authoring";
import { looksLikeCredential, normalizeCode } from "./certificate-code";
import { acceptFor, contentTypeFor } from "./uploads";

describe("forms' checks before sending", () => {
  it("reads a certificate code however it was typed, pasted or linked", () => {
    expect(normalizeCode("bkl 7esj 77g9 6vwa")).toBe("BKL-7ESJ-77G9-6VWA");
    expect(normalizeCode("BKL7ESJ77G96VWA")).toBe("BKL-7ESJ-77G9-6VWA");
    expect(normalizeCode("https://berdaya.id/verify/BKL-7ESJ-77G9-6VWA?x=1")).toBe("BKL-7ESJ-77G9-6VWA");
    // 0, O, 1, I and L are not in the alphabet: a code with them was mistyped.
    expect(normalizeCode("BKL-0ESJ-77G9-6VWA")).toBeUndefined();
    expect(normalizeCode("hello")).toBeUndefined();
  });

  it("tells a signed credential from other pasted text", () => {
    expect(looksLikeCredential(`${"a".repeat(20)}.${"b".repeat(30)}.${"c".repeat(10)}`)).toBe(true);
    expect(looksLikeCredential("BKL-7ESJ-77G9-6VWA")).toBe(false);
  });

  it("takes a YouTube link in any of its forms, or the bare id", () => {
    for (const link of [
      "https://youtu.be/dQw4w9WgXcQ",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10",
      "youtube.com/shorts/dQw4w9WgXcQ",
      "https://m.youtube.com/embed/dQw4w9WgXcQ",
      "dQw4w9WgXcQ",
    ])
      expect(youtubeId(link)).toBe("dQw4w9WgXcQ");
    expect(youtubeId("https://vimeo.com/12345678")).toBeUndefined();
    expect(youtubeId("https://youtube.com/watch?v=short")).toBeUndefined();
  });

  it("decides a file's type by what it is for, trusting the name when the phone reports nothing", () => {
    const file = (name: string, type: string) => new File(["x"], name, { type });
    expect(contentTypeFor(file("foto.JPG", ""), "image")).toBe("image/jpeg");
    expect(contentTypeFor(file("modul.zip", "application/x-zip-compressed"), "package")).toBe(
      "application/zip",
    );
    expect(contentTypeFor(file("tugas.pdf", "application/pdf"), "image")).toBeUndefined();
    expect(acceptFor("document")).toBe("application/pdf,.pdf");
  });
});
