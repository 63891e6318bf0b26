import { textLimits } from "@berdaya/core/text-limits";
import { type JSX, Show } from "solid-js";
import type { UploadedFile } from "../../data/uploads";
import { fileUrl } from "../../data/uploads";
import { t } from "../../i18n/authoring";
import { MarkdownEditor } from "../markdown-editor";
import { UploadField } from "../upload";

function CurrentFile(props: { uploadId: string; label: string }): JSX.Element {
  return (
    <Show when={props.uploadId}>
      <p class="current-file">
        {props.label}{" "}
        <a href={fileUrl(props.uploadId)} target="_blank" rel="noopener">
          {t("les.openFile")}
        </a>
      </p>
    </Show>
  );
}

/** A lesson's file (a video or a PDF): the one stored now, and uploading one or its replacement. */
export function LessonFile(props: {
  id: string;
  kind: "video" | "document";
  uploadId: string;
  label: string;
  replaceLabel: string;
  currentLabel: string;
  onDone: (file: UploadedFile) => void;
}): JSX.Element {
  return (
    <UploadField
      id={props.id}
      kind={props.kind}
      label={props.uploadId ? props.replaceLabel : props.label}
      onDone={(file) => props.onDone(file)}
    >
      <CurrentFile uploadId={props.uploadId} label={props.currentLabel} />
    </UploadField>
  );
}

/** The optional words under a video or above a PDF. */
export function CaptionEditor(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  lang: string;
}): JSX.Element {
  return (
    <MarkdownEditor
      id={props.id}
      label={props.label}
      optional
      value={props.value}
      onInput={props.onInput}
      rows={5}
      maxLength={textLimits.markdown}
      lang={props.lang}
    />
  );
}
