/**
 * Words a guesser tries first: the 49,233 most common leaked passwords (zxcvbn-ts's common list) and
 * Indonesian words, names and Wikipedia terms (zxcvbn-ts's Indonesian pack). The lists (about 690 KB
 * of code) are imported on first use, so requests that never check a password neither load nor
 * parse them (docs/decisions/0015).
 */
let guessable: Promise<Set<string>> | undefined;
function guessableWords(): Promise<Set<string>> {
  guessable ??= Promise.all([import("@zxcvbn-ts/language-common"), import("@zxcvbn-ts/language-id")]).then(
    ([{ dictionary: common }, { dictionary: indonesian }]) =>
      new Set(
        [
          ...common["passwords-common"],
          ...indonesian["commonWords-id"],
          ...indonesian["names-id"],
          ...indonesian["wikipedia-id"],
          ...extra,
        ].map((word) => String(word).toLowerCase()),
      ),
  );
  return guessable;
}

/** Indonesian passwords seen in leaks that the packs above miss. */
const extra = ["sayang", "sayangku", "cintaku", "bismillah", "indonesia", "rahasia", "katasandi", "merdeka"];

export type PasswordProblem = "password_too_common" | "password_personal";

export interface Owner {
  name?: string;
  phone?: string;
  email?: string;
}

/**
 * Why a password is easy to guess, if it is: it is a common password, or one with digits or symbols
 * stuck around a common word ("sayang123", "qwerty12", "@password1"), has fewer than 4 distinct
 * characters, or is made of the member's own name, phone number or email.
 */
export async function passwordProblem(
  password: string,
  owner: Owner = {},
): Promise<PasswordProblem | undefined> {
  const lower = password.toLowerCase();
  const words = await guessableWords();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (words.has(lower) || (core.length >= 3 && words.has(core)) || new Set(lower).size < 4)
    return "password_too_common";
  const letters = lower.replace(/[^\p{L}]/gu, "");
  const nameParts = (owner.name ?? "")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((part) => part.length >= 3);
  const rest = nameParts.reduce((left, part) => left.replaceAll(part, ""), letters);
  if (letters && nameParts.length && !rest) return "password_personal";
  const national = owner.phone?.replace(/^\+62/, "");
  if (national && lower.replace(/\D/g, "").includes(national.slice(-8))) return "password_personal";
  const mailbox = owner.email?.split("@")[0]?.toLowerCase();
  if (mailbox && mailbox.length >= 4 && lower.includes(mailbox)) return "password_personal";
  return undefined;
}
