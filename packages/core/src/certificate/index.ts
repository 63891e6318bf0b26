import { randomInt, randomUUID } from "node:crypto";
import type { JWK } from "jose";
import * as v from "valibot";
import { type Actor, assertAdmin } from "../actor/index";
import * as Association from "../association/index";
import * as Course from "../course/index";
import { isConditionFailure, itemAt, page, pageEntries, service } from "../db/index";
import { conflict, DomainError, invalid, notFound } from "../error/index";
import * as FollowUp from "../follow-up/index";
import { idSchema } from "../id/index";
import { reasonLength } from "../reason/index";
import * as Report from "../report/index";
import * as Upload from "../upload/index";
import * as User from "../user/index";
import { codeAlphabet, codePattern } from "./code";
import {
  achievement,
  type Check,
  type CredentialSource,
  checkJwt,
  checks,
  signCredential,
  wholeSeconds,
} from "./credential";
import { alg, jwks as allKeys, legacyAlg, publicKey, resetSigningKey, signingKeySource } from "./keys";
import { contexts, links, onOtherOrigin } from "./links";

export { badgePng } from "./badge";
export { jp } from "./credential";
export { links } from "./links";
export { resetSigningKey, signingKeySource };

export function newCode(prefix: string): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join(""),
  );
  return [prefix.toUpperCase(), ...groups].join("-");
}

/** A code as typed: any case, spaces instead of dashes; checked before any storage lookup. */
export const codeSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.transform((code) => code.replace(/[\s_]+/g, "-")),
  v.regex(codePattern),
);
export const codeParams = v.object({ code: codeSchema });

export const revokeInput = v.strictObject({
  reason: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(reasonLength.min),
    v.maxLength(reasonLength.max.revocation),
  ),
});
export const listInput = v.object({
  ...pageEntries,
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
});

/** Credentials bigger than this are refused unread (413). */
export const maxCredentialBytes = 64 * 1024;
export const verifyInput = v.strictObject({ credential: v.pipe(v.string(), v.trim(), v.minLength(1)) });

const nullableString = v.nullable(v.string());

/** A certificate as the verify page, its holder and the association see it. */
export const viewSchema = v.object({
  code: v.string(),
  status: v.picklist(["pending", "valid", "revoked"]),
  /** Null once the holder deleted their account. */
  holder: nullableString,
  course: v.object({ id: v.string(), title: v.string() }),
  trainer: v.string(),
  issuer: v.object({ name: v.string(), url: v.string(), profile: v.string() }),
  signer: v.object({ name: v.string(), title: v.string() }),
  place: v.string(),
  durationJp: v.nullable(v.number()),
  issuedAt: v.string(),
  approvedAt: nullableString,
  revokedAt: nullableString,
  revokeReason: nullableString,
  verifyUrl: v.string(),
  credentialUrl: nullableString,
  pdfUrl: v.string(),
  imageUrl: v.string(),
  logoUploadId: nullableString,
  signatureUploadId: nullableString,
});
export type View = v.InferOutput<typeof viewSchema>;
export const mineSchema = v.object({ items: v.array(viewSchema) });
export const pageSchema = v.object({ items: v.array(viewSchema), cursor: nullableString });
export const statusSchema = v.object({
  code: v.string(),
  status: viewSchema.entries.status,
  revoked: v.boolean(),
  revokedAt: nullableString,
  reason: nullableString,
});
/** OB 3.0 §9.6.1 1EdTechRevocationList. */
export const revocationListSchema = v.object({
  id: v.string(),
  issuer: v.string(),
  revokedCredential: v.array(
    v.object({ id: v.string(), revoked: v.boolean(), revocationReason: v.string() }),
  ),
});
/** A public EC (ES256) or OKP (EdDSA, older certificates) key, RFC 7517 §4. */
export const jwkSchema = v.object({
  kty: v.string(),
  crv: v.optional(v.string()),
  x: v.optional(v.string()),
  y: v.optional(v.string()),
  kid: v.optional(v.string()),
  alg: v.optional(v.string()),
  use: v.optional(v.string()),
});
/** OB 3.0 Achievement (§B.1.1), with its creator Profile and JSON-LD context. */
export const achievementSchema = v.object({
  "@context": v.array(v.string()),
  id: v.string(),
  type: v.array(v.string()),
  achievementType: v.string(),
  name: v.string(),
  description: v.string(),
  criteria: v.object({ id: v.string(), narrative: v.string() }),
  image: v.object({ id: v.string(), type: v.string(), caption: v.string() }),
  inLanguage: v.string(),
  creator: v.object({ id: v.string(), type: v.array(v.string()), name: v.string() }),
});
export const badgeSchema = v.object({ uploadId: nullableString });
export const verifyResultSchema = v.object({
  valid: v.boolean(),
  /** The check that failed, in the order they run. */
  failed: v.nullable(v.picklist([...checks, "revocation", "pending"])),
  reason: nullableString,
  certificate: v.nullable(viewSchema),
});

