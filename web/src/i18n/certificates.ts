import { en } from "./certificates-en";
import { type CertificatesKey, id } from "./certificates-id";
import {
  translate as baseTranslate,
  interpolate,
  type Locale,
  locale,
  type MessageKey,
  type MessageParams,
} from "./index";
import { type VerifyKey, t as verifyT } from "./verify";

// "Sertifikat saya"'s words live in their own dictionaries, loaded with that page, so the catalog's
// first download does not carry them. This `t` reads these, the verify words (statuses) and the
// shared dictionary, so the page needs no other.

export type { CertificatesKey } from "./certificates-id";
export type Key = MessageKey | VerifyKey | CertificatesKey;

function isCertificatesKey(key: string): key is CertificatesKey {
  return key in id;
}

/** The message for a certificates or shared key in a given language: for text written to others. */
export function translate(lang: Locale, key: CertificatesKey | MessageKey, params?: MessageParams): string {
  if (isCertificatesKey(key)) return interpolate((lang === "en" ? en : id)[key], params);
  return baseTranslate(lang, key, params);
}

/** The message for `key` in the chosen language; reactive. */
export function t(key: Key, params?: MessageParams): string {
  if (isCertificatesKey(key)) return translate(locale(), key, params);
  return verifyT(key, params);
}
