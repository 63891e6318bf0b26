import { LocalProblem } from "../components/form";
import { en } from "./desk-en";
import { type DeskKey, id } from "./desk-id";
import { interpolate, locale, type MessageKey, type MessageParams } from "./index";
import { type VerifyKey, t as verifyT } from "./verify";

// The association desk's words (dashboard, members, certificates, profile) live in their own
// dictionaries, loaded with those pages, so the catalog's first download does not carry them. This
// `t` reads these, the certificate statuses and verify words and the shared dictionary.

export type { DeskKey } from "./desk-id";
export type Key = MessageKey | VerifyKey | DeskKey;

function isDeskKey(key: string): key is DeskKey {
  return key in id;
}

/** The message for `key` (a desk, a verify or a shared key) in the chosen language; reactive. */
export function t(key: Key, params?: MessageParams): string {
  if (isDeskKey(key)) return interpolate((locale() === "en" ? en : id)[key], params);
  return verifyT(key, params);
}

type PluralKey = {
  [K in Key]: K extends `${infer Base}.other` ? Base : never;
}[Key];

/** A plural message: `tn("members.shown", 2)` reads "members.shown.one" or "members.shown.other". */
export function tn(key: PluralKey, count: number, params?: MessageParams): string {
  return t(`${key}.${count === 1 ? "one" : "other"}` as Key, { count, ...params });
}

/** A problem found before sending a form, in this dictionary's words (shown by FormError). */
export function problem(key: Key, params?: MessageParams): LocalProblem {
  return new LocalProblem(() => t(key, params));
}
