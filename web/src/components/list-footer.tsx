import { type JSX, Show } from "solid-js";
import { t } from "../i18n";
import { FormError } from "./form";
import { Icon } from "./icon";
import type { PagedList } from "./paged-list";

/** "Load more" under a paged list, with the error of the last try. */
export function ListFooter<T>(props: { list: PagedList<T>; testId?: string }): JSX.Element {
  return (
    <Show when={props.list.hasMore()}>
      <div class="list-footer">
        <FormError error={props.list.more.error()} />
        <button
          type="button"
          class="button button-secondary"
          data-testid={props.testId}
          disabled={props.list.more.pending()}
          onClick={() => void props.list.loadMore()}
        >
          {props.list.more.pending() ? t("catalog.loadingMore") : t("catalog.loadMore")}
        </button>
      </div>
    </Show>
  );
}

/** "Refresh" under a list read whole (not paged): asks the server again. */
export function RefreshFooter(props: { label: string; onRefresh: () => void }): JSX.Element {
  return (
    <div class="list-footer">
      <button type="button" class="button button-secondary" onClick={() => props.onRefresh()}>
        <Icon name="refresh" />
        {props.label}
      </button>
    </div>
  );
}
