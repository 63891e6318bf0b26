/**
 * A certificate code: a 2–6 letter prefix and three groups of four, read aloud and typed by hand, so
 * the alphabet leaves out 0/O and 1/I/L (31^12 ≈ 2^59 codes). Plain data with no imports: the web app
 * bundles this same module to read codes as people type them.
 */
export const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

const group = "[2-9A-HJKMNP-Z]{4}";
export const codePattern = new RegExp(`^[A-Z]{2,6}-${group}-${group}-${group}$`);
