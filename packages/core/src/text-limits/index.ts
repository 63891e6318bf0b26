/**
 * The longest text each field takes, in characters. Plain data with no imports: the server's schemas
 * and the web's inputs (`maxLength`, `pattern`) read the same numbers, so a form never lets through
 * text the server refuses.
 */
export const textLimits = {
  name: 100,
  phone: 30,
  businessName: 120,
  associationAddress: 300,
  /** A course's, a module's or a lesson's title. */
  title: 200,
  /** A course's or a module's summary. */
  summary: 500,
  /** A course's description, a video's or a document's text, a worksheet's prompt (Markdown). */
  markdown: 20_000,
  /** A reading lesson's body (Markdown). */
  lessonText: 100_000,
  quizPrompt: 2000,
  quizOption: 500,
  worksheetLabel: 200,
  worksheetHelp: 500,
  worksheetFieldName: 40,
} as const;

/** A worksheet field's name: a letter, then letters and digits (up to `textLimits.worksheetFieldName`). */
export const worksheetFieldNamePattern = "[a-zA-Z][a-zA-Z0-9]*";
