import { createRoot } from "solid-js";
import { describe, expect, it, vi } from "vitest";
import { createPagedList } from "../components/paged-list";
import { nextCursor, type Page, pagedItems } from "./courses";
import { fillPage } from "./paging";

/** A list of 1..n the server pages `size` at a time, keeping only the numbers `keep` likes (a filter). */
function server(n: number, size: number, keep: (x: number) => boolean = () => true) {
  const calls: (string | undefined)[] = [];
  const load = async (cursor?: string): Promise<Page<number>> => {
    calls.push(cursor);
    const from = cursor ? Number(cursor) : 0;
    const slice = Array.from({ length: Math.min(size, n - from) }, (_, i) => from + i + 1);
    const next = from + size < n ? String(from + size) : null;
    return { items: slice.filter(keep), cursor: next };
  };
  return { load, calls };
}

describe("fillPage: a screenful from a list the server filters page by page", () => {
  it("asks again until enough matches arrived, keeping whole pages, and says where to go on", async () => {
    const { load, calls } = server(100, 10, (x) => x % 7 === 0);
    const page = await fillPage(load, undefined, 3);
    expect(page.items).toEqual([7, 14, 21, 28]);
    expect(page.cursor).toBe("30");
    expect(calls).toEqual([undefined, "10", "20"]);
  });

  it("stops at the end of the list with no cursor", async () => {
    const { load } = server(12, 10);
    expect(await fillPage(load, "10", 20)).toEqual({ items: [11, 12], cursor: null });
  });

  it("gives up after the allowed number of requests and keeps the cursor for 'load more'", async () => {
    const { load, calls } = server(1000, 10, () => false);
    const page = await fillPage(load, undefined, 5, 3);
    expect(page).toEqual({ items: [], cursor: "30" });
    expect(calls).toHaveLength(3);
  });
});

describe("createPagedList: the desk's lists", () => {
  const rows = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => ({ id: `r${from + i}`, v: from + i }));

  it("loads more, shows a row moved between pages once, replaces and removes rows in place", async () => {
    const pages: Record<string, Page<{ id: string; v: number }>> = {
      first: { items: rows(3), cursor: "c1" },
      c1: { items: [...rows(1, 2), ...rows(2, 3)], cursor: null },
    };
    await createRoot(async (dispose) => {
      const list = createPagedList(
        () => "all",
        async (_key: string, cursor?: string) => pages[cursor ?? "first"] as Page<{ id: string; v: number }>,
        (row) => row.id,
      );
      await vi.waitFor(() => expect(list.state()).toBe("ready"));
      expect(list.items().map((r) => r.id)).toEqual(["r0", "r1", "r2"]);
      expect(list.hasMore()).toBe(true);
      await list.loadMore();
      expect(list.items().map((r) => r.id)).toEqual(["r0", "r1", "r2", "r3", "r4"]);
      expect(list.hasMore()).toBe(false);
      list.replace({ id: "r1", v: 100 });
      list.remove("r3");
      expect(list.items().map((r) => r.v)).toEqual([0, 100, 2, 4]);
      dispose();
    });
  });
});

describe("pagedItems and nextCursor: the paging both the catalog and the desk's lists use", () => {
  const id = (row: { id: string }) => row.id;

  it("lists each row once, in page order, when a row moved to the next page", () => {
    const pages = [
      { items: [{ id: "a" }, { id: "b" }], cursor: "2" },
      { items: [{ id: "b" }, { id: "c" }], cursor: null },
    ];
    expect(pagedItems(pages, id).map(id)).toEqual(["a", "b", "c"]);
  });

  it("goes on from the last page's cursor, and stops at its end or with nothing loaded", () => {
    expect(
      nextCursor([
        { items: [], cursor: "x" },
        { items: [], cursor: "y" },
      ]),
    ).toBe("y");
    expect(nextCursor([{ items: [], cursor: null }])).toBeNull();
    expect(nextCursor([])).toBeNull();
  });
});
