import { monitorEventLoopDelay } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import yazl from "yazl";
import { checkMarkdownBounds, checkYamlBounds, textBounds } from "./bounds";
import { parsePackage } from "./index";

/** Stored, not deflated: nested brackets compress so well the zip-bomb check would refuse them first. */
async function storedZip(files: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [path, text] of Object.entries(files))
    zip.addBuffer(Buffer.from(text), path, { compress: false });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const manifest = (quizzes: number) =>
  [
    "title: Modul Uji",
    "lessons:",
    ...Array.from(
      { length: quizzes },
      (_, i) => `  - title: Kuis ${i + 1}\n    kind: quiz\n    file: kuis-${i + 1}.yaml`,
    ),
  ].join("\n");

/** Parses a package and reports the longest time the event loop was blocked meanwhile. */
async function timed(zip: Buffer) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const result = await parsePackage(zip);
  const total = performance.now() - started;
  delay.disable();
  return { result, total, blockedMs: delay.max / 1e6 };
}

const problemsOf = (result: Awaited<ReturnType<typeof parsePackage>>) =>
  "problems" in result ? result.problems : [];

describe("bounded parsing of module packages (ADR 0012)", () => {
  it("refuses six quiz files of 150,000 nested flow brackets, each with its own problem, quickly", async () => {
    const quizzes = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`kuis-${i + 1}.yaml`, "[".repeat(150_000) + "]".repeat(150_000)]),
    );
    const { result, total, blockedMs } = await timed(
      await storedZip({ "module.yaml": manifest(6), ...quizzes }),
    );
    const problems = problemsOf(result);
    for (let i = 1; i <= 6; i++) {
      expect(problems).toContainEqual(
        expect.objectContaining({ file: `kuis-${i}.yaml`, message: "text_too_large" }),
      );
    }
    expect(total).toBeLessThan(2_000);
    expect(blockedMs).toBeLessThan(500);
  });

  it("refuses nesting deeper than the bound even within the size limit: flow, block and compact", async () => {
    const flow = `a: ${"[".repeat(50_000)}${"]".repeat(50_000)}`;
    const block = Array.from({ length: 40 }, (_, i) => `${" ".repeat(i * 2)}k${i}:`).join("\n");
    const compact = `${"- ".repeat(60)}x`;
    const mapFlow = `a: ${"{b: ".repeat(20_000)}c${"}".repeat(20_000)}`;
    const { result, blockedMs } = await timed(
      await storedZip({
        "module.yaml": manifest(4),
        "kuis-1.yaml": flow,
        "kuis-2.yaml": block,
        "kuis-3.yaml": compact,
        "kuis-4.yaml": mapFlow,
      }),
    );
    const problems = problemsOf(result);
    for (const [file, line] of [
      ["kuis-1.yaml", 1],
      ["kuis-2.yaml", textBounds.yamlDepth + 1],
      ["kuis-3.yaml", 1],
      ["kuis-4.yaml", 1],
    ] as const) {
      expect(problems).toContainEqual({
        file,
        line,
        message: "too_deep",
        params: { max: textBounds.yamlDepth },
      });
    }
    expect(blockedMs).toBeLessThan(500);
  });

  it("refuses a 1 MB module.yaml as too large before parsing it", async () => {
    const big = `title: Modul\nsummary: ok\nlessons:\n${"  - title: x\n    kind: text\n    file: a.md\n".repeat(24_000)}`;
    expect(Buffer.byteLength(big)).toBeGreaterThan(1_000_000);
    const { result, total } = await timed(await storedZip({ "module.yaml": big.slice(0, 1_048_000) }));
    expect(problemsOf(result)).toEqual([
      { file: "module.yaml", message: "text_too_large", params: { maxBytes: textBounds.manifestBytes } },
    ]);
    expect(total).toBeLessThan(1_000);
  });

  it("refuses too many nodes, and parses the largest file the bounds allow in a fraction of a second", async () => {
    const manyKeys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: nilai ${i}`).join("\n");
    expect(checkYamlBounds("k.yaml", manyKeys(textBounds.yamlNodes + 1), textBounds.quizBytes)).toMatchObject(
      {
        message: "too_many_nodes",
      },
    );
    const { blockedMs } = await timed(
      await storedZip({ "module.yaml": manifest(1), "kuis-1.yaml": manyKeys(textBounds.yamlNodes) }),
    );
    expect(blockedMs).toBeLessThan(500);
  });

  it("keeps quoted text, comments and block scalars out of the count, so real files pass", () => {
    const quiz = [
      "questions:",
      "  - id: q1",
      "    kind: single",
      '    prompt: "Pilih [[[[ [[[[ [[[[ [[[[ [[[[ [[[[ yang benar"',
      "    options: ['A: satu', 'B [dua]', \"C {tiga}\"]  # [[[[[[[[[[[[[[[[[[[[[[[[[[",
      "    explanation: |",
      ...Array.from({ length: 40 }, (_, i) => `      ${" ".repeat(i)}baris ${i}`),
      "    correct: 0",
    ].join("\n");
    expect(checkYamlBounds("kuis.yaml", quiz, textBounds.quizBytes)).toBeUndefined();
  });

  it("bounds Markdown: size, nesting of quotes and lists, images; a hostile image scan stays fast", async () => {
    expect(checkMarkdownBounds("a.md", ">".repeat(150_000))).toMatchObject({ message: "too_deep", line: 1 });
    expect(checkMarkdownBounds("a.md", "- ".repeat(40))).toMatchObject({ message: "too_deep" });
    expect(checkMarkdownBounds("a.md", "x".repeat(300_000))).toMatchObject({ message: "text_too_large" });
    expect(checkMarkdownBounds("a.md", "![a](b.png)\n".repeat(600))).toMatchObject({
      message: "too_many_nodes",
    });
    expect(
      checkMarkdownBounds("a.md", `\`\`\`\n${"        kode\n".repeat(50)}\`\`\`\n> kutipan`),
    ).toBeUndefined();
    // 500 image starts that never close, then 200 KB of spaces: linear with bounded repetition.
    const hostile = `${"![".repeat(500)}${" ".repeat(200_000)}`;
    const lesson = "title: Modul\nlessons:\n  - title: Bacaan\n    kind: text\n    file: a.md\n";
    const { result, blockedMs } = await timed(await storedZip({ "module.yaml": lesson, "a.md": hostile }));
    expect(problemsOf(result).every((p) => p.file !== "a.md" || p.message !== "too_deep")).toBe(true);
    expect(blockedMs).toBeLessThan(500);
  });
});
