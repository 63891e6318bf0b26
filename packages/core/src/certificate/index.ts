import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";
import { createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify, SignJWT } from "jose";
import * as v from "valibot";
import type { Actor } from "../actor/index";
import * as Association from "../association/index";
import * as Course from "../course/index";
import { isConditionFailure, page, pageEntries, service } from "../db/index";
import { conflict, DomainError, invalid, notFound } from "../error/index";
import * as Report from "../report/index";
import * as User from "../user/index";
import { jwks, resetSigningKey, signingKey } from "./keys";

export { renderPdf } from "./pdf";
export { jwks, resetSigningKey };

/** Read aloud and typed by hand: no 0/O/1/I/L. Three groups of four: 31^12 ≈ 2^59 codes. */
const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newCode(prefix: string): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join(""),
  );
  return [prefix.toUpperCase(), ...groups].join("-");
}

/** A code as typed: any case, spaces instead of dashes; checked before any storage lookup. */
export const codeSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.transform((code) => code.replace(/[\s_]+/g, "-")),
  v.regex(/^[A-Z]{2,6}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/),
);
export const codeParams = v.object({ code: codeSchema });

export const revokeInput = v.strictObject({
  reason: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(500)),
});
export const listInput = v.object({
  ...pageEntries,
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
});

/** Credentials bigger than this are refused unread (413). */
export const maxCredentialBytes = 64 * 1024;
export const verifyInput = v.strictObject({ credential: v.pipe(v.string(), v.trim(), v.minLength(1)) });

type CertificateItem = NonNullable<Awaited<ReturnType<typeof get>>>;

async function get(code: string) {
  return (await service.entities.Certificate.get({ code }).go()).data;
}

const now = () => new Date().toISOString();
const placeOf = (item: { regency?: string; sector?: string; courseId: string; courseTitle: string }) => ({
  regency: item.regency,
  sector: item.sector,
  course: { id: item.courseId, title: item.courseTitle },
});

export const verifyUrl = (association: Association.Profile, code: string) =>
  `${association.issuerUrl}/verify/${code}`;
const credentialId = (association: Association.Profile, code: string) =>
  `${association.issuerUrl}/api/certificates/${code}/credential`;

/**
 * Issues the certificate of a completed enrollment, exactly once: the claim on the enrollment is a
 * conditional create, and a retry (or a racing request) reuses the claimed code. Courses that need
 * the association's approval get a pending certificate.
 */
export async function issueFor(enrollment: { userId: string; courseId: string; completedAt: string }) {
  const association = await Association.profile();
  const candidate = newCode(association.shortName);
  const code = await service.entities.CertificateClaim.create({ ...enrollment, code: candidate })
    .go()
    .then(() => candidate)
    .catch(async (error: unknown) => {
      if (!isConditionFailure(error)) throw error;
      const { data } = await service.entities.CertificateClaim.get(enrollment).go();
      return data?.code as string;
    });
  const existing = await get(code);
  if (existing) return existing;
  const [user, head] = await Promise.all([User.get(enrollment.userId), Course.head(enrollment.courseId)]);
  if (!user || !head) throw notFound("certificate_source_missing");
  // A course's own trainer is never certified by it alone: an admin decides (ADR 0013).
  const status = head.certificateApproval || head.trainerId === user.userId ? "pending" : "valid";
  const issuedAt = enrollment.completedAt;
  const enrolled = (
    await service.entities.Enrollment.get({ userId: user.userId, courseId: head.courseId }).go()
  ).data;
  const base = {
    code,
    userId: user.userId,
    courseId: head.courseId,
    holderName: user.name,
    regency: enrolled?.regency,
    sector: enrolled?.sector,
    courseTitle: head.title,
    courseSummary: head.summary,
    trainerName: head.trainerName,
    issuerName: association.name,
    status,
    issuedAt,
    searchText: User.foldText(`${code} ${user.name} ${head.title}`),
  } as const;
  const signed = await sign(
    association,
    base,
    user.phone ?? user.email ?? user.userId,
    user.phone ? "phoneNumber" : "emailAddress",
  );
  const created = await service.entities.Certificate.create({
    ...base,
    credential: signed.jwt,
    kid: signed.kid,
  })
    .go()
    .then(() => true)
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
      return false;
    });
  if (created) await Report.count("certificatesIssued", { ...placeOf(base), at: issuedAt });
  return (await get(code)) as CertificateItem;
}

