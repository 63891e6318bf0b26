import { createSignal } from "solid-js";
import { type Dictionary, id, type MessageKey } from "./id";

export type { MessageKey } from "./id";
export type Locale = "id" | "en";
export type MessageParams = Record<string, string | number>;

export const locales: readonly Locale[] = ["id", "en"];
// Bahasa Indonesia is in the first download; English (about 5 KB gzip) loads for those who choose it.
const dictionaries: Partial<Record<Locale, Dictionary>> = { id };
const loaders: Record<Locale, () => Promise<Dictionary>> = {
  id: async () => id,
  en: async () => (await import("./en")).en,
};
const storageKey = "berdaya.lang";

function isLocale(value: unknown): value is Locale {
  return value === "id" || value === "en";
}

// localStorage throws in some privacy modes and embedded webviews: a missing choice just means "id".
function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(storageKey);
    if (isLocale(value)) return value;
  } catch {}
  return "id";
}

const [locale, setLocaleSignal] = createSignal<Locale>("id");

export { locale };

/** Switches the app's language once its dictionary is loaded, and remembers the choice. */
export async function setLocale(next: Locale): Promise<void> {
  dictionaries[next] ??= await loaders[next]();
  setLocaleSignal(next);
  document.documentElement.lang = next;
  try {
    localStorage.setItem(storageKey, next);
  } catch {}
}

/** The remembered language with its dictionary: the app first renders when this settles. */
export const localeReady: Promise<void> = setLocale(storedLocale()).catch(() => {});

export function interpolate(message: string, params?: MessageParams): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** The message for `key` in the chosen language; reactive when read inside JSX or an effect. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(locale(), key, params);
}

/** The message for `key` in a given language, for text written to someone else (a WhatsApp message). */
export function translate(lang: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate((dictionaries[lang] ?? id)[key], params);
}

type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.other` ? Base : never;
}[MessageKey];

/** A plural message: `tn("course.lessons", 3)` reads "course.lessons.one" or "course.lessons.other". */
export function tn(key: PluralKey, count: number, params?: MessageParams): string {
  const form = count === 1 ? "one" : "other";
  return t(`${key}.${form}` as MessageKey, { count, ...params });
}

function hasKey(key: string): key is MessageKey {
  return key in id;
}

/** The message for a key made from a code (an API error's), or undefined when the dictionary has none. */
export function tMaybe(key: string, params?: MessageParams): string | undefined {
  return hasKey(key) ? t(key, params) : undefined;
}

/** Labels for values that come from the API: an unknown value is shown as it is rather than hidden. */
function label(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return hasKey(key) ? t(key) : value;
}

export const categoryLabel = (category: string) => label("category", category);
export const levelLabel = (level: string) => label("level", level);
export const languageLabel = (language: string) => label("language", language);
export const lessonKindLabel = (kind: string) => label("lesson.kind", kind);
export const sectorLabel = (sector: string) => label("sector", sector);
export const roleLabel = (role: string) => label("role", role);

/** "1 jam 20 menit" / "1 h 20 min". */
export function formatDuration(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t("duration.minutes", { minutes: rest });
  if (rest === 0) return t("duration.hours", { hours });
  return t("duration.hoursMinutes", { hours, minutes: rest });
}
