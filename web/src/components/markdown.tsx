import DOMPurify from "dompurify";
import { Marked } from "marked";
import type { JSX } from "solid-js";

// Trainers write course descriptions in Markdown. The page already owns h1 and h2, so their
// headings move down two levels to keep the outline of the page intact.
const markdown = new Marked({
  gfm: true,
  breaks: true,
  walkTokens(token) {
    if (token.type === "heading") token.depth = Math.min(6, token.depth + 2);
  },
});

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A" && node.hasAttribute("href")) node.setAttribute("rel", "nofollow ugc noopener");
  // Pictures are the heaviest thing on a slow connection: fetch them only when scrolled to.
  if (node.tagName === "IMG") {
    node.setAttribute("loading", "lazy");
    node.setAttribute("decoding", "async");
  }
});

/** Markdown to HTML that is safe to insert: scripts, event handlers and javascript: links removed. */
export function renderMarkdown(source: string): string {
  const html = markdown.parse(source, { async: false });
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select", "iframe"],
    FORBID_ATTR: ["style"],
  });
}

export function Markdown(props: { source: string; lang?: string; class?: string }): JSX.Element {
  return (
    <div
      class={props.class ? `prose ${props.class}` : "prose"}
      lang={props.lang}
      innerHTML={renderMarkdown(props.source)}
    />
  );
}
