import { Entity } from "electrodb";
import { service } from "../db/service";

/**
 * A certificate, under its public code. Exactly one exists per enrollment: CertificateClaim is
 * written first with a condition, and every retry of issuance reuses the code it holds.
 */
export const Certificate = new Entity({
  model: { entity: "certificate", version: "1", service },
  attributes: {
    code: { type: "string", required: true },
    userId: { type: "string", required: true },
    courseId: { type: "string", required: true },
    /** Removed when the member deletes their account: the code still verifies, without a name. */
    holderName: { type: "string" },
    regency: { type: "string" },
    sector: { type: "string" },
    courseTitle: { type: "string", required: true },
    courseSummary: { type: "string", required: true },
    trainerName: { type: "string", required: true },
    issuerName: { type: "string", required: true },
    status: { type: ["pending", "valid", "revoked"] as const, required: true },
    issuedAt: { type: "string", required: true },
    approvedAt: { type: "string" },
    revokedAt: { type: "string" },
    revokeReason: { type: "string" },
    /** The signed Open Badges 3.0 credential (VC-JWT); removed with the holder's personal data. */
    credential: { type: "string" },
    kid: { type: "string" },
    searchText: { type: "string", required: true },
    /**
     * What the certificate was issued with, kept so a later profile edit never changes it: the
     * issuer's URL, signer, logo, signature image and place, the course's duration, the holder's
     * pseudonymous subject id and the credential's validFrom (whole seconds). Absent on certificates
     * issued before these were kept.
     */
    issuerUrl: { type: "string" },
    signerName: { type: "string" },
    signerTitle: { type: "string" },
    logoUploadId: { type: "string" },
    signatureUploadId: { type: "string" },
    place: { type: "string" },
    durationMinutes: { type: "number" },
    subjectId: { type: "string" },
    validFrom: { type: "string" },
    /** Report counts not yet made for this certificate's issuance or revocation. */
    followUps: { type: "set", items: "string" },
  },
  indexes: {
    byCode: { pk: { field: "pk", composite: ["code"] }, sk: { field: "sk", composite: [] } },
    byUser: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["userId"] },
      sk: { field: "gsi1sk", composite: ["issuedAt", "code"] },
    },
    byIssued: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: [] },
      sk: { field: "gsi2sk", composite: ["issuedAt", "code"] },
    },
  },
});

/** Which code an enrollment's certificate has: claimed once, with a conditional create. */
export const CertificateClaim = new Entity({
  model: { entity: "certificateClaim", version: "1", service },
  attributes: {
    userId: { type: "string", required: true },
    courseId: { type: "string", required: true },
    code: { type: "string", required: true },
  },
  indexes: {
    byEnrollment: {
      pk: { field: "pk", composite: ["userId", "courseId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** A public signing key in the JWKS. Retired keys stay, so certificates signed with them still verify. */
export const SigningKey = new Entity({
  model: { entity: "signingKey", version: "1", service },
  attributes: {
    kid: { type: "string", required: true },
    publicJwk: { type: "any", required: true },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    byKid: { pk: { field: "pk", composite: [] }, sk: { field: "sk", composite: ["kid"] } },
  },
});

/**
 * One revoked certificate in the association's revocation list (1EdTechRevocationList): written when
 * an admin revokes, read all at once with one Query when a verifier asks for the list.
 */
export const Revocation = new Entity({
  model: { entity: "revocation", version: "1", service },
  attributes: {
    code: { type: "string", required: true },
    credentialId: { type: "string", required: true },
    reason: { type: "string", required: true },
    revokedAt: { type: "string", required: true },
  },
  indexes: {
    byCode: { pk: { field: "pk", composite: [] }, sk: { field: "sk", composite: ["code"] } },
  },
});
