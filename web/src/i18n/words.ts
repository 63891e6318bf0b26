import { interpolate, type Locale, locale, type MessageParams } from "./index";

/** A page's own dictionaries, one per language, loaded with the page so the first download stays small. */
export interface Dictionaries<K extends string> {
  id: Record<K, string>;
  en: Record<K, string>;
}

type Translate<K extends string> = (lang: Locale, key: K, params?: MessageParams) => string;
type PluralOf<K extends string> = K extends `${infer Base}.other` ? Base : never;

/**
 * The one way a page's words are looked up: its own dictionaries first, then the dictionaries it
 * builds on (`parent`: the shared one, or another page's). Every namespace in this folder is made
 * with it, so `t`, `tn` and `translate` behave the same everywhere.
 */
export function words<Own extends string, Parent extends string>(
  own: Dictionaries<Own>,
  parent: Translate<Parent>,
) {
  type Key = Own | Parent;
  const isOwn = (key: string): key is Own => key in own.id;
  /** The message for `key` in a given language: for text written to someone else (a WhatsApp message). */
  const translate: Translate<Key> = (lang, key, params) =>
    isOwn(key) ? interpolate(own[lang][key], params) : parent(lang, key as Parent, params);
  /** The message for `key` in the chosen language; reactive when read inside JSX or an effect. */
  const t = (key: Key, params?: MessageParams) => translate(locale(), key, params);
  /** A plural message: `tn("quiz.points", 2)` reads "quiz.points.one" or "quiz.points.other". */
  const tn = (key: PluralOf<Key>, count: number, params?: MessageParams) =>
    t(`${key}.${count === 1 ? "one" : "other"}` as Key, { count, ...params });
  return { t, tn, translate };
}
