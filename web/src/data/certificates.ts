import { type AnswerOf, call, client, query } from "./api";
import type { Page } from "./courses";
import { fillPage } from "./paging";
import type { CertificateView } from "./verify";

/**
 * Certificates: the holder's own list, and the association's list with revocation and approval.
 * Looking a code or a credential up is in data/verify.ts; reading a typed code in
 * data/certificate-code.ts.
 */

export type { CertificateStatus, CertificateView, CredentialCheck } from "./verify";

export function myCertificates(): Promise<{ items: CertificateView[] }> {
  return call(client.me.certificates.$get());
}

const adminPageSize = 20;

/** The association's list, newest first; `q` matches the code, the holder's name and the course title. */
export function listCertificates(q: string, cursor?: string): Promise<Page<CertificateView>> {
  // A search filters one page at a time on the server: bigger pages, and asking again until a
  // screenful of matches arrived.
  return fillPage(
    (from) =>
      call(
        client.admin.certificates.$get({ query: query({ q, cursor: from, limit: q ? 100 : adminPageSize }) }),
      ),
    cursor,
    adminPageSize,
  );
}

export function revokeCertificate(code: string, reason: string): Promise<CertificateView> {
  return call(client.admin.certificates[":code"].revoke.$post({ param: { code }, json: { reason } }));
}

export function approveCertificate(code: string): Promise<CertificateView> {
  return call(client.admin.certificates[":code"].approve.$post({ param: { code } }));
}

export type CredentialResult = AnswerOf<typeof client.verify.$post>;

/** Checks a signed credential (VC-JWT): 400 credential_not_jwt, 413 over 64 KB. */
export function verifyCredential(credential: string): Promise<CredentialResult> {
  return call(client.verify.$post({ json: { credential: credential.trim() } }));
}