/** The Open Badges 3.0 OpenBadgeCredential, signed as a VC-JWT (EdDSA) with the current key. */
async function sign(
  association: Association.Profile,
  certificate: {
    code: string;
    holderName: string;
    courseId: string;
    courseTitle: string;
    courseSummary: string;
    trainerName: string;
    issuedAt: string;
  },
  identity: string,
  identityType: "phoneNumber" | "emailAddress",
) {
  const key = await signingKey();
  const salt = randomBytes(16).toString("hex");
  const id = credentialId(association, certificate.code);
  const subjectId = `urn:uuid:${randomUUID()}`;
  const issuer = Association.issuerId(association);
  const credential = {
    "@context": [
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    id,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: `Sertifikat: ${certificate.courseTitle}`,
    issuer: { id: issuer, type: ["Profile"], name: association.name, url: association.issuerUrl },
    validFrom: certificate.issuedAt,
    credentialSubject: {
      id: subjectId,
      type: ["AchievementSubject"],
      name: certificate.holderName,
      identifier: [
        {
          type: "IdentityObject",
          identityHash: `sha256$${createHash("sha256")
            .update(identity + salt)
            .digest("hex")}`,
          identityType,
          hashed: true,
          salt,
        },
      ],
      achievement: {
        id: `${association.issuerUrl}/courses/${certificate.courseId}`,
        type: ["Achievement"],
        name: certificate.courseTitle,
        description: certificate.courseSummary,
        criteria: {
          narrative: `Menyelesaikan seluruh pelajaran wajib kursus "${certificate.courseTitle}" (pelatih: ${certificate.trainerName}), lulus kuisnya dan lembar kerjanya diterima pelatih.`,
        },
      },
    },
    credentialStatus: {
      id: `${association.issuerUrl}/api/certificates/${certificate.code}/status`,
      type: "1EdTechRevocationList",
    },
  };
  // OB 3.0 VC-JWT: the credential in the `vc` claim; iss, jti, sub and nbf mirror its issuer, id, subject and validFrom.
  const jwt = await new SignJWT({ vc: credential })
    .setProtectedHeader({ alg: "EdDSA", kid: key.kid, typ: "JWT" })
    .setIssuer(issuer)
    .setJti(id)
    .setSubject(subjectId)
    .setNotBefore(Math.floor(Date.parse(certificate.issuedAt) / 1000))
    .setIssuedAt()
    .sign(key.privateKey);
  return { jwt, kid: key.kid };
}

function toView(item: CertificateItem, association: Association.Profile) {
  return {
    code: item.code,
    status: item.status,
    holder: item.holderName ?? null,
    course: { id: item.courseId, title: item.courseTitle },
    trainer: item.trainerName,
    issuer: { name: item.issuerName, url: association.issuerUrl },
    issuedAt: item.issuedAt,
    approvedAt: item.approvedAt ?? null,
    revokedAt: item.revokedAt ?? null,
    revokeReason: item.revokeReason ?? null,
    verifyUrl: verifyUrl(association, item.code),
  };
}
export type View = ReturnType<typeof toView>;

/** The public answer for a code: valid, pending or revoked (with date and reason). One GetItem, plus the profile. */
export async function verifyCode(code: string) {
  const [item, association] = await Promise.all([get(code), Association.profile()]);
  if (!item) throw notFound("certificate_not_found");
  return toView(item, association);
}

export async function mine(actor: Actor) {
  const [{ data }, association] = await Promise.all([
    service.entities.Certificate.query.byUser({ userId: actor.userId }).go({ pages: "all", order: "desc" }),
    Association.profile(),
  ]);
  return { items: data.map((item) => toView(item, association)) };
}

/** The signed credential, for its holder's download and anyone holding the code. */
export async function credential(code: string) {
  const item = await get(code);
  if (!item?.credential) throw notFound("certificate_not_found");
  return item.credential;
}

export async function list(input: v.InferOutput<typeof listInput>) {
  const words = User.foldText(input.q ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
  const [result, association] = await Promise.all([
    page(input.cursor, () =>
      service.entities.Certificate.query
        .byIssued({})
        .where((attr, op) => words.map((word) => op.contains(attr.searchText, word)).join(" AND "))
        .go({ cursor: input.cursor ?? null, limit: input.limit, order: "desc" }),
    ),
    Association.profile(),
  ]);
  return { items: result.data.map((item) => toView(item, association)), cursor: result.cursor };
}

export async function revoke(code: string, input: v.InferOutput<typeof revokeInput>) {
  const at = now();
  const { data } = await service.entities.Certificate.patch({ code })
    .set({ status: "revoked", revokedAt: at, revokeReason: input.reason })
    .where((attr, op) => op.ne(attr.status, "revoked"))
    .go({ response: "all_new" })
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
      throw conflict("certificate_already_revoked");
    });
  await Report.count("certificatesRevoked", { ...placeOf(data as CertificateItem), at });
  return verifyCode(code);
}

