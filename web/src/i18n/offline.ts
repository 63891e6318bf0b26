import { interpolate, locale, type MessageParams } from "./index";
import { en } from "./offline-en";
import { id, type OfflineKey } from "./offline-id";

export type { OfflineKey } from "./offline-id";

/** The message for an offline `key` in the chosen language; reactive. */
export function t(key: OfflineKey, params?: MessageParams): string {
  return interpolate((locale() === "en" ? en : id)[key], params);
}

/** A plural message: `tn("offline.state.pending", 2)`. */
export function tn(key: "offline.state.pending", count: number): string {
  return t(`${key}.${count === 1 ? "one" : "other"}`, { count });
}
