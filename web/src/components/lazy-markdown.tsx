import { createSignal, type JSX, onMount, Show } from "solid-js";
import { t } from "../i18n";

type Renderer = typeof import("./markdown-render");

// The Markdown parser and sanitiser are the heaviest code in the app: the editor and the review
// load them only when something is to be rendered (the course page shares the same chunk).
let renderer: Promise<Renderer> | undefined;

function loadRenderer(): Promise<Renderer> {
  renderer ??= import("./markdown-render").catch((error: unknown) => {
    renderer = undefined;
    throw error;
  });
  return renderer;
}

/** Sanitised Markdown, with its own loading state so the page around it never blanks. */
export function LazyMarkdown(props: { source: string; lang?: string; class?: string }): JSX.Element {
  const [render, setRender] = createSignal<Renderer["renderMarkdown"]>();
  const [failed, setFailed] = createSignal(false);
  onMount(() => {
    loadRenderer().then(
      (module) => setRender(() => module.renderMarkdown),
      () => setFailed(true),
    );
  });
  return (
    <Show
      when={render()}
      fallback={
        <p class="status-loading" role="status">
          <Show when={!failed()} fallback={t("error.generic")}>
            <span class="spinner" aria-hidden="true" />
            {t("app.loading")}
          </Show>
        </p>
      }
    >
      {(renderMarkdown) => (
        <div
          class={props.class ? `prose ${props.class}` : "prose"}
          lang={props.lang}
          innerHTML={renderMarkdown()(props.source)}
        />
      )}
    </Show>
  );
}
