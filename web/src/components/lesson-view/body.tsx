import { type JSX, Show } from "solid-js";
import { LazyMarkdown } from "../lazy-markdown";

/** A lesson's markdown (a body, a caption, a prompt), when there is any. */
export function Body(props: { source?: string; lang?: string }): JSX.Element {
  return (
    <Show when={props.source?.trim()}>
      {(source) => <LazyMarkdown source={source()} lang={props.lang} />}
    </Show>
  );
}