type CertificateItem = NonNullable<Awaited<ReturnType<typeof get>>>;

/** A certificate's table key, as ElectroDB's `byCode` index makes it (index.test.ts compares them). */
export const keyOf = (code: string) => ({ pk: `$berdaya#code_${code.toLowerCase()}`, sk: "$certificate_1" });

/** One GetItem past ElectroDB's query builder: every verify and QR scan reads this way (Db.itemAt). */
async function get(code: string) {
  const Item = await itemAt(keyOf(code));
  return Item ? service.entities.Certificate.parse({ Item }).data : null;
}

const now = () => new Date().toISOString();
const placeOf = (item: { regency?: string; sector?: string; courseId: string; courseTitle: string }) => ({
  regency: item.regency,
  sector: item.sector,
  course: { id: item.courseId, title: item.courseTitle },
});

/** The member's stable pseudonymous subject id: set once, with a condition, at their first certificate. */
async function subjectIdOf(userId: string): Promise<string> {
  const user = await User.get(userId);
  if (!user) throw notFound("certificate_source_missing");
  if (user.subjectId) return user.subjectId;
  await User.patch(userId)
    .set({ subjectId: `urn:uuid:${randomUUID()}` })
    .where((attr, op) => op.notExists(attr.subjectId))
    .go()
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
  return (await User.get(userId))?.subjectId as string;
}

/** What the association's profile says now, as kept on a certificate at issuance. */
const snapshotOf = (association: Association.Profile) => ({
  issuerName: association.name,
  issuerUrl: association.issuerUrl,
  signerName: association.signerName,
  signerTitle: association.signerTitle,
  logoUploadId: association.logoUploadId,
  signatureUploadId: association.signatureUploadId,
  place: association.place ?? Association.defaultPlace,
});

/** Whether a certificate is from before it kept the whole profile it was issued with (then today's fills in). */
const needsProfile = (item: CertificateItem) =>
  !item.issuerUrl || item.signerName === undefined || item.signerTitle === undefined;

/**
 * The snapshot a certificate was issued with; certificates from before snapshots use the profile,
 * which the caller must then pass (see needsProfile).
 */
function issuedWith(item: CertificateItem, association?: Association.Profile) {
  const profile = () => {
    if (!association) throw new Error("the association's profile is needed for an old certificate");
    return association;
  };
  if (!item.issuerUrl) return { ...snapshotOf(profile()), issuerName: item.issuerName };
  return {
    issuerName: item.issuerName,
    issuerUrl: item.issuerUrl,
    signerName: item.signerName ?? profile().signerName,
    signerTitle: item.signerTitle ?? profile().signerTitle,
    logoUploadId: item.logoUploadId,
    signatureUploadId: item.signatureUploadId,
    place: item.place ?? Association.defaultPlace,
  };
}

