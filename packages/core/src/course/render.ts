import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import type { Content } from "./content";

// A lesson's Markdown as the learner sees it, made once when the lesson is saved (docs/decisions/0016):
// the lesson player then shows HTML without downloading a Markdown parser. The same rules as the
// web's renderer for the editor's preview (web/src/components/markdown-render.ts): GitHub-flavoured,
// line breaks kept, headings one level down (the lesson's title is the page's only heading above
// them), links that pass no credit or opener, and pictures only from the platform's uploads, loaded
// when scrolled to.

const markdown = new Marked({
  gfm: true,
  breaks: true,
  walkTokens(token) {
    if (token.type === "heading") token.depth = Math.min(6, token.depth + 1);
  },
});

const upload = /^\/api\/files\/[a-z0-9][a-z0-9-]{2,63}$/;

const policy: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, "img", "del", "input"].filter(
    (tag) => !["style", "form", "button", "textarea", "select", "iframe"].includes(tag),
  ),
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "width", "height", "loading", "decoding"],
    ol: ["start"],
    td: ["align"],
    th: ["align"],
    // GFM task lists: a disabled checkbox, nothing else of a form.
    input: ["type", "checked", "disabled"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow ugc noopener" } }),
    img: (tagName, { src, ...attribs }) => ({
      tagName,
      // Without a src the browser shows the alt text: a picture from elsewhere would tell that site who reads.
      attribs: {
        ...attribs,
        ...(src && upload.test(src) && { src }),
        loading: "lazy",
        decoding: "async",
      },
    }),
    input: (tagName, attribs) => ({
      tagName,
      attribs: attribs.type === "checkbox" ? { ...attribs, disabled: "" } : {},
    }),
  },
  exclusiveFilter: (frame) => frame.tag === "input" && frame.attribs.type !== "checkbox",
};

/** Markdown to HTML that is safe to insert: scripts, event handlers, styles and foreign pictures removed. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.parse(source, { async: false }), policy);
}

/** The Markdown of a lesson that the learner reads: a text's, video's or document's body, a worksheet's prompt. */
export function markdownOf(content: Content): string {
  if (content.kind === "quiz") return "";
  return content.kind === "worksheet" ? content.prompt : content.body;
}

/** The learner's HTML of a lesson, stored beside its Markdown. */
export const htmlOf = (content: Content) => renderMarkdown(markdownOf(content));
