import type { JSX } from "solid-js";
import { renderMarkdown } from "./markdown-render";

export { renderMarkdown } from "./markdown-render";

export function Markdown(props: {
  source: string;
  lang?: string;
  class?: string;
  /** Levels to move the Markdown's headings down: 2 (the default) under a page's h1 and h2. */
  headingShift?: number;
}): JSX.Element {
  return (
    <div
      class={props.class ? `prose ${props.class}` : "prose"}
      lang={props.lang}
      innerHTML={renderMarkdown(props.source, { headingShift: props.headingShift })}
    />
  );
}