function sourceOf(item: CertificateItem, subjectId: string): CredentialSource {
  return {
    code: item.code,
    holderName: item.holderName ?? "",
    subjectId,
    courseId: item.courseId,
    courseTitle: item.courseTitle,
    courseSummary: item.courseSummary,
    trainerName: item.trainerName,
    issuerName: item.issuerName,
    durationMinutes: item.durationMinutes ?? 0,
    validFrom: item.validFrom ?? wholeSeconds(item.issuedAt),
  };
}

/**
 * Issues the certificate of a completed enrollment, exactly once: the claim on the enrollment is a
 * conditional create, and a retry (or a racing request) reuses the claimed code. Courses that need
 * the association's approval get a pending certificate, signed only when approved.
 */
export async function issueFor(
  enrollment: {
    userId: string;
    courseId: string;
    completedAt: string;
    /** Where the member was when enrolling: the reports count the certificate there. */
    regency?: string;
    sector?: string;
  },
  /** The course's head, when the caller has just read it. */
  known?: Course.Head,
) {
  const association = await Association.profile();
  const candidate = newCode(association.shortName);
  const claim = { userId: enrollment.userId, courseId: enrollment.courseId };
  const code = await service.entities.CertificateClaim.create({ ...claim, code: candidate })
    .go()
    .then(() => candidate)
    .catch(async (error: unknown) => {
      if (!isConditionFailure(error)) throw error;
      const { data } = await service.entities.CertificateClaim.get(claim).go();
      return data?.code as string;
    });
  // A claim made just now has no certificate yet; an older claim may (a retry after a fault).
  const existing = code === candidate ? undefined : await get(code);
  if (existing) return settle(existing);
  const [user, head] = await Promise.all([
    User.get(enrollment.userId),
    known ?? Course.head(enrollment.courseId),
  ]);
  // A member who deleted their account is not certified afterwards (their pending work may still be
  // accepted): nothing to issue, so the follow-up is done.
  if (!user) return undefined;
  if (!head) throw notFound("certificate_source_missing");
  // A course's own trainer is never certified by it alone: an admin decides (ADR 0013).
  const status = head.certificateApproval || head.trainerId === user.userId ? "pending" : "valid";
  const issuedAt = enrollment.completedAt;
  const subjectId = await subjectIdOf(user.userId);
  const base = {
    code,
    userId: user.userId,
    courseId: head.courseId,
    holderName: user.name,
    regency: enrollment.regency,
    sector: enrollment.sector,
    courseTitle: head.title,
    courseSummary: head.summary,
    trainerName: head.trainerName,
    durationMinutes: head.durationMinutes,
    ...snapshotOf(association),
    subjectId,
    validFrom: wholeSeconds(issuedAt),
    status,
    issuedAt,
    searchText: User.foldText(`${code} ${user.name} ${head.title}`),
  } as const;
  const signed =
    status === "valid"
      ? await signCredential(sourceOf(base as CertificateItem, subjectId), links(association.issuerUrl))
      : null;
  await FollowUp.announce("certificate", code);
  await service.entities.Certificate.create({
    ...base,
    ...(signed ? { credential: signed.jwt, kid: signed.kid } : {}),
    followUps: ["issuedCounted"],
  })
    .go()
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
  return settle((await get(code)) as CertificateItem);
}

type Pending = "issuedCounted" | "revocationListed" | "revokedCounted";
const revocationSubject = (code: string) => `${code}#revoke`;
const subjectOf = (code: string, flag: Pending) =>
  flag === "issuedCounted" ? code : revocationSubject(code);

/**
 * Finishes what issuing or revoking left to do, each step idempotent, its flag cleared after it: the
 * revocation listed for verifiers, and both counted in the reports.
 */
