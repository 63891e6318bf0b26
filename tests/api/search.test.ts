import * as Db from "@berdaya/core/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, startTestServer, type TestServer } from "../support/local";

/** Catalog search over the seeded courses, through the API (docs/decisions/0014-catalog-search.md). */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const ids = async (query: string) =>
  (await json(await server.request(`/api/courses?${query}`))).items.map((c: { id: string }) => c.id);

describe("catalog search", () => {
  it("finds courses by words members use: bisnis, umkm, pemasaran, a trainer's name", async () => {
    for (const q of ["bisnis", "umkm", "pemasaran", "pelanggan", "Rudi"])
      expect(await ids(`q=${q}`), q).not.toEqual([]);
  });

  it("puts the WhatsApp course first for WA, WhatsApp and 'jualan di wa'", async () => {
    for (const q of ["wa", "WA", "WhatsApp", "jualan%20di%20wa"])
      expect((await ids(`q=${q}`))[0], q).toBe("jualan-whatsapp-business");
    // "wa" is not the start of "warung" or "wawasan".
    expect(await ids("q=wa")).not.toContain("berpikir-kreatif");
  });

  it("ranks, pages with its own cursor and keeps the category filter", async () => {
    const all = await ids("q=usaha&limit=100");
    expect(all.length).toBeGreaterThan(2);
    const first = await json(await server.request("/api/courses?q=usaha&limit=2"));
    expect(first.items.map((c: { id: string }) => c.id)).toEqual(all.slice(0, 2));
    const second = await json(await server.request(`/api/courses?q=usaha&limit=2&cursor=${first.cursor}`));
    expect(second.items.map((c: { id: string }) => c.id)).toEqual(all.slice(2, 4));
    const creative = await ids("q=usaha&category=kreativitas");
    expect(creative).toEqual(["berpikir-kreatif"]);
    const forged = await server.request("/api/courses?q=usaha&cursor=zz");
    expect(forged.status).toBe(400);
    expect((await json(forged)).error.code).toBe("invalid_cursor");
  });

  it("stays one Query on the published catalog", async () => {
    let calls = 0;
    const name = "count-search";
    Db.client().middlewareStack.add(
      (next) => async (args) => {
        calls++;
        expect((args.input as { KeyConditionExpression?: string }).KeyConditionExpression).toBeTruthy();
        return next(args);
      },
      { step: "initialize", name },
    );
    try {
      expect(await ids("q=whatsapp")).toContain("jualan-whatsapp-business");
    } finally {
      Db.client().middlewareStack.remove(name);
    }
    expect(calls).toBe(1);
  });
});
