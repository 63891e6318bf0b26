import { describe, expect, it } from "vitest";
import { htmlOf, renderMarkdown } from "./render";

describe("a lesson's HTML, made when it is saved", () => {
  it("keeps what a trainer writes: paragraphs, line breaks, lists, tables, headings one level down", () => {
    const html = renderMarkdown(
      "## Langkah\n\nBaris satu\nbaris dua\n\n- a\n- b\n\n| x | y |\n| - | - |\n| 1 | 2 |\n\n~~lama~~",
    );
    expect(html).toContain("<h3>Langkah</h3>");
    expect(html).toContain("<p>Baris satu<br />baris dua</p>");
    expect(html).toContain("<li>a</li>");
    expect(html).toContain("<td>1</td>");
    expect(html).toContain("<del>lama</del>");
  });

  it("removes scripts, handlers, styles, forms and javascript: links", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src="/api/files/abc-123" onerror="alert(2)"><p style="color:red" onclick="x()">hai</p><form><input name="a"><button>b</button></form><iframe src="https://x.example"></iframe>\n\n[klik](javascript:alert(3))',
    );
    expect(html).not.toMatch(/script|onerror|onclick|style=|<form|<button|<iframe|javascript:|<input/i);
    expect(html).toContain("<p>hai</p>");
    expect(html).toContain('<a rel="nofollow ugc noopener">klik</a>');
  });

  it("shows pictures only from the platform's uploads, lazily; links pass no credit or opener", () => {
    const html = renderMarkdown(
      "![foto](/api/files/abc-123) ![luar](https://tracker.example/x.png) [situs](https://contoh.id)",
    );
    expect(html).toContain('<img alt="foto" src="/api/files/abc-123" loading="lazy" decoding="async" />');
    expect(html).toContain('<img alt="luar" loading="lazy" decoding="async" />');
    expect(html).toContain('<a href="https://contoh.id" rel="nofollow ugc noopener">situs</a>');
  });

  it("keeps a task list's checkboxes, disabled", () => {
    const boxes = renderMarkdown("- [x] selesai\n- [ ] belum").match(/<input[^>]*>/g) ?? [];
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect(box).toMatch(/^(?=.*type="checkbox")(?=.*disabled)/);
    expect(boxes[0]).toContain("checked");
  });

  it("renders the body a learner reads for each kind (a worksheet's prompt; nothing for a quiz)", () => {
    expect(htmlOf({ kind: "text", body: "**tebal**" })).toBe("<p><strong>tebal</strong></p>\n");
    expect(
      htmlOf({
        kind: "worksheet",
        prompt: "Isi *ini*",
        fields: [{ name: "a", label: "A" }],
        mustBeAccepted: true,
        allowUpload: true,
      }),
    ).toBe("<p>Isi <em>ini</em></p>\n");
    expect(
      htmlOf({ kind: "quiz", passMark: 50, attemptLimit: 3, shuffle: true, questions: [] as never }),
    ).toBe("");
  });
});