async function settle(item: CertificateItem): Promise<CertificateItem> {
  const pending = (item.followUps ?? []) as Pending[];
  if (pending.includes("revocationListed")) {
    await listRevocation(item);
    await service.entities.Certificate.update({ code: item.code })
      .delete({ followUps: ["revocationListed"] })
      .go();
  }
  for (const flag of pending.filter((f) => f !== "revocationListed")) {
    const [counter, at] =
      flag === "issuedCounted"
        ? (["certificatesIssued", item.issuedAt] as const)
        : (["certificatesRevoked", item.revokedAt ?? item.issuedAt] as const);
    await Report.countOnce(
      counter,
      { ...placeOf(item), at },
      FollowUp.eventId("certificate", subjectOf(item.code, flag), flag),
    );
    await service.entities.Certificate.update({ code: item.code })
      .delete({ followUps: [flag] })
      .go();
  }
  // Issuance and revocation are announced apart, so finishing one never drops the other's announcement.
  if (pending.includes("issuedCounted")) await FollowUp.settled("certificate", item.code);
  if (pending.includes("revokedCounted")) await FollowUp.settled("certificate", revocationSubject(item.code));
  return pending.length ? { ...item, followUps: [] } : item;
}

/** Settles a certificate by its code; false when there was nothing to do (the reconciler's view). */
export async function settleByCode(subject: string): Promise<boolean> {
  const item = await get(subject.split("#")[0] as string);
  if (!item?.followUps?.length) return false;
  await settle(item);
  return true;
}

function toView(item: CertificateItem, association?: Association.Profile): View {
  const issued = issuedWith(item, association);
  const link = links(issued.issuerUrl);
  return {
    code: item.code,
    status: item.status,
    holder: item.holderName ?? null,
    course: { id: item.courseId, title: item.courseTitle },
    trainer: item.trainerName,
    issuer: { name: issued.issuerName, url: issued.issuerUrl, profile: link.issuer },
    signer: { name: issued.signerName, title: issued.signerTitle },
    place: issued.place,
    durationJp: item.durationMinutes ? Math.max(1, Math.ceil(item.durationMinutes / 45)) : null,
    issuedAt: item.issuedAt,
    approvedAt: item.approvedAt ?? null,
    revokedAt: item.revokedAt ?? null,
    revokeReason: item.revokeReason ?? null,
    verifyUrl: link.verifyPage(item.code),
    credentialUrl: item.status === "valid" && item.credential ? link.credential(item.code) : null,
    pdfUrl: link.pdf(item.code),
    imageUrl: link.achievementImage(item.courseId),
    logoUploadId: issued.logoUploadId ?? null,
    signatureUploadId: issued.signatureUploadId ?? null,
  };
}

/**
 * The public answer for a code: valid, pending or revoked (with date and reason). One GetItem; the
 * profile is read too only for a certificate from before it kept its own.
 */
export async function verifyCode(code: string) {
  const item = await get(code);
  if (!item) throw notFound("certificate_not_found");
  return toView(item, needsProfile(item) ? await Association.profile() : undefined);
}

export async function mine(actor: Actor): Promise<v.InferOutput<typeof mineSchema>> {
  const [{ data }, association] = await Promise.all([
    service.entities.Certificate.query.byUser({ userId: actor.userId }).go({ pages: "all", order: "desc" }),
    Association.profile(),
  ]);
  return { items: data.map((item) => toView(item, association)) };
}

/**
 * The signed credential, for its holder's download and anyone holding the code. A pending one has
 * none yet (409). One signed before ES256 and pseudonymous subjects is re-issued from the stored
 * certificate on its first read, so no download carries the old hashed phone number again.
 */
export async function credential(code: string) {
  const item = await get(code);
  if (!item) throw notFound("certificate_not_found");
  if (item.status === "pending") throw conflict("certificate_pending");
  if (!item.credential || !item.holderName) throw notFound("certificate_not_found");
  if (item.subjectId) return item.credential;
  const association = await Association.profile();
  const subjectId = await subjectIdOf(item.userId);
  const signed = await signCredential(
    sourceOf(item, subjectId),
    links(issuedWith(item, association).issuerUrl),
  );
  await service.entities.Certificate.patch({ code })
    .set({ credential: signed.jwt, kid: signed.kid, subjectId, validFrom: wholeSeconds(item.issuedAt) })
    .where((attr, op) => op.notExists(attr.subjectId))
    .go()
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
  return (await get(code))?.credential as string;
}

