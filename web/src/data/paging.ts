import type { Page } from "./courses";

/**
 * One screenful from a list the server filters page by page (a search, a regency): a page can come
 * back with few or no matches and a cursor to the rest. Asks again until `want` items arrived, the
 * list ended, or `maxRequests` were spent; the cursor says where "load more" goes on.
 */
export async function fillPage<T>(
  load: (cursor?: string) => Promise<Page<T>>,
  cursor: string | undefined,
  want: number,
  maxRequests = 5,
): Promise<Page<T>> {
  const items: T[] = [];
  let next: string | null | undefined = cursor;
  for (let request = 0; request < maxRequests; request++) {
    const page = await load(next ?? undefined);
    items.push(...page.items);
    next = page.cursor;
    if (!next || items.length >= want) break;
  }
  return { items, cursor: next ?? null };
}
