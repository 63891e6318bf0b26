import { type Locale, locale } from "../i18n";

/** "+6281234567890" → "0812-3456-7890": how members write and read their own number. */
export function formatPhone(e164: string): string {
  if (!e164.startsWith("+62")) return e164;
  const local = `0${e164.slice(3)}`;
  return local.replace(/^(\d{4})(\d{4})(\d+)$/, "$1-$2-$3");
}

function format(iso: string, options: Intl.DateTimeFormatOptions, lang: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", options).format(date);
}

/** "12 Maret 2025". */
export function formatDate(iso: string, lang: Locale = locale()): string {
  return format(iso, { dateStyle: "long" }, lang);
}

/** "12 Mar 2025 14.30". */
export function formatDateTime(iso: string, lang: Locale = locale()): string {
  return format(iso, { dateStyle: "medium", timeStyle: "short" }, lang);
}
