import { LocalProblem } from "../components/form";
import { en } from "./authoring-en";
import { type AuthoringKey, id } from "./authoring-id";
import { t as baseT, interpolate, locale, type MessageKey, type MessageParams } from "./index";

// The course editor's and the course review's words live in their own dictionaries, loaded with
// those pages, so the catalog's first download does not carry them. This `t` reads both these and
// the shared dictionary, so the pages that import it need no other.

export type { AuthoringKey } from "./authoring-id";
export type Key = MessageKey | AuthoringKey;

function isAuthoringKey(key: string): key is AuthoringKey {
  return key in id;
}

/** The message for `key` (an authoring or a shared key) in the chosen language; reactive. */
export function t(key: Key, params?: MessageParams): string {
  if (isAuthoringKey(key)) return interpolate((locale() === "en" ? en : id)[key], params);
  return baseT(key, params);
}

type PluralKey = {
  [K in Key]: K extends `${infer Base}.other` ? Base : never;
}[Key];

/** A plural message: `tn("quiz.points", 2)` reads "quiz.points.one" or "quiz.points.other". */
export function tn(key: PluralKey, count: number, params?: MessageParams): string {
  return t(`${key}.${count === 1 ? "one" : "other"}` as Key, { count, ...params });
}

/** A problem found before sending a form, in this dictionary's words (shown by FormError). */
export function problem(key: Key, params?: MessageParams): LocalProblem {
  return new LocalProblem(() => t(key, params));
}
