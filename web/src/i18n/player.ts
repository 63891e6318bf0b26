import { LocalProblem } from "../components/form";
import { interpolate, locale, type MessageParams } from "./index";
import { type Key as LearnKey, t as learnT } from "./learn";
import { en } from "./player-en";
import { id, type PlayerKey } from "./player-id";

// The lesson player's words, on top of the shared learning dictionary and the app's own: the
// course page needs only the learning one, so the player's (the larger) stays out of its download.

export type { PlayerKey } from "./player-id";
export type Key = LearnKey | PlayerKey;

function isPlayerKey(key: string): key is PlayerKey {
  return key in id;
}

/** The message for `key` (a player, learning or shared key) in the chosen language; reactive. */
export function t(key: Key, params?: MessageParams): string {
  if (isPlayerKey(key)) return interpolate((locale() === "en" ? en : id)[key], params);
  return learnT(key, params);
}

type PluralKey = {
  [K in Key]: K extends `${infer Base}.other` ? Base : never;
}[Key];

/** A plural message: `tn("player.quiz.points", 2)` reads "player.quiz.points.one" or ".other". */
export function tn(key: PluralKey, count: number, params?: MessageParams): string {
  return t(`${key}.${count === 1 ? "one" : "other"}` as Key, { count, ...params });
}

/** A problem found before sending a form, in these dictionaries' words (shown by FormError). */
export function problem(key: Key, params?: MessageParams): LocalProblem {
  return new LocalProblem(() => t(key, params));
}
