/**
 * How long the reason for a decision must be: rejecting a trainer application or a course draft,
 * revoking a certificate. Plain data with no imports: the API's schemas and the web's forms read the
 * same numbers, so a form never sends a reason the server refuses.
 */
export const reasonLength = {
  min: 3,
  max: { application: 500, course: 1000, revocation: 500 },
} as const;