export async function approve(code: string) {
  await service.entities.Certificate.patch({ code })
    .set({ status: "valid", approvedAt: now() })
    .where((attr, op) => op.eq(attr.status, "pending"))
    .go()
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
      throw conflict("certificate_not_pending");
    });
  return verifyCode(code);
}

/** The credential's status entry (credentialStatus.id): revoked or not, right now. */
export async function status(code: string) {
  const view = await verifyCode(code);
  return {
    id: `${view.issuer.url}/api/certificates/${code}/status`,
    code,
    status: view.status,
    revoked: view.status === "revoked",
    revokedAt: view.revokedAt,
    reason: view.revokeReason,
  };
}

/**
 * Checks a credential someone holds: EdDSA only, signed by a key in our JWKS, issued by us, inside
 * its validity window, and not revoked. Says which check failed.
 */
export async function verifyCredential(jwt: string) {
  if (Buffer.byteLength(jwt) > maxCredentialBytes)
    throw new DomainError("too_large", "credential_too_large", { limit: 64 });
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(jwt)) throw invalid("credential_not_jwt");
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    throw invalid("credential_not_jwt");
  }
  const fail = (check: string) => ({ valid: false as const, failed: check, certificate: null });
  if (header.alg !== "EdDSA") return fail("algorithm");
  const keys = await jwks();
  if (!header.kid || !keys.keys.some((key) => key.kid === header.kid)) return fail("key");
  const association = await Association.profile();
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(jwt, createLocalJWKSet(keys), { algorithms: ["EdDSA"] }));
  } catch (error) {
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === "nbf") return fail("validity");
    if (error instanceof errors.JWTExpired) return fail("validity");
    return fail("signature");
  }
  if (payload.iss !== Association.issuerId(association)) return fail("issuer");
  const code = /\/api\/certificates\/([^/]+)\/credential$/.exec(String(payload.jti ?? ""))?.[1];
  const item = code ? await get(code) : null;
  if (!item) return fail("revocation");
  const view = toView(item, association);
  if (item.status !== "valid")
    return {
      valid: false as const,
      failed: item.status === "revoked" ? "revocation" : "pending",
      certificate: view,
    };
  return { valid: true as const, failed: null, certificate: view };
}

/** Takes the holder's name and credential off their certificates when they delete their account. */
export async function forgetHolder(userId: string) {
  const { data } = await service.entities.Certificate.query.byUser({ userId }).go({ pages: "all" });
  for (const item of data) {
    await service.entities.Certificate.patch({ code: item.code })
      .remove(["holderName", "credential"])
      .set({ searchText: User.foldText(`${item.code} ${item.courseTitle}`) })
      .go();
  }
}
