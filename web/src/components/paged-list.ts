import { createMemo, createResource, createSignal } from "solid-js";
import { nextCursor, type Page, pagedItems } from "../data/courses";
import { createSubmitter } from "./form";

/**
 * A cursor-paged list for the desk's pages: the first page from a resource keyed by `key` (the
 * search and filters), then "load more". Rows changed by an action (a revoked certificate) are
 * replaced in place, and rows an action takes out (a decided application) removed, without reloading.
 */
export function createPagedList<K, T>(
  key: () => K,
  load: (key: K, cursor?: string) => Promise<Page<T>>,
  idOf: (item: T) => string,
) {
  const [first, { refetch }] = createResource(key, (current) => load(current));
  const [extra, setExtra] = createSignal<{ key: K; pages: Page<T>[] }>();
  const [changed, setChanged] = createSignal<Map<string, T>>(new Map());
  const [removed, setRemoved] = createSignal<{ key: K; ids: Set<string> }>();
  const more = createSubmitter();

  const pages = () => {
    if (first.state !== "ready" && first.state !== "refreshing") return [];
    const page = first.latest as Page<T>;
    const tail = extra();
    return tail && tail.key === key() ? [page, ...tail.pages] : [page];
  };
  const items = createMemo(() => {
    const replaced = changed();
    const gone = removed()?.key === key() ? removed()?.ids : undefined;
    return pagedItems(pages(), idOf)
      .filter((item) => !gone?.has(idOf(item)))
      .map((item) => replaced.get(idOf(item)) ?? item);
  });
  const cursor = () => nextCursor(pages());

  return {
    state: () => first.state,
    error: () => first.error,
    items,
    hasMore: () => cursor() !== null,
    more,
    loadMore: () =>
      more.run(async () => {
        const current = key();
        const from = cursor();
        if (!from) return;
        const page = await load(current, from);
        const tail = extra();
        setExtra({ key: current, pages: [...(tail && tail.key === current ? tail.pages : []), page] });
      }),
    replace: (item: T) => setChanged((map) => new Map(map).set(idOf(item), item)),
    remove: (id: string) =>
      setRemoved((gone) => ({ key: key(), ids: new Set(gone?.key === key() ? gone.ids : []).add(id) })),
    retry: () => {
      setExtra(undefined);
      setChanged(new Map());
      void refetch();
    },
  };
}

export type PagedList<T> = ReturnType<typeof createPagedList<unknown, T>>;
