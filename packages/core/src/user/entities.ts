import { Entity } from "electrodb";
import { service } from "../db/service";

export const User = new Entity({
  model: { entity: "user", version: "1", service },
  attributes: {
    userId: { type: "string", required: true },
    name: { type: "string", required: true },
    /** The name lowercased without accents, for the admin's member search. */
    searchName: { type: "string", required: true },
    phone: { type: "string" },
    email: { type: "string" },
    role: { type: ["learner", "trainer", "admin"] as const, required: true, default: "learner" },
    passwordHash: { type: "string", required: true },
    businessName: { type: "string" },
    sector: { type: "string" },
    regency: { type: "string" },
    /** The latest trainer application and its status, kept here so only one can be pending at a time. */
    applicationId: { type: "string" },
    applicationStatus: { type: ["pending", "approved", "rejected"] as const },
    trainerSince: { type: "string" },
    /** The member's stable, pseudonymous credentialSubject.id (a urn:uuid), set at their first certificate. */
    subjectId: { type: "string" },
    /** The hash of the key the registering client sent, so its own retry can sign in (not anyone's). */
    registrationKeyHash: { type: "string" },
    /** Epoch seconds until which that retry is accepted. */
    registrationKeyUntil: { type: "number" },
    /** The hash of the newest reset link: only that one works, so a new link retires the older ones. */
    resetTokenHash: { type: "string" },
    /** Report counts of a change to this member (registration, role, regency) not counted yet (ADR 5). */
    followUps: { type: "set", items: "string" },
    /** The newest notification the member has seen: later ones count in the header's badge. */
    notificationsSeenAt: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: { pk: { field: "pk", composite: ["userId"] }, sk: { field: "sk", composite: [] } },
    byCreated: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: [] },
      sk: { field: "gsi1sk", composite: ["createdAt", "userId"] },
    },
  },
});

/** A login handle (an E.164 phone or a lowercased email) owned by exactly one user. */
export const Identity = new Entity({
  model: { entity: "identity", version: "1", service },
  attributes: {
    identifier: { type: "string", required: true },
    userId: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byIdentifier: { pk: { field: "pk", composite: ["identifier"] }, sk: { field: "sk", composite: [] } },
  },
});