export async function list(
  actor: Actor,
  input: v.InferOutput<typeof listInput>,
): Promise<v.InferOutput<typeof pageSchema>> {
  assertAdmin(actor);
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

/** Lists a revoked certificate in the revocation list (idempotent: a retry writes the same item). */
async function listRevocation(item: CertificateItem) {
  const association = await Association.profile();
  await service.entities.Revocation.put({
    code: item.code,
    credentialId: links(issuedWith(item, association).issuerUrl).credential(item.code),
    reason: item.revokeReason ?? "",
    revokedAt: item.revokedAt ?? now(),
  }).go();
}

/**
 * Revokes a certificate. The revocation list and the reports follow (durable follow-ups). A retry
 * with the same reason after a fault answers as the first success did and finishes them; revoking
 * again for another reason is a conflict.
 */
export async function revoke(actor: Actor, code: string, input: v.InferOutput<typeof revokeInput>) {
  assertAdmin(actor);
  await FollowUp.announce("certificate", revocationSubject(code));
  const item = await service.entities.Certificate.patch({ code })
    .set({ status: "revoked", revokedAt: now(), revokeReason: input.reason })
    .add({ followUps: ["revocationListed", "revokedCounted"] })
    .where((attr, op) => op.ne(attr.status, "revoked"))
    .go({ response: "all_new" })
    .then(({ data }) => data as CertificateItem)
    .catch(async (error: unknown) => {
      if (!isConditionFailure(error)) throw error;
      const current = await get(code);
      if (!current) throw notFound("certificate_not_found");
      if (current.revokeReason !== input.reason) throw conflict("certificate_already_revoked");
      return current;
    });
  await settle(item);
  return verifyCode(code);
}

/** Approves a pending certificate and signs its credential, which only now exists. */
export async function approve(actor: Actor, code: string) {
  assertAdmin(actor);
  const item = await get(code);
  if (item?.status !== "pending") throw conflict("certificate_not_pending");
  const association = await Association.profile();
  const subjectId = item.subjectId ?? (await subjectIdOf(item.userId));
  const signed = item.holderName
    ? await signCredential(sourceOf(item, subjectId), links(issuedWith(item, association).issuerUrl))
    : null;
  await service.entities.Certificate.patch({ code })
    .set({
      status: "valid",
      approvedAt: now(),
      subjectId,
      ...(signed ? { credential: signed.jwt, kid: signed.kid } : {}),
    })
    .where((attr, op) => op.eq(attr.status, "pending"))
    .go()
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
      throw conflict("certificate_not_pending");
    });
  return verifyCode(code);
}

/**
 * The association's 1EdTechRevocationList (OB 3.0 §9.6.1): every revoked credential by its id. One
 * Query; a revocation is in it on the next request.
 */
export async function revocationList(): Promise<v.InferOutput<typeof revocationListSchema>> {
  const association = await Association.profile();
  const link = links(association.issuerUrl);
  const { data } = await service.entities.Revocation.query.byCode({}).go({ pages: "all" });
  return {
    id: link.revocationList,
    issuer: link.issuer,
    revokedCredential: data.map((entry) => ({
      id: entry.credentialId,
      revoked: true,
      revocationReason: entry.reason,
    })),
  };
}

/** The credential's status for one code (kept for the code-based tools): revoked or not, right now. */
export async function status(code: string): Promise<v.InferOutput<typeof statusSchema>> {
  const view = await verifyCode(code);
  return {
    code,
    status: view.status,
    revoked: view.status === "revoked",
    revokedAt: view.revokedAt,
    reason: view.revokeReason,
  };
}

export async function jwks(): Promise<{ keys: v.InferOutput<typeof jwkSchema>[] }> {
  return allKeys((await Association.profile()).issuerUrl);
}

/** The public JWK a kid URL names. */
export async function key(name: string): Promise<v.InferOutput<typeof jwkSchema>> {
  return publicKey(name, (await Association.profile()).issuerUrl);
}

