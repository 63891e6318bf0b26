import DOMPurify from "dompurify";
import { Marked } from "marked";

// Trainers write course descriptions and lessons in Markdown. The page already owns h1 and h2, so
// their headings move down two levels to keep the outline of the page intact (one level in the
// lesson player, where the lesson's title is the only heading above them). No Solid here: the
// course editor loads this on its own, and a chunk without the framework keeps the catalog's shared
// code in one piece.
let headingShift = 2;
const markdown = new Marked({
  gfm: true,
  breaks: true,
  walkTokens(token) {
    if (token.type === "heading") token.depth = Math.min(6, token.depth + headingShift);
  },
});

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A" && node.hasAttribute("href")) node.setAttribute("rel", "nofollow ugc noopener");
  // Pictures are the heaviest thing on a slow connection: fetch them only when scrolled to.
  if (node.tagName === "IMG") {
    // Only the platform's own uploads: a picture from elsewhere tells that site who reads the lesson.
    // Without a src the browser shows the alt text instead.
    if (!/^\/api\/files\/[a-z0-9][a-z0-9-]{2,63}$/.test(node.getAttribute("src") ?? ""))
      node.removeAttribute("src");
    node.removeAttribute("srcset");
    node.setAttribute("loading", "lazy");
    node.setAttribute("decoding", "async");
  }
});

/** Markdown to HTML that is safe to insert: scripts, event handlers and javascript: links removed. */
export function renderMarkdown(source: string, options: { headingShift?: number } = {}): string {
  // parse() is synchronous here, so the shift applies to this call only.
  headingShift = options.headingShift ?? 2;
  const html = markdown.parse(source, { async: false });
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select", "iframe"],
    FORBID_ATTR: ["style"],
  });
}
