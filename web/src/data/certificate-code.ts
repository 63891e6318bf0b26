import { codePattern } from "@berdaya/core/certificate/code";

/**
 * Reading a certificate code as people type and paste it, and the addresses that go with a code.
 * No requests here: the verify pages and "Sertifikat saya" share it without pulling in more.
 */

/**
 * A code as someone typed or pasted it, in the form the server stores: "bkl 7esj 77g9 6vwa",
 * "BKL7ESJ77G96VWA" and a link ending in "/verify/BKL-7ESJ-77G9-6VWA" all give
 * "BKL-7ESJ-77G9-6VWA". Undefined when what is left cannot be a code.
 */
export function normalizeCode(input: string): string | undefined {
  let text = input.trim();
  const fromLink = /\/verify\/([^/?#\s]+)/i.exec(text);
  if (fromLink?.[1]) {
    try {
      text = decodeURIComponent(fromLink[1]);
    } catch {
      text = fromLink[1];
    }
  }
  const upper = text.toUpperCase();
  const dashed = upper.replace(/[\s_]+/g, "-").replace(/-+/g, "-");
  if (codePattern.test(dashed)) return dashed;
  // Typed without separators: the last twelve characters are the three groups.
  const bare = upper.replace(/[^A-Z0-9]/g, "");
  if (bare.length >= 14 && bare.length <= 18) {
    const body = bare.slice(-12);
    const candidate = [bare.slice(0, -12), body.slice(0, 4), body.slice(4, 8), body.slice(8)].join("-");
    if (codePattern.test(candidate)) return candidate;
  }
  return undefined;
}

/** A compact signed credential (header.payload.signature), as pasted or read from its file. */
export function looksLikeCredential(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 40 && /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(trimmed);
}

/** The server refuses credentials over 64 KB (413): a file this large is not one of ours. */
export const maxCredentialBytes = 64 * 1024;

/** The PDF and the signed credential file: plain same-origin links, which the browser downloads. */
export const certificatePdfUrl = (code: string) => `/api/certificates/${encodeURIComponent(code)}/pdf`;
export const certificateCredentialUrl = (code: string) =>
  `/api/certificates/${encodeURIComponent(code)}/credential`;
export const verifyPath = (code: string) => `/verify/${encodeURIComponent(code)}`;
