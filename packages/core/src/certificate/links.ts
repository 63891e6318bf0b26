/**
 * Every public URL a certificate names, built here and only here: the credential, its status list,
 * the issuer Profile, the signing keys, the achievement and its badge, the verify page and the PDF.
 * `issuerUrl` is the site's origin as the association configured it (no trailing slash).
 */
export const schemaUrl =
  "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

export const contexts = [
  "https://www.w3.org/ns/credentials/v2",
  "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
];

export function links(issuerUrl: string) {
  const base = issuerUrl.replace(/\/+$/, "");
  const keyPrefix = `${base}/api/keys/`;
  const credentialPrefix = `${base}/api/certificates/`;
  return {
    base,
    issuer: `${base}/api/issuer`,
    jwks: `${base}/.well-known/jwks.json`,
    revocationList: `${base}/api/revocations`,
    keyPrefix,
    key: (name: string) => `${keyPrefix}${encodeURIComponent(name)}`,
    credential: (code: string) => `${credentialPrefix}${code}/credential`,
    pdf: (code: string) => `${credentialPrefix}${code}/pdf`,
    verifyPage: (code: string) => `${base}/verify/${code}`,
    achievement: (courseId: string) => `${base}/api/achievements/${courseId}`,
    achievementImage: (courseId: string) => `${base}/api/achievements/${courseId}/image`,
    course: (courseId: string) => `${base}/courses/${courseId}`,
    /** The key name inside a kid of ours, or null when the kid is not a URL under our key prefix. */
    keyName(kid: string): string | null {
      if (!kid.startsWith(keyPrefix)) return null;
      const rest = kid.slice(keyPrefix.length);
      return rest && !rest.includes("/") ? decodeURIComponent(rest) : null;
    },
    /** The code inside a credential id of ours (jti), or null. */
    codeOf(credentialId: string): string | null {
      if (!credentialId.startsWith(credentialPrefix) || !credentialId.endsWith("/credential")) return null;
      const code = credentialId.slice(credentialPrefix.length, -"/credential".length);
      return code && !code.includes("/") ? code : null;
    },
  };
}
export type Links = ReturnType<typeof links>;

/** True when `url` is an absolute http(s) URL on another origin than the issuer's. */
export function onOtherOrigin(url: string, issuerUrl: string): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && parsed.origin !== new URL(issuerUrl).origin;
  } catch {
    return false;
  }
}
