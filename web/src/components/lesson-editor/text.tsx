import { textLimits } from "@berdaya/core/text-limits";
import { createSignal } from "solid-js";
import { t } from "../../i18n/authoring";
import { MarkdownEditor } from "../markdown-editor";
import { bodyOf, type CreateKindPart } from "./kind-part";

/** A text lesson: its body in markdown, with images. */
export const textPart: CreateKindPart = (content, context) => {
  const [text, setText] = createSignal(bodyOf(content));
  return {
    snapshot: text,
    content: () => ({ kind: "text", body: text() }),
    View: () => (
      <MarkdownEditor
        id={context.id("body")}
        label={t("les.body")}
        value={text()}
        onInput={setText}
        rows={14}
        maxLength={textLimits.lessonText}
        lang={context.lang()}
        images
      />
    ),
  };
};
