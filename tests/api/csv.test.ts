import { newId } from "@berdaya/core/id";
import * as User from "@berdaya/core/user";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, login, startTestServer, type TestServer } from "../support/local";

let server: TestServer;
let admin: string;
const attacker = "Budi;=cmd|' /C calc'!A0";

beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server, "admin@berdaya.test");
  await User.create({
    userId: newId(),
    name: attacker,
    role: "learner",
    password: "kopi-kepahiang-2026",
    phone: "+6281377001234",
    businessName: '\t=HYPERLINK("http://jahat.example")',
    sector: "kuliner",
    regency: "Kaur",
  });
  const learner = await login(server, "081200000003");
  await call(server, "POST", "/api/courses/berpikir-kreatif/enroll", { cookie: learner });
});
afterAll(() => server?.stop());

/** RFC 4180 as Excel reads it: quoted cells may hold separators, quotes ("") and line breaks. */
function parse(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

async function exportOf(query: string) {
  const res = await call(server, "GET", `/api/admin/reports/export.csv?${query}`, { cookie: admin });
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

const formula = /^[\s]*[=+\-@]/;

describe("CSV for Indonesian offices (ADR 0013)", () => {
  it("opens in columns with Indonesian settings: `;`, every cell quoted, no formula anywhere, Bahasa values, local time", async () => {
    const { res, text } = await exportOf("kind=members&sep=semicolon");
    expect(res.headers.get("content-disposition")).toMatch(
      /filename="berdaya-anggota-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(text.startsWith('\uFEFF"ID anggota";"Nama";"Nomor HP"')).toBe(true);
    const lines = text.slice(1).trim().split("\r\n");
    // Every cell quoted: each line is "…";"…";…;"…" with no bare cell.
    for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:;"(?:[^"]|"")*")*$/);
    const rows = parse(text.slice(1), ";");
    for (const row of rows) expect(row).toHaveLength(9);
    // Read as Excel does, and as a naive splitter would: no cell starts a formula.
    for (const value of rows.flat()) expect(value).not.toMatch(formula);
    for (const line of lines)
      for (const separator of [";", ",", "\t", "|"])
        for (const part of line.split(separator)) expect(part.replace(/^[\s"]+/, "")).not.toMatch(formula);

    const budi = rows.find((row) => row[1]?.startsWith("Budi;")) as string[];
    expect(budi[1]).toBe("Budi;'=cmd|' /C calc'!A0");
    expect(budi[2]).toBe("0813-7700-1234");
    expect(budi[4]).toBe("Peserta");
    expect(budi[5]?.startsWith("'")).toBe(true);
    expect(budi[6]).toBe("Kuliner");
    expect(budi[8]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} WIB$/);
    // Demo phones as members write them, never with an apostrophe.
    const phones = rows
      .slice(1)
      .map((row) => row[2])
      .filter(Boolean);
    expect(phones.length).toBeGreaterThan(4);
    for (const phone of phones) expect(phone).toMatch(/^08\d{2}-\d{4}-\d+$/);
  });

  it("puts a `sep=;` hint first (instead of the BOM Excel would then ignore) when asked", async () => {
    const { text, bytes } = await exportOf("kind=members&sep=semicolon&hint=1");
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split("\r\n")[0]).toBe("sep=;");
    expect(text.split("\r\n")[1]?.startsWith('"ID anggota";"Nama"')).toBe(true);
  });

  it("speaks English with ?lang=en, and puts course titles beside ids", async () => {
    const members = await exportOf("kind=members&lang=en");
    expect(members.res.headers.get("content-disposition")).toContain("berdaya-members-");
    const rows = parse(members.text.slice(1), ",");
    expect(rows[0]).toEqual([
      "Member ID",
      "Name",
      "Phone",
      "Email",
      "Role",
      "Business name",
      "Sector",
      "Regency/city",
      "Registered",
    ]);
    expect(rows.find((row) => row[1]?.startsWith("Budi;"))?.[6]).toBe("Food and drink");

    const enrollments = parse((await exportOf("kind=enrollments")).text.slice(1), ",");
    expect(enrollments[0]?.slice(2, 4)).toEqual(["ID kursus", "Judul kursus"]);
    const row = enrollments.find((r) => r[2] === "berpikir-kreatif") as string[];
    expect(row[3]).toBe("Berpikir Kreatif untuk Pelaku Usaha");
    expect(row[6]).toBe("Sedang belajar");
  });

  it("uses the association's time zone setting, and refuses unknown options with 400 in both languages", async () => {
    const set = await call(server, "PATCH", "/api/admin/association", {
      cookie: admin,
      body: { timeZone: "WITA" },
    });
    expect(set.status).toBe(200);
    const rows = parse((await exportOf("kind=members")).text.slice(1), ",");
    expect(rows[1]?.[8]).toMatch(/ WITA$/);
    const wrongZone = await call(server, "PATCH", "/api/admin/association", {
      cookie: admin,
      body: { timeZone: "UTC" },
    });
    expect(wrongZone.status).toBe(400);
    for (const lang of ["id", "en"]) {
      const res = await call(server, "GET", "/api/admin/reports/export.csv?kind=members&sep=pipe", {
        cookie: admin,
        headers: { "accept-language": lang },
      });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.message.length).toBeGreaterThan(10);
    }
  });
});
