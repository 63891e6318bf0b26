import { createSignal, type JSX, Show } from "solid-js";
import type { UploadedFile } from "../data/uploads";
import { t } from "../i18n/authoring";
import { inputValue } from "./form";
import { LazyMarkdown } from "./lazy-markdown";
import { UploadField } from "./upload";

/**
 * A Markdown text box with a Preview tab that shows exactly what learners will see (the same
 * sanitised renderer as the course page), and optionally a picture upload that inserts the image
 * where the cursor is.
 */
export function MarkdownEditor(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  maxLength?: number;
  optional?: boolean;
  lang?: string;
  readOnly?: boolean;
  /** Offer "insert a picture". */
  images?: boolean;
}): JSX.Element {
  const [tab, setTab] = createSignal<"write" | "preview">("write");
  let textarea: HTMLTextAreaElement | undefined;

  function insertImage(file: UploadedFile) {
    const value = props.value;
    const at = textarea?.selectionEnd ?? value.length;
    const alt = file.filename.replace(/\.[^.]+$/, "").replace(/[[\]]/g, "");
    const before = value.slice(0, at);
    const lead = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    const snippet = `${lead}![${alt}](${file.url})\n\n`;
    props.onInput(before + snippet + value.slice(at));
    setTab("write");
    queueMicrotask(() => {
      textarea?.focus();
      textarea?.setSelectionRange(at + snippet.length, at + snippet.length);
    });
  }

  const tabId = (name: string) => `${props.id}-tab-${name}`;

  return (
    <div class="field markdown-editor">
      <div class="markdown-head">
        <label for={props.id} id={`${props.id}-label`}>
          {props.label}
          <Show when={props.optional}>
            <span class="field-optional"> ({t("form.optional")})</span>
          </Show>
        </label>
        <div class="tabs" role="tablist" aria-labelledby={`${props.id}-label`}>
          <button
            type="button"
            role="tab"
            id={tabId("write")}
            class="tab"
            aria-selected={tab() === "write"}
            aria-controls={props.id}
            data-testid="markdown-write-tab"
            onClick={() => setTab("write")}
          >
            {t("md.write")}
          </button>
          <button
            type="button"
            role="tab"
            id={tabId("preview")}
            class="tab"
            aria-selected={tab() === "preview"}
            aria-controls={`${props.id}-preview`}
            data-testid="markdown-preview-tab"
            onClick={() => setTab("preview")}
          >
            {t("md.preview")}
          </button>
        </div>
      </div>
      {/* Hidden rather than removed on Preview, so the cursor and the undo history survive. */}
      <textarea
        id={props.id}
        class="markdown-input"
        data-testid="markdown-input"
        aria-describedby={`${props.id}-hint`}
        rows={props.rows ?? 8}
        maxLength={props.maxLength}
        lang={props.lang}
        spellcheck
        hidden={tab() !== "write"}
        readOnly={props.readOnly}
        ref={textarea}
        value={props.value}
        onInput={(event) => props.onInput(inputValue(event))}
      />
      <Show when={tab() === "preview"}>
        <div
          id={`${props.id}-preview`}
          class="markdown-preview"
          role="tabpanel"
          aria-labelledby={tabId("preview")}
          data-testid="markdown-preview"
        >
          <Show when={props.value.trim()} fallback={<p class="module-empty">{t("md.empty")}</p>}>
            <LazyMarkdown source={props.value} lang={props.lang} />
          </Show>
        </div>
      </Show>
      <p class="field-hint" id={`${props.id}-hint`}>
        {t("md.hint")}
      </p>
      <Show when={props.images && !props.readOnly}>
        <details class="markdown-image">
          <summary>{t("md.image")}</summary>
          <UploadField
            id={`${props.id}-image`}
            kind="image"
            label={t("md.imageLabel")}
            inputTestId="markdown-image-input"
            onDone={insertImage}
          />
        </details>
      </Show>
    </div>
  );
}
