import { LocalProblem } from "../components/form";
import { t as baseT, interpolate, locale, type MessageKey, type MessageParams } from "./index";
import { en } from "./learn-en";
import { id, type LearnKey } from "./learn-id";

// The learning pages' words (the lesson player, "Kursus saya", enrolling) live in their own
// dictionaries, loaded with those pages, so the catalog's first download does not carry them. This
// `t` reads both these and the shared dictionary, so the pages that import it need no other.

export type { LearnKey } from "./learn-id";
export type Key = MessageKey | LearnKey;

function isLearnKey(key: string): key is LearnKey {
  return key in id;
}

/** The message for `key` (a learning or a shared key) in the chosen language; reactive. */
export function t(key: Key, params?: MessageParams): string {
  if (isLearnKey(key)) return interpolate((locale() === "en" ? en : id)[key], params);
  return baseT(key, params);
}

type PluralKey = {
  [K in Key]: K extends `${infer Base}.other` ? Base : never;
}[Key];

/** A plural message: `tn("learn.questionsLeft", 2)` reads "learn.questionsLeft.one" or ".other". */
export function tn(key: PluralKey, count: number, params?: MessageParams): string {
  return t(`${key}.${count === 1 ? "one" : "other"}` as Key, { count, ...params });
}

/** A problem found before sending a form, in this dictionary's words (shown by FormError). */
export function problem(key: Key, params?: MessageParams): LocalProblem {
  return new LocalProblem(() => t(key, params));
}
