/**
 * How long a new password must be. Plain data with no imports: the account schemas and the web's forms
 * read the same numbers, so a form never lets through a password the server refuses.
 */
export const passwordLength = { min: 8, max: 128 } as const;