/** A course's Achievement as JSON (what achievement.id dereferences to), or 404. */
export async function achievementOf(courseId: string): Promise<v.InferOutput<typeof achievementSchema>> {
  const [head, association] = await Promise.all([Course.head(courseId), Association.profile()]);
  if (head?.status !== "published") throw notFound("course_not_found");
  return {
    "@context": contexts,
    ...achievement(head, links(association.issuerUrl)),
    creator: { id: links(association.issuerUrl).issuer, type: ["Profile"], name: association.name },
  };
}

/** The badge upload of a course, when the association set one. */
export async function badgeUploadOf(courseId: string) {
  const head = await Course.head(courseId);
  if (!head) throw notFound("course_not_found");
  return { uploadId: head.badgeUploadId ?? null, title: head.title };
}

/** The association sets (or clears, with null) a course's badge image. */
export async function setBadge(
  actor: Actor,
  courseId: string,
  uploadId: string | null,
): Promise<v.InferOutput<typeof badgeSchema>> {
  const head = await Course.head(courseId);
  if (!head) throw notFound("course_not_found");
  const patch = Course.patch(courseId);
  if (uploadId) {
    await Upload.requireReady(actor, uploadId, ["image"]);
    await patch.set({ badgeUploadId: uploadId }).go();
  } else await patch.remove(["badgeUploadId"]).go();
  return { uploadId };
}
export const badgeInput = v.strictObject({ uploadId: v.nullable(idSchema) });

export type VerifyResult = v.InferOutput<typeof verifyResultSchema>;

/**
 * Checks a credential someone holds, trusting only this association: ES256 (or EdDSA for a key that
 * signed certificates before ES256), a kid of ours, the signature, the issuer, every claim against the
 * credential, the validity window, and the certificate's status now. Names the check that failed.
 */
export async function verifyCredential(jwt: string): Promise<VerifyResult> {
  if (Buffer.byteLength(jwt) > maxCredentialBytes)
    throw new DomainError("too_large", "credential_too_large", { limit: 64 });
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(jwt)) throw invalid("credential_not_jwt");
  const association = await Association.profile();
  const link = links(association.issuerUrl);
  const keys = (await allKeys(association.issuerUrl)).keys;
  const findKey = async (
    kid: string,
    headerAlg: string,
  ): Promise<JWK | { failed: Check; reason: string }> => {
    if (headerAlg === alg) {
      if (link.keyName(kid) === null)
        return { failed: "key", reason: onOtherOrigin(kid, link.base) ? "kid_other_origin" : "kid_unknown" };
    }
    const found = keys.find((k) => k.kid === kid && k.alg === headerAlg);
    return found ?? { failed: "key", reason: "kid_unknown" };
  };
  let checked: Awaited<ReturnType<typeof checkJwt>>;
  try {
    checked = await checkJwt(jwt, link.issuer, findKey);
  } catch {
    checked = { failed: "signature", reason: "signature_mismatch" };
  }
  if ("failed" in checked)
    return { valid: false, failed: checked.failed, reason: checked.reason, certificate: null };
  const code = link.codeOf(checked.vc.id);
  const item = code ? await get(code) : null;
  if (!item) return { valid: false, failed: "revocation", reason: "credential_unknown", certificate: null };
  const view = toView(item, association);
  if (item.status !== "valid")
    return {
      valid: false,
      failed: item.status === "revoked" ? "revocation" : "pending",
      reason: item.status,
      certificate: view,
    };
  return { valid: true, failed: null, reason: null, certificate: view };
}

/** A member's certificates as stored, newest first, for the association's member page. */
export async function certificatesOf(userId: string) {
  return (await service.entities.Certificate.query.byUser({ userId }).go({ pages: "all", order: "desc" }))
    .data;
}

/** Every certificate, for recounts (a Scan: never in a request path). */
export async function all() {
  return (await service.entities.Certificate.scan.go({ pages: "all" })).data;
}

export { legacyAlg };

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

/** One page of certificates in issue order, for the association's export. */
export function exportPage(cursor: string | null, limit: number) {
  return service.entities.Certificate.query.byIssued({}).go({ cursor, limit });
}
