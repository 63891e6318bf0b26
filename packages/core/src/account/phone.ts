/**
 * Indonesian phone numbers as members type them (0812-3456-7890, +62 812 3456 7890, 6281234567890,
 * +62 0812 3456 7890)
 * to E.164 (+6281234567890). Returns undefined when it is not a plausible Indonesian number.
 */
export function toE164(input: string): string | undefined {
  const compact = input.trim().replace(/[\s\-.()]/g, "");
  let national: string;
  if (compact.startsWith("+62")) national = compact.slice(3);
  else if (compact.startsWith("62")) national = compact.slice(2);
  else if (compact.startsWith("0")) national = compact.slice(1);
  else return undefined;
  // "+62 0812…": the country code written before the trunk 0, as members often do.
  if (compact.startsWith("+620") || compact.startsWith("620")) national = national.slice(1);
  // Mobile numbers are 8xx followed by 7–10 digits; landlines start 2–7 with an area code.
  return /^[2-9]\d{7,11}$/.test(national) ? `+62${national}` : undefined;
}

/** Whether a login identifier is an email address (else it is taken as a phone number). */
export const isEmail = (identifier: string) => identifier.includes("@");
