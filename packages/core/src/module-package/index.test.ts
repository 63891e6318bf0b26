import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import yazl from "yazl";
import { type PackagePlan, type Problem, parsePackage, replaceAssetRefs, zipFolder } from "./index";

const sampleDir = fileURLToPath(
  new URL("../../../../docs/samples/modul-mengenal-pelanggan", import.meta.url),
);

type Entry = { path: string; data?: string | Buffer; mode?: number; compress?: boolean; directory?: boolean };

async function makeZip(entries: Entry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date(Date.UTC(2024, 0, 1));
  for (const { path, data = "", mode, compress = true, directory } of entries) {
    if (directory) zip.addEmptyDirectory(path, { mtime });
    else zip.addBuffer(Buffer.from(data), path, { mtime, compress, ...(mode === undefined ? {} : { mode }) });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** yazl refuses unsafe names, so tests write a harmless name of the same length and swap the bytes after. */
function rename(zip: Buffer, from: string, to: string): Buffer {
  expect(Buffer.byteLength(from)).toBe(Buffer.byteLength(to));
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  for (let i = out.indexOf(needle); i !== -1; i = out.indexOf(needle, i + 1)) Buffer.from(to).copy(out, i);
  return out;
}

/** Calls `patch` with the offsets of the central directory record and the local header of `name`. */
function patchEntry(
  zip: Buffer,
  name: string,
  patch: (out: Buffer, central: number, local: number) => void,
): Buffer {
  const out = Buffer.from(zip);
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let i = out.indexOf(signature); i !== -1; i = out.indexOf(signature, i + 1)) {
    const nameLength = out.readUInt16LE(i + 28);
    if (out.toString("utf8", i + 46, i + 46 + nameLength) === name) patch(out, i, out.readUInt32LE(i + 42));
  }
  return out;
}

const onlyText = (lessonFile = "a.md", body = "# Halo\n") => [
  {
    path: "module.yaml",
    data: `title: Modul\nlessons:\n  - title: Satu\n    kind: text\n    file: ${lessonFile}\n`,
  },
  { path: "a.md", data: body },
];

async function problemsOf(entries: Entry[] | Buffer, limits = {}): Promise<Problem[]> {
  const zip = Buffer.isBuffer(entries) ? entries : await makeZip(entries);
  const result = await parsePackage(zip, limits);
  if (result.ok) throw new Error("expected problems, got a plan");
  return result.problems;
}

async function planOf(entries: Entry[] | Buffer): Promise<PackagePlan> {
  const zip = Buffer.isBuffer(entries) ? entries : await makeZip(entries);
  const result = await parsePackage(zip);
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.problems)}`);
  return result.plan;
}

const html = "<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n";
const pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

describe("parsePackage: the sample package", () => {
  it("becomes the expected plan", async () => {
    const plan = await planOf(await zipFolder(sampleDir));
    const png = await readFile(`${sampleDir}/gambar/peta-pelanggan.png`);
    const pdfBytes = await readFile(`${sampleDir}/materi/mengenal-pelanggan.pdf`);

    expect(plan.title).toBe("Mengenal Pelanggan");
    expect(plan.summary).toMatch(/^Modul dasar bagi pelaku UMKM/);
    expect(plan.lessons.map((l) => [l.title, l.content.kind, l.durationMinutes, l.required])).toEqual([
      ["Siapa Pelanggan Saya?", "text", 10, true],
      ["Mendengarkan Pelanggan", "text", 10, true],
      ["Materi Presentasi", "document", 5, false],
      ["Kuis Mengenal Pelanggan", "quiz", 10, true],
      ["Lembar Kerja: Profil Pelanggan Utama", "worksheet", 20, true],
    ]);
    expect(plan.assets).toEqual([
      { path: "gambar/peta-pelanggan.png", contentType: "image/png", data: png },
      { path: "materi/mengenal-pelanggan.pdf", contentType: "application/pdf", data: pdfBytes },
    ]);

    const [first, , document, quiz, worksheet] = plan.lessons.map((l) => l.content);
    expect(first).toMatchObject({ kind: "text" });
    expect(first?.kind === "text" && first.body).toContain(
      "![Peta pelanggan: pelanggan utama di tengah, pelanggan lain di sekelilingnya](asset:gambar/peta-pelanggan.png)",
    );
    expect(document).toEqual({
      kind: "document",
      asset: "materi/mengenal-pelanggan.pdf",
      body: expect.stringContaining("Unduh dan baca materi presentasi"),
    });
    expect(quiz).toEqual({
      kind: "quiz",
      passMark: 75,
      attemptLimit: 3,
      shuffle: true,
      questions: [
        expect.objectContaining({ id: "q1", kind: "single", correct: 1, points: 1 }),
        expect.objectContaining({ id: "q2", kind: "multiple", correct: [0, 1, 2], points: 2 }),
        expect.objectContaining({ id: "q3", kind: "truefalse", correct: false, points: 1 }),
        expect.objectContaining({
          id: "q4",
          kind: "short",
          accepted: ["utama", "pelanggan utama"],
          points: 1,
        }),
      ],
    });
    expect(worksheet).toMatchObject({
      kind: "worksheet",
      prompt: expect.stringMatching(/^Isilah lembar kerja ini/),
      fields: [{ name: "pelangganUtama" }, { name: "kebutuhanPelanggan" }, { name: "caraMendengarkan" }],
      mustBeAccepted: true,
      allowUpload: true,
    });
  });

  it("is read from inside the folder a hand-made zip wraps it in, skipping macOS extras", async () => {
    const entries = onlyText().map((e) => ({ ...e, path: `modul/${e.path}` }));
    const plan = await planOf([
      { path: "modul/", directory: true },
      ...entries,
      { path: "modul/.DS_Store", data: "\0\0\0\x01Bud1" },
      { path: "__MACOSX/modul/._a.md", data: "\0\x05\x16\x07" },
    ]);
    expect(plan.lessons[0]?.content).toEqual({ kind: "text", body: "# Halo\n" });
  });

  it("fills in defaults and accepts option text, single answers, YouTube links and several image forms", async () => {
    const plan = await planOf([
      {
        path: "module.yaml",
        data: [
          "title: Modul",
          "lessons:",
          "  - { title: Video, kind: video, youtube: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=5' }",
          "  - { title: Kuis, kind: quiz, file: kuis.quiz.yaml }",
          "  - { title: Teks, kind: text, file: bab/isi.md }",
        ].join("\n"),
      },
      {
        path: "kuis.quiz.yaml",
        data: [
          "questions:",
          "  - { kind: single, prompt: Ibu kota Bengkulu?, options: [Curup, Kota Bengkulu], correct: Kota Bengkulu }",
          "  - { id: tahun, kind: multiple, prompt: Pilih, options: [2020, 2021, 2022], correct: 2 }",
          "  - { kind: short, prompt: Nama provinsi?, accepted: Bengkulu, points: 3 }",
          "  - { kind: short, prompt: Harga jual?, accepted: 30000, numeric: true }",
        ].join("\n"),
      },
      {
        path: "bab/isi.md",
        data: '![a](../logo.png "Logo")\n![b](<gambar saya.webp>)\n![d](/logo.png)\n',
      },
      { path: "logo.png", data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
      { path: "bab/gambar saya.webp", data: Buffer.from("RIFF\x10\0\0\0WEBPVP8 ", "latin1") },
      { path: "tidak-dipakai.png", data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
    ]);
    const [video, quiz, text] = plan.lessons;
    expect(video).toEqual({
      title: "Video",
      durationMinutes: 10,
      required: true,
      content: { kind: "video", source: { type: "youtube", videoId: "dQw4w9WgXcQ" }, body: "" },
    });
    expect(quiz?.content).toEqual({
      kind: "quiz",
      passMark: 70,
      attemptLimit: 3,
      shuffle: true,
      questions: [
        {
          id: "q1",
          kind: "single",
          prompt: "Ibu kota Bengkulu?",
          options: ["Curup", "Kota Bengkulu"],
          correct: 1,
          points: 1,
        },
        {
          id: "tahun",
          kind: "multiple",
          prompt: "Pilih",
          options: ["2020", "2021", "2022"],
          correct: [2],
          points: 1,
        },
        { id: "q3", kind: "short", prompt: "Nama provinsi?", accepted: ["Bengkulu"], points: 3 },
        { id: "q4", kind: "short", prompt: "Harga jual?", accepted: ["30000"], numeric: true, points: 1 },
      ],
    });
    expect(text?.content).toEqual({
      kind: "text",
      body: '![a](asset:logo.png "Logo")\n![b](asset:bab/gambar%20saya.webp)\n![d](asset:logo.png)\n',
    });
    expect(plan.assets.map((a) => [a.path, a.contentType])).toEqual([
      ["logo.png", "image/png"],
      ["bab/gambar saya.webp", "image/webp"],
    ]);
  });
});

describe("parsePackage: refusals", () => {
  it("refuses a zip bomb by its compression ratio", async () => {
    const problems = await problemsOf([
      ...onlyText(),
      { path: "nol.png", data: Buffer.alloc(5 * 1024 * 1024) },
    ]);
    expect(problems).toEqual([
      { file: "nol.png", message: "compression_ratio", params: { ratio: expect.any(Number), max: 100 } },
    ]);
  });

  it("refuses a package whose files add up to more than the total limit, before inflating", async () => {
    const problems = await problemsOf(
      [...onlyText(), { path: "b.md", data: "x".repeat(600), compress: false }],
      { maxTotalBytes: 500 },
    );
    expect(problems).toEqual([{ file: "", message: "too_large_total", params: { maxBytes: 500 } }]);
  });

  it("refuses an entry whose header understates its size", async () => {
    const text = "Pelanggan ".repeat(100);
    const zip = patchEntry(await makeZip(onlyText("a.md", text)), "a.md", (out, central, local) => {
      out.writeUInt32LE(10, central + 24);
      out.writeUInt32LE(10, local + 22);
    });
    expect(await problemsOf(zip)).toEqual([{ file: "a.md", message: "zip_corrupt" }]);
  });

  it("refuses more entries than allowed", async () => {
    const problems = await problemsOf([...onlyText(), { path: "b.md" }, { path: "c.md" }], { maxEntries: 3 });
    expect(problems).toEqual([{ file: "", message: "too_many_entries", params: { count: 4, max: 3 } }]);
  });

  it.each([
    ["a ../ path", "../a.md"],
    ["a path with .. inside", "x/../../a.md"],
    ["an absolute path", "/etc/a.md"],
    ["a drive letter", "C:/temp/a.md"],
    ["a backslash", "pelajaran\\a.md"],
  ])("refuses %s", async (_, unsafe) => {
    const placeholder = `${"q".repeat(unsafe.length - 3)}.md`;
    const zip = rename(
      await makeZip([...onlyText(), { path: placeholder, data: "# x" }]),
      placeholder,
      unsafe,
    );
    expect(await problemsOf(zip)).toEqual([{ file: unsafe, message: "unsafe_path" }]);
  });

  it("refuses a symbolic link", async () => {
    const problems = await problemsOf([
      ...onlyText(),
      { path: "tautan.md", data: "/etc/passwd", mode: 0o120777 },
    ]);
    expect(problems).toEqual([{ file: "tautan.md", message: "symlink" }]);
  });

  it("refuses an encrypted entry", async () => {
    const zip = patchEntry(
      await makeZip([...onlyText(), { path: "rahasia.md", data: "x".repeat(50) }]),
      "rahasia.md",
      (out, central, local) => {
        out.writeUInt16LE(out.readUInt16LE(central + 8) | 1, central + 8);
        out.writeUInt16LE(out.readUInt16LE(local + 6) | 1, local + 6);
      },
    );
    expect(await problemsOf(zip)).toEqual([{ file: "rahasia.md", message: "encrypted" }]);
  });

  it("refuses a path that appears twice", async () => {
    const problems = await problemsOf([...onlyText(), { path: "a.md", data: "# lain" }]);
    expect(problems).toEqual([{ file: "a.md", message: "duplicate_path" }]);
  });

  it.each(["setup.exe", "halaman.html", "gambar.svg", "catatan.txt"])(
    "refuses an unknown file type: %s",
    async (name) => {
      const problems = await problemsOf([...onlyText(), { path: name, data: "MZ\x90\0" }]);
      expect(problems).toEqual([{ file: name, message: "unknown_file_type" }]);
    },
  );

  it("refuses a .pdf that is really HTML, naming the file", async () => {
    const problems = await problemsOf([
      {
        path: "module.yaml",
        data: "title: Modul\nlessons:\n  - { title: Materi, kind: document, file: materi/slide.pdf }\n",
      },
      { path: "materi/slide.pdf", data: html },
    ]);
    expect(problems).toEqual([
      { file: "materi/slide.pdf", message: "content_mismatch", params: { expected: "application/pdf" } },
    ]);
  });

  it("refuses an image whose content does not match its extension", async () => {
    const problems = await problemsOf([
      ...onlyText(),
      { path: "foto.jpg", data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
    ]);
    expect(problems).toEqual([
      { file: "foto.jpg", message: "content_mismatch", params: { expected: "image/jpeg" } },
    ]);
  });

  it("refuses Markdown that is not UTF-8", async () => {
    const problems = await problemsOf([
      ...onlyText().slice(0, 1),
      { path: "a.md", data: Buffer.from([0x23, 0x20, 0xff, 0xfe]) },
    ]);
    expect(problems).toEqual([{ file: "a.md", message: "not_utf8" }]);
  });

  it("refuses something that is not a zip", async () => {
    expect(await problemsOf(Buffer.from(html))).toEqual([{ file: "", message: "zip_corrupt" }]);
  });

  it("refuses a package without module.yaml", async () => {
    expect(await problemsOf([{ path: "a.md", data: "# Halo" }])).toEqual([
      { file: "module.yaml", message: "missing_manifest" },
    ]);
    expect(await problemsOf(Buffer.from("PK\x05\x06".padEnd(22, "\0"), "latin1"))).toEqual([
      { file: "module.yaml", message: "missing_manifest" },
    ]);
  });

  it("reports a broken module.yaml with its line", async () => {
    const manifest = 'title: "Modul"\nlessons:\n  - title: "Satu"\n    kind: text\n   file: a.md\n';
    const problems = await problemsOf([
      { path: "module.yaml", data: manifest },
      { path: "a.md", data: "# x" },
    ]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: "module.yaml", line: 5, message: "yaml_syntax" });
  });

  it("reports wrong manifest fields with their lines", async () => {
    const manifest = [
      "title: ''",
      "lessons:",
      "  - title: Satu",
      "    kind: text",
      "    file: a.md",
      "    durationMinutes: 0",
      "    warna: merah",
      "  - title: Dua",
      "    kind: slideshow",
      "  - title: Tiga",
      "    kind: text",
      "    file: materi.pdf",
      "  - title: Empat",
      "    kind: video",
    ].join("\n");
    const problems = await problemsOf([
      { path: "module.yaml", data: manifest },
      { path: "a.md", data: "# x" },
    ]);
    expect(problems).toEqual([
      {
        file: "module.yaml",
        line: 1,
        message: "manifest_field",
        params: { field: "title", reason: "too_short", limit: 1 },
      },
      {
        file: "module.yaml",
        line: 6,
        message: "manifest_field",
        params: { field: "lessons.0.durationMinutes", reason: "too_small", limit: 1 },
      },
      {
        file: "module.yaml",
        line: 7,
        message: "manifest_field",
        params: { field: "lessons.0.warna", reason: "unknown_field" },
      },
      {
        file: "module.yaml",
        line: 9,
        message: "manifest_field",
        params: { field: "lessons.1.kind", reason: "invalid_value" },
      },
      {
        file: "module.yaml",
        line: 12,
        message: "manifest_field",
        params: { field: "lessons.2.file", reason: "wrong_file_type", expected: ".md" },
      },
      {
        file: "module.yaml",
        line: 13,
        message: "manifest_field",
        params: { field: "lessons.3", reason: "file_or_youtube" },
      },
    ]);
  });

  it("reports a lesson file missing from the zip with the line of its reference", async () => {
    const manifest =
      "title: Modul\nlessons:\n  - title: Satu\n    kind: text\n    file: pelajaran/hilang.md\n";
    expect(await problemsOf([{ path: "module.yaml", data: manifest }])).toEqual([
      { file: "module.yaml", line: 5, message: "missing_file", params: { path: "pelajaran/hilang.md" } },
    ]);
  });

  it("refuses an image from another site (it would tell that site who reads the lesson)", async () => {
    const problems = await problemsOf([
      {
        path: "module.yaml",
        data: "title: Modul\nlessons:\n  - { title: Satu, kind: text, file: a.md }\n",
      },
      { path: "a.md", data: "Teks.\n\n![piksel](https://pelacak.example/p.png)\n" },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        message: "manifest_field",
        params: { field: "lessons.0.file", reason: "markdown_foreign_image" },
      }),
    ]);
  });

  it("reports a missing image with the line of the Markdown that shows it", async () => {
    const body = "# Judul\n\nParagraf.\n\n![Logo](../gambar/logo.png)\n";
    const problems = await problemsOf([
      {
        path: "module.yaml",
        data: "title: Modul\nlessons:\n  - { title: Satu, kind: text, file: bab/a.md }\n",
      },
      { path: "bab/a.md", data: body },
    ]);
    expect(problems).toEqual([
      { file: "bab/a.md", line: 5, message: "missing_file", params: { path: "../gambar/logo.png" } },
    ]);
  });

  it("reports images that climb out of the package or are not images", async () => {
    const problems = await problemsOf([
      {
        path: "module.yaml",
        data: "title: Modul\nlessons:\n  - { title: Satu, kind: text, file: bab/a.md }\n",
      },
      { path: "bab/a.md", data: "![luar](../../luar.png)\n\n![pdf](../materi.pdf)\n" },
      { path: "materi.pdf", data: pdf },
    ]);
    expect(problems).toEqual([
      { file: "bab/a.md", line: 1, message: "unsafe_path", params: { path: "../../luar.png" } },
      { file: "bab/a.md", line: 3, message: "not_an_image", params: { path: "../materi.pdf" } },
    ]);
  });

  it("reports a quiz question without a correct answer, with its line", async () => {
    const quiz = [
      "passMark: 80",
      "questions:",
      "  - kind: single",
      "    prompt: Siapa pelanggan utama?",
      "    options: [Semua orang, Wisatawan]",
      "  - kind: multiple",
      "    prompt: Pilih",
      "    options: [A, B]",
      "    correct: []",
      "  - kind: single",
      "    prompt: Pilih",
      "    options: [A, B]",
      "    correct: C",
    ].join("\n");
    const problems = await problemsOf([
      {
        path: "module.yaml",
        data: "title: Modul\nlessons:\n  - { title: Kuis, kind: quiz, file: kuis/kuis.yaml }\n",
      },
      { path: "kuis/kuis.yaml", data: quiz },
    ]);
    expect(problems).toEqual([
      {
        file: "kuis/kuis.yaml",
        line: 3,
        message: "invalid_quiz",
        params: { field: "questions.0.correct", reason: "no_correct_answer" },
      },
      {
        file: "kuis/kuis.yaml",
        line: 9,
        message: "invalid_quiz",
        params: { field: "questions.1.correct", reason: "no_correct_answer" },
      },
      {
        file: "kuis/kuis.yaml",
        line: 13,
        message: "invalid_quiz",
        params: { field: "questions.2.correct", reason: "correct_not_an_option" },
      },
    ]);
  });

  it("lists every problem of a package with several", async () => {
    const base = await makeZip([
      {
        path: "module.yaml",
        data: [
          "title: Modul",
          "lessons:",
          "  - { title: Satu, kind: text, file: a.md }",
          "  - { title: Dua, kind: document, file: slide.pdf }",
          "  - { title: Tiga, kind: quiz, file: kuis.yaml }",
          "  - { title: Empat, kind: worksheet, prompt: a.md, fields: [{ name: 'nama usaha', label: Nama }] }",
        ].join("\n"),
      },
      { path: "a.md", data: "![x](tidak-ada.png)\n" },
      { path: "slide.pdf", data: html },
      { path: "kuis.yaml", data: "questions:\n  - { kind: truefalse, prompt: Benar? }\n" },
      { path: "virus.exe", data: "MZ" },
      { path: "qq/x.md", data: "# x" },
      { path: "tautan.md", data: "a.md", mode: 0o120777 },
      { path: "ok.pdf", data: pdf },
    ]);
    const problems = await problemsOf(rename(base, "qq/x.md", "../x.md"));
    expect(problems.map((p) => [p.file, p.message, p.line])).toEqual([
      ["virus.exe", "unknown_file_type", undefined],
      ["../x.md", "unsafe_path", undefined],
      ["tautan.md", "symlink", undefined],
      ["slide.pdf", "content_mismatch", undefined],
      ["a.md", "missing_file", 1],
      ["kuis.yaml", "invalid_quiz", 2],
      ["module.yaml", "manifest_field", 6],
    ]);
  });
});

describe("replaceAssetRefs", () => {
  it("swaps asset references for URLs and leaves other links alone", () => {
    const markdown =
      '![a](asset:gambar/logo.png)\n![b](asset:bab/gambar%20saya.webp "Judul")\n[tautan](asset:x.pdf)\n![c](https://contoh.id/c.png)';
    const urls = replaceAssetRefs(markdown, (path) => `https://cdn.contoh.id/${encodeURIComponent(path)}`);
    expect(urls).toBe(
      '![a](https://cdn.contoh.id/gambar%2Flogo.png)\n![b](https://cdn.contoh.id/bab%2Fgambar%20saya.webp "Judul")\n[tautan](asset:x.pdf)\n![c](https://contoh.id/c.png)',
    );
  });
});

describe("zipFolder", () => {
  it("gives the same bytes for the same folder", async () => {
    expect((await zipFolder(sampleDir)).equals(await zipFolder(sampleDir))).toBe(true);
  });
});

describe("a lesson file that repeats its title", () => {
  it("leaves out a first heading equal to the lesson's title, and nothing else", async () => {
    const { withoutTitle } = await import("./plan");
    expect(withoutTitle("# Mengenal Pelanggan\n\nSiapa yang membeli?", "Mengenal pelanggan")).toBe(
      "Siapa yang membeli?",
    );
    expect(withoutTitle("## Mengenal   Pelanggan! ##\nIsi", "Mengenal Pelanggan")).toBe("Isi");
    expect(withoutTitle("# Pengantar\n\nIsi", "Mengenal Pelanggan")).toBe("# Pengantar\n\nIsi");
    expect(withoutTitle("Isi\n# Mengenal Pelanggan", "Mengenal Pelanggan")).toBe("Isi\n# Mengenal Pelanggan");
  });
});
