import { createSignal } from "solid-js";
import { problem, t } from "../../i18n/authoring";
import { ofKind } from "../of-kind";
import { bodyOf, type CreateKindPart } from "./kind-part";
import { CaptionEditor, LessonFile } from "./shared-fields";

/** A PDF lesson: the file, and an optional introduction. */
export const documentPart: CreateKindPart = (content, context) => {
  const start = content && ofKind(content, "document");
  const [documentId, setDocumentId] = createSignal(start ? start.uploadId : "");
  const [text, setText] = createSignal(bodyOf(content));
  return {
    snapshot: () => [documentId(), text()],
    content: () => {
      if (!documentId()) throw problem("les.needPdf");
      return { kind: "document", uploadId: documentId(), body: text() };
    },
    View: () => (
      <>
        <LessonFile
          id={context.id("document")}
          kind="document"
          uploadId={documentId()}
          label={t("les.pdfFile")}
          replaceLabel={t("les.replacePdf")}
          currentLabel={t("les.currentPdf")}
          onDone={(file) => void setDocumentId(file.uploadId)}
        />
        <CaptionEditor
          id={context.id("body")}
          label={t("les.intro")}
          value={text()}
          onInput={setText}
          lang={context.lang()}
        />
      </>
    ),
  };
};
