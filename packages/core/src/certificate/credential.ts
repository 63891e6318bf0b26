import type { JWK } from "jose";
import { alg, jose, legacyAlg, signingKey } from "./keys";
import { contexts, type Links, schemaUrl } from "./links";

/** What a credential says, taken from the certificate item (its issuance snapshot). */
export interface CredentialSource {
  code: string;
  holderName: string;
  subjectId: string;
  courseId: string;
  courseTitle: string;
  courseSummary: string;
  trainerName: string;
  issuerName: string;
  durationMinutes: number;
  /** Whole seconds, so the JWT's `nbf` equals it exactly. */
  validFrom: string;
}

/** Minutes as jam pelajaran (JP), the 45-minute lesson hour Indonesian training certificates count in. */
export const jp = (minutes: number) => Math.max(1, Math.ceil(minutes / 45));

/** An ISO date-time cut to whole seconds, written without milliseconds. */
export const wholeSeconds = (iso: string) =>
  new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString().replace(".000Z", "Z");

/** The course's OB 3.0 Achievement: what the certificate recognises, with its badge and criteria. */
export function achievement(
  course: { courseId: string; title: string; summary: string; trainerName: string; durationMinutes: number },
  link: Links,
) {
  return {
    id: link.achievement(course.courseId),
    type: ["Achievement"],
    achievementType: "Course",
    name: course.title,
    description: course.summary,
    criteria: {
      id: link.course(course.courseId),
      narrative: `Menyelesaikan seluruh pelajaran wajib kursus "${course.title}" (${jp(course.durationMinutes)} JP, pelatih: ${course.trainerName}), lulus kuisnya dan lembar kerjanya diterima pelatih.`,
    },
    image: { id: link.achievementImage(course.courseId), type: "Image", caption: `Lencana ${course.title}` },
    inLanguage: "id",
  };
}

/** The Open Badges 3.0 OpenBadgeCredential (OB 3.0 §B.1.2 AchievementCredential). */
export function buildCredential(source: CredentialSource, link: Links) {
  return {
    "@context": contexts,
    id: link.credential(source.code),
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: `Sertifikat: ${source.courseTitle}`,
    issuer: { id: link.issuer, type: ["Profile"], name: source.issuerName, url: link.base },
    validFrom: source.validFrom,
    credentialSubject: {
      id: source.subjectId,
      type: ["AchievementSubject"],
      // OB 3.0 IdentityObject: identityType "name" (IdentifierTypeEnum), the plain name, not hashed.
      identifier: [
        { type: "IdentityObject", identityType: "name", hashed: false, identityHash: source.holderName },
      ],
      achievement: achievement(
        {
          courseId: source.courseId,
          title: source.courseTitle,
          summary: source.courseSummary,
          trainerName: source.trainerName,
          durationMinutes: source.durationMinutes,
        },
        link,
      ),
    },
    credentialSchema: [{ id: schemaUrl, type: "1EdTechJsonSchemaValidator2019" }],
    credentialStatus: { id: link.revocationList, type: "1EdTechRevocationList" },
  };
}
export type OpenBadgeCredential = ReturnType<typeof buildCredential>;

/**
 * OB 3.0 §8.2 JSON Web Token Proof Format: the credential in the `vc` claim; `iss`, `jti`, `sub` and
 * `nbf` equal issuer.id, id, credentialSubject.id and validFrom; the kid is the key's own URL.
 */
export async function signCredential(source: CredentialSource, link: Links) {
  const key = await signingKey();
  const vc = buildCredential(source, link);
  const kid = link.key(key.name);
  const { SignJWT } = await jose();
  const jwt = await new SignJWT({ vc })
    .setProtectedHeader({ alg, kid, typ: "JWT" })
    .setIssuer(vc.issuer.id)
    .setJti(vc.id)
    .setSubject(vc.credentialSubject.id)
    .setNotBefore(Date.parse(vc.validFrom) / 1000)
    .sign(key.privateKey);
  return { jwt, kid: key.name };
}

/** Which group of checks failed (the verify page lists them in this order) and the exact reason. */
export const checks = ["algorithm", "key", "signature", "issuer", "claims", "validity"] as const;
export type Check = (typeof checks)[number];
export type Failure = { failed: Check; reason: string };

const fail = (failed: Check, reason: string): Failure => ({ failed, reason });
const seconds = (iso: unknown) => (typeof iso === "string" ? Date.parse(iso) / 1000 : Number.NaN);

/**
 * Checks a VC-JWT the way OB 3.0 §8.2.4 asks, trusting only `trustedIssuer` and the keys `findKey`
 * returns for a kid: the algorithm, the key, the signature, the issuer, each claim against the
 * credential, and the validity window. Returns the credential, or the first failure.
 */
export async function checkJwt(
  jwt: string,
  trustedIssuer: string,
  findKey: (kid: string, alg: string) => Promise<JWK | Failure>,
): Promise<{ vc: Record<string, unknown> & OpenBadgeCredential; legacy: boolean } | Failure> {
  const { decodeProtectedHeader, errors, importJWK, jwtVerify } = await jose();
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    return fail("algorithm", "not_jwt");
  }
  if (header.alg !== alg && header.alg !== legacyAlg) return fail("algorithm", "algorithm_not_allowed");
  if (typeof header.kid !== "string" || !header.kid) return fail("key", "kid_missing");
  const jwk = await findKey(header.kid, header.alg);
  if ("failed" in jwk) return jwk;
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(jwt, await importJWK(jwk, header.alg), {
      algorithms: [header.alg],
      clockTolerance: 5,
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return fail("validity", "expired");
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === "nbf")
      return fail("validity", "not_yet_valid");
    return fail("signature", "signature_mismatch");
  }
  const vc = payload.vc as (Record<string, unknown> & OpenBadgeCredential) | undefined;
  if (!vc || typeof vc !== "object") return fail("claims", "vc_missing");
  if (payload.iss !== trustedIssuer) return fail("issuer", "issuer_untrusted");
  if (vc.issuer?.id !== payload.iss) return fail("claims", "iss_mismatch");
  if (typeof payload.jti !== "string" || vc.id !== payload.jti) return fail("claims", "jti_mismatch");
  if (typeof payload.sub !== "string" || vc.credentialSubject?.id !== payload.sub)
    return fail("claims", "sub_mismatch");
  const legacy = header.alg === legacyAlg;
  // Ed25519 certificates were signed with nbf cut from a validFrom that carried milliseconds.
  const validFrom = legacy ? Math.floor(seconds(vc.validFrom)) : seconds(vc.validFrom);
  if (typeof payload.nbf !== "number" || payload.nbf !== validFrom) return fail("claims", "nbf_mismatch");
  const validUntil = (vc as { validUntil?: unknown }).validUntil;
  if (validUntil !== undefined || payload.exp !== undefined) {
    if (payload.exp !== seconds(validUntil)) return fail("claims", "exp_mismatch");
    if (seconds(validUntil) * 1000 < Date.now()) return fail("validity", "expired");
  }
  if (seconds(vc.validFrom) * 1000 > Date.now() + 5000) return fail("validity", "not_yet_valid");
  return { vc, legacy };
}
