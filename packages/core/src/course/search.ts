import { foldText } from "../user/index";

/**
 * Catalog search for Indonesian as members type it (docs/decisions/0014-catalog-search.md): words
 * are folded (case, accents), reduced to a common stem ("pemasaran", "memasarkan" → "pasar";
 * "keuangan" → "uang"), and a few everyday names mean the same thing ("WA" and "WhatsApp", "HPP" and
 * "harga pokok", "medsos" and "media sosial", "bisnis" and "usaha").
 */

/** Several words that members shorten to one: both spellings end up as the short form. */
const phrases: [RegExp, string][] = [
  [/\bharga pokok( penjualan| produksi)?\b/g, "hpp"],
  [/\bmedia sosial\b/g, "medsos"],
  [/\bsocial media\b/g, "medsos"],
  [/\bwhats app\b/g, "whatsapp"],
];

/** One name for one thing, after stemming. */
const synonyms: Record<string, string> = {
  wa: "whatsapp",
  whatsapp: "whatsapp",
  sosmed: "medsos",
  bisnis: "usaha",
  business: "usaha",
  ukm: "usaha",
  umkm: "usaha",
  ig: "instagram",
  fb: "facebook",
};

/** Words that carry no meaning in a search ("cara jualan di WA" looks for "jual" and "whatsapp"). */
const stopwords = new Set(
  "di ke dari yang dan atau untuk dengan pada dalam ini itu cara bagaimana apa saya anda kita the a an of for and to in on how".split(
    " ",
  ),
);

const vowel = /^[aiueo]/;

function stripPrefix(word: string): string {
  const rules: [RegExp, (rest: string) => string][] = [
    [/^meny(?=[aiueo])/, (r) => `s${r}`],
    [/^peny(?=[aiueo])/, (r) => `s${r}`],
    [/^mem(?=[aiueo])/, (r) => `p${r}`],
    [/^pem(?=[aiueo])/, (r) => `p${r}`],
    [/^men(?=[aiueo])/, (r) => `t${r}`],
    [/^pen(?=[aiueo])/, (r) => `t${r}`],
    [/^meng(?=[aiueo])/, (r) => `k${r}`],
    [/^peng(?=[aiueo])/, (r) => `k${r}`],
    [/^meng(?=[ghk])/, (r) => r],
    [/^peng(?=[ghk])/, (r) => r],
    [/^mem(?=[bfpv])/, (r) => r],
    [/^pem(?=[bfpv])/, (r) => r],
    [/^men(?=[cdjstz])/, (r) => r],
    [/^pen(?=[cdjstz])/, (r) => r],
    [/^me(?=[lmnrwy])/, (r) => r],
    [/^pe(?=[lmnrwy])/, (r) => r],
    [/^ber/, (r) => r],
    [/^per/, (r) => r],
    [/^ter/, (r) => r],
    [/^be(?=r)/, (r) => r],
    [/^di/, (r) => r],
    [/^ke/, (r) => r],
    [/^se/, (r) => r],
  ];
  for (const [pattern, recode] of rules) {
    const match = pattern.exec(word);
    if (!match) continue;
    const stem = recode(word.slice(match[0].length));
    // di-, ke-, se- also begin many roots ("kemas", "sedia"): only taken off a longer word.
    const short = /^(di|ke|se)$/.test(match[0]) ? 4 : 3;
    if (stem.length >= short && (stem.length >= 4 || !vowel.test(stem))) return stem;
  }
  return word;
}

/** A rough Indonesian stem: particles, possessives, then -kan/-an/-i, then one prefix. */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  let w = word.replace(/(lah|kah|tah|pun)$/, "");
  if (w.length < 4) w = word;
  const noPossessive = w.replace(/(nya|ku|mu)$/, "");
  if (noPossessive.length >= 4) w = noPossessive;
  const noSuffix = w.replace(/(kan|an|i)$/, "");
  if (noSuffix.length >= 4) w = noSuffix;
  return stripPrefix(w);
}

/** Every searchable term in a text, in order, stopwords kept out. */
export function terms(text: string): string[] {
  let folded = foldText(text).replace(/[^\p{L}\p{N}]+/gu, " ");
  for (const [pattern, short] of phrases) folded = folded.replace(pattern, (all) => `${all} ${short}`);
  return folded
    .split(" ")
    .filter((word) => word && !stopwords.has(word))
    .map((word) => synonyms[word] ?? synonyms[stem(word)] ?? stem(word));
}

/** The terms a query asks for: a phrase's own words give way to its short form. */
export function queryTerms(query: string): string[] {
  let folded = foldText(query).replace(/[^\p{L}\p{N}]+/gu, " ");
  for (const [pattern, short] of phrases) folded = folded.replace(pattern, short);
  return [...new Set(terms(folded))].slice(0, 8);
}

/** What a course is found by, stored on its catalog item: each term once. */
export function searchTextOf(fields: {
  title: string;
  summary: string;
  description?: string;
  category?: string;
  trainerName?: string;
  /** Module titles and summaries, lesson titles: what the course covers. */
  outline?: string[];
}): string {
  const all = [
    fields.title,
    fields.summary,
    fields.description ?? "",
    fields.category ?? "",
    fields.trainerName ?? "",
    ...(fields.outline ?? []),
  ];
  return ` ${[...new Set(terms(all.join(" ")))].join(" ")} `;
}

export interface Searchable {
  title: string;
  summary: string;
  category: string;
  trainerName: string;
  searchText: string;
}

const weights = { title: 8, category: 4, trainer: 4, summary: 3, other: 1 };

/** How well a course answers the query: 0 when a term is missing; higher for title matches. */
export function score(course: Searchable, wanted: string[], categoryWords: string): number {
  const fields = {
    title: new Set(terms(course.title)),
    category: new Set(terms(categoryWords)),
    trainer: new Set(terms(course.trainerName)),
    summary: new Set(terms(course.summary)),
    other: new Set(course.searchText.split(" ").filter(Boolean)),
  };
  let total = 0;
  for (const term of wanted) {
    let best = 0;
    for (const [field, words] of Object.entries(fields) as [keyof typeof weights, Set<string>][]) {
      const weight = weights[field];
      if (words.has(term)) best = Math.max(best, weight);
      else if (term.length >= 4 && [...words].some((word) => word.startsWith(term)))
        best = Math.max(best, weight / 2);
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}
