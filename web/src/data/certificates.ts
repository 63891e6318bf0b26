import { api, type RequestOptions } from "./api";
import type { Page } from "./courses";
import { fillPage } from "./paging";
import { noteUnauthenticated } from "./session";
import type { CertificateView } from "./verify";

/**
 * Certificates: the holder's own list, and the association's list with revocation and approval.
 * Looking a code or a credential up is in data/verify.ts; reading a typed code in
 * data/certificate-code.ts.
 */

export type { CertificateStatus, CertificateView, CredentialCheck, CredentialResult } from "./verify";

async function call<T>(path: string, options?: RequestOptions): Promise<T> {
  try {
    return await api<T>(path, options);
  } catch (failure) {
    noteUnauthenticated(failure);
    throw failure;
  }
}

export function myCertificates(): Promise<{ items: CertificateView[] }> {
  return call("/api/me/certificates");
}

const adminPageSize = 20;

/** The association's list, newest first; `q` matches the code, the holder's name and the course title. */
export function listCertificates(q: string, cursor?: string): Promise<Page<CertificateView>> {
  // A search filters one page at a time on the server: bigger pages, and asking again until a
  // screenful of matches arrived.
  return fillPage(
    (from) =>
      call<Page<CertificateView>>("/api/admin/certificates", {
        query: { q, cursor: from, limit: q ? 100 : adminPageSize },
      }),
    cursor,
    adminPageSize,
  );
}

export function revokeCertificate(code: string, reason: string): Promise<CertificateView> {
  return call(`/api/admin/certificates/${encodeURIComponent(code)}/revoke`, {
    method: "POST",
    body: { reason },
  });
}

export function approveCertificate(code: string): Promise<CertificateView> {
  return call(`/api/admin/certificates/${encodeURIComponent(code)}/approve`, { method: "POST" });
}
