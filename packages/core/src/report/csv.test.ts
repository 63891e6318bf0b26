import { describe, expect, it } from "vitest";
import { cell, localPhone, localTime } from "./csv";

/** Reads one CSV line the way a naive importer would: split at every separator, quotes ignored. */
const naiveCells = (line: string, separator: string) =>
  line.split(separator).map((part) => part.replace(/^[\s"]+/, ""));

describe("CSV cells (OWASP CSV Injection, ADR 0013)", () => {
  it("quotes every cell and doubles quotes, as OWASP's examples", () => {
    expect(cell("Budi")).toBe('"Budi"');
    expect(cell("")).toBe('""');
    expect(cell(null)).toBe('""');
    expect(cell(12)).toBe('"12"');
    expect(cell('=1+2";=1+2')).toBe(`"'=1+2"";'=1+2"`);
    expect(cell("=1+2'\" ;,=1+2")).toBe(`"'=1+2'"" ;,'=1+2"`);
  });

  it("neutralises a formula behind whitespace, tab, CR, LF, or in full-width form", () => {
    for (const text of [
      "=cmd|' /C calc'!A0",
      " =1+1",
      "\t=1+1",
      "\r=1+1",
      "\n@SUM(A1)",
      "+62 812",
      "-2+3",
      "＝1+1",
      "\u00a0=1",
    ]) {
      expect(cell(text), JSON.stringify(text)).toMatch(/^"'/);
    }
    expect(cell("a\u0000=b")).toBe('"a=b"');
  });

  it("neutralises a formula after a separator inside the text, whatever the separator", () => {
    for (const text of [
      "Budi;=cmd|' /C calc'!A0",
      "Budi,=1+1",
      "Budi\t=1+1",
      "Budi|@SUM(1)",
      "Budi; +1",
      'Budi"=1',
    ]) {
      const quoted = cell(text);
      for (const separator of [",", ";", "\t", "|"]) {
        for (const part of naiveCells(quoted, separator)) expect(part).not.toMatch(/^[=+\-@]/);
      }
    }
    expect(cell("Budi;=cmd")).toBe(`"Budi;'=cmd"`);
  });

  it("leaves ordinary Indonesian values alone", () => {
    expect(cell("Kopi, Teh & Gula")).toBe('"Kopi, Teh & Gula"');
    expect(cell("0812-3456-7890")).toBe('"0812-3456-7890"');
    expect(cell("Toko Sejahtera - Cabang 2")).toBe('"Toko Sejahtera - Cabang 2"');
  });
});

describe("local values", () => {
  it("writes times in the association's zone", () => {
    const iso = "2026-03-05T20:07:00.000Z";
    expect(localTime(iso, "WIB")).toBe("2026-03-06 03:07 WIB");
    expect(localTime(iso, "WITA")).toBe("2026-03-06 04:07 WITA");
    expect(localTime(iso, "WIT")).toBe("2026-03-06 05:07 WIT");
    expect(localTime(undefined, "WIB")).toBe("");
  });

  it("writes phones as members do, with the leading 0 kept by the dashes", () => {
    expect(localPhone("+6281234567890")).toBe("0812-3456-7890");
    expect(localPhone("+628123456789")).toBe("0812-3456-789");
    expect(localPhone(undefined)).toBe("");
  });
});
