import { randomBytes } from "node:crypto";
import * as v from "valibot";

const alphabet = "abcdefghijklmnopqrstuvwxyz234567";

/** A new random id: 16 characters of lowercase base32, 80 bits of randomness. */
export function newId(): string {
  const bytes = randomBytes(16);
  let id = "";
  for (const byte of bytes) id += alphabet[byte & 31];
  return id;
}

/** Ids in URLs: generated ids and the seed's readable slugs alike. Checked before any storage lookup. */
export const idSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{2,63}$/));
