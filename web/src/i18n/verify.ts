import { t as baseT, interpolate, locale, type MessageKey, type MessageParams } from "./index";
import { en } from "./verify-en";
import { id, type VerifyKey } from "./verify-id";

// The verify pages' words and the certificate statuses, in their own small dictionaries loaded with
// the pages that show them. This `t` reads both these and the shared dictionary.

export type { VerifyKey } from "./verify-id";
export type Key = MessageKey | VerifyKey;

function isVerifyKey(key: string): key is VerifyKey {
  return key in id;
}

/** The message for `key` (a verify or a shared key) in the chosen language; reactive. */
export function t(key: Key, params?: MessageParams): string {
  if (isVerifyKey(key)) return interpolate((locale() === "en" ? en : id)[key], params);
  return baseT(key, params);
}
