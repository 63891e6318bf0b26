import type { JSX } from "solid-js";
import { renderMarkdown } from "./markdown-render";

export { renderMarkdown } from "./markdown-render";

export function Markdown(props: { source: string; lang?: string; class?: string }): JSX.Element {
  return (
    <div
      class={props.class ? `prose ${props.class}` : "prose"}
      lang={props.lang}
      innerHTML={renderMarkdown(props.source)}
    />
  );
}
