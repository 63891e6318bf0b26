import { describe, expect, it } from "vitest";
import { demoCourses } from "../seed/courses";
import { queryTerms, type Searchable, score, searchTextOf, stem, terms } from "./search";

const catalog: (Searchable & { id: string })[] = demoCourses.map((course) => ({
  id: course.id,
  title: course.title,
  summary: course.summary,
  category: course.category,
  trainerName: course.id.length % 2 ? "Dewi Anggraini" : "Rudi Hartono",
  searchText: searchTextOf({
    ...course,
    category: course.category.replace(/-/g, " "),
    outline: course.modules.flatMap((m) => [m.title, m.summary ?? "", ...m.lessons.map((l) => l.title)]),
  }),
}));

/** The demo catalog's ids for a query, best first, as listPublished ranks them. */
const search = (query: string) =>
  catalog
    .map((course) => ({
      id: course.id,
      score: score(course, queryTerms(query), course.category.replace(/-/g, " ")),
    }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((hit) => hit.id);

describe("Indonesian word forms", () => {
  it.each([
    ["pemasaran", "pasar"],
    ["memasarkan", "pasar"],
    ["keuangan", "uang"],
    ["penjualan", "jual"],
    ["menjual", "jual"],
    ["berjualan", "jual"],
    ["jualan", "jual"],
    ["pelanggannya", "langg"],
    ["pelanggan", "langg"],
    ["mengemas", "kemas"],
    ["kemasan", "kemas"],
    ["pengemasan", "kemas"],
    ["menulis", "tulis"],
    ["usahanya", "usaha"],
    ["usaha", "usaha"],
    ["bisnis", "bisnis"],
    ["umkm", "umkm"],
    ["ukm", "ukm"],
  ])("%s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it("reads WA, HPP, medsos and their long forms as one term each", () => {
    expect(queryTerms("WA")).toEqual(["whatsapp"]);
    expect(queryTerms("WhatsApp")).toEqual(["whatsapp"]);
    expect(queryTerms("harga pokok")).toEqual(["hpp"]);
    expect(queryTerms("HPP")).toEqual(["hpp"]);
    expect(queryTerms("media sosial")).toEqual(["medsos"]);
    expect(queryTerms("sosmed")).toEqual(["medsos"]);
    expect(terms("Menghitung harga pokok penjualan")).toContain("hpp");
    expect(queryTerms("cara jualan di WA")).toEqual(["jual", "whatsapp"]);
  });
});

describe("the demo catalog", () => {
  it("finds courses by words in their description, category and trainer", () => {
    for (const query of ["bisnis", "umkm", "usaha", "pelanggan", "pemasaran"])
      expect(search(query), query).not.toEqual([]);
    expect(search("Rudi")).toEqual(catalog.filter((c) => c.trainerName === "Rudi Hartono").map((c) => c.id));
  });

  it("puts the course with the words in its title first", () => {
    expect(search("wa")[0]).toBe("jualan-whatsapp-business");
    expect(search("whatsapp")[0]).toBe("jualan-whatsapp-business");
    expect(search("scamper")[0]).toBe("inovasi-produk-scamper");
    expect(search("kreatif")[0]).toBe("berpikir-kreatif");
  });

  it("does not find a course by a word that only starts like another one", () => {
    // "wa" is WhatsApp, not "warung" or "wawasan".
    const wa = search("wa");
    for (const id of wa) {
      const course = catalog.find((c) => c.id === id) as Searchable;
      expect(course.searchText).toContain(" whatsapp ");
    }
  });

  it("finds a course by another form of a word it uses", () => {
    const finance: Searchable = {
      title: "Mencatat Uang Usaha",
      summary: "Buku kas sederhana.",
      category: "keuangan",
      trainerName: "Dewi Anggraini",
      searchText: searchTextOf({
        title: "Mencatat Uang Usaha",
        summary: "Buku kas sederhana.",
        category: "keuangan",
      }),
    };
    for (const query of ["keuangan", "uang", "pencatatan", "catat"])
      expect(score(finance, queryTerms(query), "keuangan"), query).toBeGreaterThan(0);
    // The title's words outrank the category's.
    expect(score(finance, queryTerms("uang"), "keuangan")).toBeGreaterThan(
      score({ ...finance, title: "Buku Kas" }, queryTerms("uang"), "keuangan"),
    );
  });

  it("finds nothing for words no course has", () => {
    expect(search("kapal selam")).toEqual([]);
  });
});
