/**
 * The headers of every HTML answer (docs/decisions/0011), one definition for local mode
 * (local/server.ts) and CloudFront's response headers policy (stacks/web.ts). `uploadOrigin` is
 * where presigned file URLs point: s3rver locally, the bucket's S3 host on AWS.
 */
export function contentSecurityPolicy(uploadOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // blob: for previews of a picture being uploaded (URL.createObjectURL), made by the page itself.
    `img-src 'self' blob: ${uploadOrigin}`,
    `media-src 'self' ${uploadOrigin}`,
    `connect-src 'self' ${uploadOrigin}`,
    "frame-src https://www.youtube-nocookie.com",
    "font-src 'self'",
    // The service worker and the web app manifest of the installable app (ADR 17).
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const referrerPolicy = "strict-origin-when-cross-origin";

export function pageHeaders(uploadOrigin: string): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(uploadOrigin),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": referrerPolicy,
    "X-Frame-Options": "DENY",
  };
}
