/**
 * The kinds of file members upload: the types each accepts (checked by content on the server), the
 * name endings a file picker offers, and the size limit. Plain data with no imports, so the web app
 * bundles this same module and refuses a file that is too large before a byte is sent.
 */
const MB = 1024 * 1024;

export const kindLimits = {
  image: {
    types: ["image/png", "image/jpeg", "image/webp"],
    extensions: [".png", ".jpg", ".jpeg", ".webp"],
    maxBytes: 5 * MB,
  },
  document: { types: ["application/pdf"], extensions: [".pdf"], maxBytes: 25 * MB },
  video: { types: ["video/mp4", "video/webm"], extensions: [".mp4", ".webm"], maxBytes: 500 * MB },
  package: { types: ["application/zip"], extensions: [".zip"], maxBytes: 100 * MB },
} as const;

export type UploadKind = keyof typeof kindLimits;
