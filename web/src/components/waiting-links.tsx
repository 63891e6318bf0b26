import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import type { Inbox } from "../data/notifications";
import { tn } from "../i18n";

const links = [
  { key: "reviews", href: "/trainer/reviews", message: "waiting.reviews" },
  { key: "courses", href: "/admin/courses", message: "waiting.courses" },
  { key: "applications", href: "/admin#applications", message: "waiting.applications" },
] as const;

/** What waits for a trainer or the association ("3 lembar kerja menunggu tinjauan"), each a link to it. */
export function WaitingLinks(props: { waiting: Inbox["waiting"] | undefined }): JSX.Element {
  const shown = () => links.filter(({ key }) => (props.waiting?.[key] ?? 0) > 0);
  return (
    <Show when={shown().length}>
      <ul class="waiting-links" data-testid="waiting">
        <For each={shown()}>
          {(link) => (
            <li>
              <A href={link.href} class="waiting-link">
                <span class="waiting-count">{props.waiting?.[link.key]}</span>{" "}
                {tn(link.message, props.waiting?.[link.key] ?? 0)}
              </A>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
