import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// src/early.ts starts the session's and the first page's reads before the app loads; the app's
// fetch takes each of those answers once instead of asking again.

const catalog = (title: string) =>
  new Response(JSON.stringify({ items: [{ title }], cursor: null }), {
    status: 200,
    headers: { "Content-Type": "application/json" },
  });

const asked: string[] = [];

beforeEach(() => {
  vi.resetModules();
  asked.length = 0;
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    asked.push(new URL(String(input), location.origin).pathname);
    return catalog("from the network");
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.berdayaEarly = undefined;
});

const listCatalog = async () => {
  const { call, client } = await import("./api");
  return call(client.courses.$get({ query: { limit: "12" } }));
};

describe("the early reads", () => {
  it("hands the catalog's early answer to the app once; the next read asks the network", async () => {
    window.berdayaEarly = new Map([["/api/courses?limit=12", Promise.resolve(catalog("early"))]]);
    expect((await listCatalog()).items[0]?.title).toBe("early");
    expect(asked).toEqual([]);
    expect((await listCatalog()).items[0]?.title).toBe("from the network");
    expect(asked).toEqual(["/api/courses"]);
  });

  it("is not used for another URL", async () => {
    window.berdayaEarly = new Map([["/api/courses/berpikir-kreatif", Promise.resolve(catalog("early"))]]);
    expect((await listCatalog()).items[0]?.title).toBe("from the network");
    expect(window.berdayaEarly.size).toBe(1);
  });

  it("is not handed over once the page has been open a while: a later read gets a fresh answer", async () => {
    vi.spyOn(performance, "now").mockReturnValue(60_000);
    window.berdayaEarly = new Map([["/api/courses?limit=12", Promise.resolve(catalog("early"))]]);
    expect((await listCatalog()).items[0]?.title).toBe("from the network");
    vi.restoreAllMocks();
  });
  it("hands the lesson's early opening to the page once; the next opening asks the network", async () => {
    const open = "/api/courses/berpikir-kreatif/lessons/m1-l1/open";
    window.berdayaEarly = new Map([[`POST ${open}`, Promise.resolve(catalog("early"))]]);
    const { openLesson } = await import("./lesson-preload");
    expect(
      ((await openLesson("berpikir-kreatif", "m1-l1")) as unknown as { items: { title: string }[] }).items[0]
        ?.title,
    ).toBe("early");
    expect(asked).toEqual([]);
    await openLesson("berpikir-kreatif", "m1-l1");
    expect(asked).toEqual([open]);
  });
});
