import { type JSX, Show } from "solid-js";

/**
 * A lesson's text as the server rendered and sanitised it from the trainer's Markdown when the
 * lesson was saved (docs/decisions/0016): the player needs no Markdown parser of its own.
 */
export function LessonHtml(props: { html?: string; lang: string; class?: string }): JSX.Element {
  return (
    <Show when={props.html?.trim()}>
      {(html) => (
        <div class={props.class ? `prose ${props.class}` : "prose"} lang={props.lang} innerHTML={html()} />
      )}
    </Show>
  );
}
