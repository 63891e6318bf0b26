import { createHash, randomBytes } from "node:crypto";
import * as v from "valibot";
import { type Actor, assertAdmin, type Role } from "../actor/index";
import * as Certificate from "../certificate/index";
import { isConditionFailure, service } from "../db/index";
import { DomainError, invalid, notFound } from "../error/index";
import * as FollowUp from "../follow-up/index";
import { idSchema, newId } from "../id/index";
import * as Learning from "../learning/index";
import * as RateLimit from "../rate-limit/index";
import { regencies, sectors } from "../reference/index";
import * as Report from "../report/index";
import * as User from "../user/index";
import commonPasswords from "./common-passwords.json";
import { isEmail, toE164 } from "./phone";

export type { Actor, Role } from "../actor/index";
export { isEmail, toE164 };

const sessionDays = 30;
const dayMs = 86_400_000;
/** A session's expiry slides forward at most once an hour, so a busy member does not write on every request. */
const renewAfterMs = 3_600_000;

export const limits = {
  failedLoginsPerIdentifier: { scope: "login-fail-id", max: 5, windowSeconds: 15 * 60 },
  // Per client generously: a whole training class often registers at once over one venue's Wi-Fi.
  loginsPerClient: { scope: "login-client", max: 100, windowSeconds: 15 * 60 },
  registrationsPerClient: { scope: "register-client", max: 100, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimit.Limit>;

const common = new Set<string>(commonPasswords);

// Custom checks carry a message code that the API translates (packages/api/src/errors.ts).
const nameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100));
const phoneSchema = v.pipe(
  v.string(),
  v.maxLength(30),
  v.check((value) => toE164(value) !== undefined, "invalid_phone"),
  v.transform((value) => toE164(value) as string),
);
const emailSchema = v.pipe(v.string(), v.trim(), v.maxLength(254), v.email(), v.toLowerCase());
export const passwordSchema = v.pipe(
  v.string(),
  v.minLength(8),
  v.maxLength(128),
  v.check((value) => !common.has(value.toLowerCase()), "password_too_common"),
);
const businessNameSchema = v.pipe(v.string(), v.trim(), v.maxLength(120));
const sectorSchema = v.picklist(sectors as string[]);
const regencySchema = v.picklist(regencies as string[]);

export const registerInput = v.pipe(
  v.strictObject({
    name: nameSchema,
    phone: v.optional(phoneSchema),
    email: v.optional(emailSchema),
    password: passwordSchema,
    businessName: v.optional(businessNameSchema),
    sector: v.optional(sectorSchema),
    regency: v.optional(regencySchema),
  }),
  v.forward(
    v.partialCheck(
      [["phone"], ["email"]],
      (input) => Boolean(input.phone || input.email),
      "phone_or_email_required",
    ),
    ["phone"],
  ),
);

export const loginInput = v.strictObject({
  identifier: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(254)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
});

export const profileInput = v.strictObject({
  name: v.optional(nameSchema),
  businessName: v.optional(v.nullable(businessNameSchema)),
  sector: v.optional(v.nullable(sectorSchema)),
  regency: v.optional(v.nullable(regencySchema)),
});

export const deleteInput = v.strictObject({ password: v.pipe(v.string(), v.minLength(1), v.maxLength(128)) });

export const resetInput = v.strictObject({
  token: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
  password: passwordSchema,
});

export const userParams = v.object({ userId: idSchema });

const applicationSchema = v.object({
  id: v.string(),
  status: v.picklist(["pending", "approved", "rejected"]),
  motivation: v.string(),
  expertise: v.string(),
  reason: v.nullable(v.string()),
  createdAt: v.string(),
});

export const meSchema = v.object({
  id: v.string(),
  name: v.string(),
  phone: v.nullable(v.string()),
  email: v.nullable(v.string()),
  role: v.picklist(["learner", "trainer", "admin"]),
  businessName: v.nullable(v.string()),
  sector: v.nullable(v.string()),
  regency: v.nullable(v.string()),
  createdAt: v.string(),
  trainerApplication: v.nullable(applicationSchema),
});
export type Me = v.InferOutput<typeof meSchema>;

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");
const newToken = () => randomBytes(32).toString("base64url");
const epochSeconds = (ms: number) => Math.floor(ms / 1000);

const unauthenticated = (code = "unauthenticated") => new DomainError("unauthenticated", code);

/** A login identifier as stored: an E.164 phone or a lowercased email. */
export function normaliseIdentifier(identifier: string): string {
  const trimmed = identifier.trim();
  return isEmail(trimmed) ? trimmed.toLowerCase() : (toE164(trimmed) ?? trimmed);
}

export interface NewSession {
  token: string;
  maxAgeSeconds: number;
}

async function startSession(userId: string): Promise<NewSession> {
  const token = newToken();
  const now = Date.now();
  await service.entities.Session.create({
    tokenHash: sha256(token),
    userId,
    createdAt: new Date(now).toISOString(),
    lastSeenAt: new Date(now).toISOString(),
    expiresAt: epochSeconds(now + sessionDays * dayMs),
  }).go();
  return { token, maxAgeSeconds: sessionDays * 86_400 };
}

export async function register(input: v.InferOutput<typeof registerInput>) {
  const userId = newId();
  try {
    await User.create({ ...input, userId, role: "learner" });
  } catch (error) {
    const retried = await retriedRegistration(error, input);
    if (!retried) throw error;
    return { session: await startSession(retried), me: await me(retried) };
  }
  const session = await startSession(userId);
  return { session, me: await me(userId) };
}

/**
 * A registration whose answer was lost (a timeout, a 503 after the account was made) is sent again
 * by the app: when the same handle, name and password made an account minutes ago, the retry signs
 * the member in instead of answering 409. Anyone else still gets the 409.
 */
async function retriedRegistration(error: unknown, input: v.InferOutput<typeof registerInput>) {
  if (!(error instanceof DomainError) || error.code !== "identifier_taken") return undefined;
  const user = await User.byIdentifier((input.phone ?? input.email) as string);
  const recent = user && Date.now() - Date.parse(user.createdAt) < 10 * 60_000 && user.name === input.name;
  return recent && (await User.verifyPassword(input.password, user.passwordHash)) ? user.userId : undefined;
}

// Verifying against this when the identifier is unknown makes both failures cost the same time.
const decoyHash = User.hashPassword(newToken());

export async function login(input: v.InferOutput<typeof loginInput>) {
  const identifier = normaliseIdentifier(input.identifier);
  await RateLimit.check(limits.failedLoginsPerIdentifier, identifier);
  const user = await User.byIdentifier(identifier);
  const valid = await User.verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !valid) {
    await RateLimit.hit(limits.failedLoginsPerIdentifier, identifier);
    throw unauthenticated("invalid_credentials");
  }
  await RateLimit.reset(limits.failedLoginsPerIdentifier, identifier);
  return { session: await startSession(user.userId), me: await me(user.userId) };
}

/** The actor behind a session token, renewing the 30-day expiry as the member keeps using it. */
export async function authenticate(
  token: string,
): Promise<{ actor: Actor; renewed?: NewSession } | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const tokenHash = sha256(token);
  const { data: session } = await service.entities.Session.get({ tokenHash }).go();
  const now = Date.now();
  if (!session || session.expiresAt * 1000 <= now) return undefined;
  const user = await User.get(session.userId);
  if (!user) return undefined;
  let renewed: NewSession | undefined;
  if (now - Date.parse(session.lastSeenAt) > renewAfterMs) {
    await service.entities.Session.patch({ tokenHash })
      .set({ lastSeenAt: new Date(now).toISOString(), expiresAt: epochSeconds(now + sessionDays * dayMs) })
      .go();
    renewed = { token, maxAgeSeconds: sessionDays * 86_400 };
  }
  return { actor: { userId: user.userId, role: user.role, name: user.name }, renewed };
}

export async function logout(token: string): Promise<void> {
  if (/^[A-Za-z0-9_-]{43}$/.test(token))
    await service.entities.Session.delete({ tokenHash: sha256(token) }).go();
}

async function endAllSessions(userId: string) {
  const { data } = await service.entities.Session.query.byUser({ userId }).go({ pages: "all" });
  if (data.length) await service.entities.Session.delete(data.map(({ tokenHash }) => ({ tokenHash }))).go();
}

export async function me(userId: string): Promise<Me> {
  const user = await User.get(userId);
  if (!user) throw unauthenticated();
  const application = user.applicationId
    ? (await service.entities.TrainerApplication.get({ applicationId: user.applicationId }).go()).data
    : null;
  return {
    id: user.userId,
    name: user.name,
    phone: user.phone ?? null,
    email: user.email ?? null,
    role: user.role,
    businessName: user.businessName ?? null,
    sector: user.sector ?? null,
    regency: user.regency ?? null,
    createdAt: user.createdAt,
    trainerApplication: application
      ? {
          id: application.applicationId,
          status: application.status,
          motivation: application.motivation,
          expertise: application.expertise,
          reason: application.reason ?? null,
          createdAt: application.createdAt,
        }
      : null,
  };
}

export async function updateProfile(actor: Actor, input: v.InferOutput<typeof profileInput>): Promise<Me> {
  const set: Record<string, string> = { updatedAt: new Date().toISOString() };
  const remove: ("businessName" | "sector" | "regency")[] = [];
  if (input.name !== undefined)
    Object.assign(set, { name: input.name, searchName: User.foldText(input.name) });
  for (const field of ["businessName", "sector", "regency"] as const) {
    const value = input[field];
    if (value === null || value === "") remove.push(field);
    else if (value !== undefined) set[field] = value;
  }
  const before = await User.get(actor.userId);
  await service.entities.User.patch({ userId: actor.userId }).set(set).remove(remove).go();
  if (before) await moveInReports(before, { ...input });
  return me(actor.userId);
}

/** Everything stored about the member (UU PDP): profile, login handles, sessions, applications. */
export async function exportData(actor: Actor) {
  const user = await User.get(actor.userId);
  if (!user) throw unauthenticated();
  const { passwordHash: _secret, searchName: _derived, ...profile } = user;
  const [sessions, applications] = await Promise.all([
    service.entities.Session.query.byUser({ userId: actor.userId }).go({ pages: "all" }),
    service.entities.TrainerApplication.query.byUser({ userId: actor.userId }).go({ pages: "all" }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    profile,
    loginIdentifiers: [user.phone, user.email].filter(Boolean),
    sessions: sessions.data.map(({ createdAt, lastSeenAt, expiresAt }) => ({
      createdAt,
      lastSeenAt,
      expiresAt: new Date(expiresAt * 1000).toISOString(),
    })),
    trainerApplications: applications.data.map(({ userId: _u, ...application }) => application),
  };
}

/** What deleting an account must still know once the user item is gone: the report cells it counted in. */
export interface Departure {
  role: Role;
  regency?: string;
  sector?: string;
  createdAt: string;
  trainerSince?: string;
}

/**
 * Removes the account and its personal data after the member confirms with their password. The
 * deletion is announced first and finished by `finishDeletion`, here or by the reconciler.
 */
export async function deleteAccount(actor: Actor, input: v.InferOutput<typeof deleteInput>): Promise<void> {
  const user = await User.get(actor.userId);
  if (!user) throw unauthenticated();
  if (!(await User.verifyPassword(input.password, user.passwordHash))) throw invalid("password_incorrect");
  const departure: Departure = {
    role: user.role,
    regency: user.regency,
    sector: user.sector,
    createdAt: user.createdAt,
    trainerSince: user.trainerSince,
  };
  await FollowUp.announce("deletion", user.userId, departure);
  await finishDeletion(user.userId, departure);
}

/**
 * Every step of forgetting a member, each safe to repeat: the name off certificates, learning and
 * worksheet files, login handles and applications released, the reports' counts, then the sessions
 * and the user item last, so a retry with the same session can finish what a fault interrupted.
 */
export async function finishDeletion(userId: string, departure: Departure): Promise<void> {
  const user = await User.get(userId);
  await Certificate.forgetHolder(userId);
  await Learning.forgetLearner(userId);
  for (const identifier of [user?.phone, user?.email]) if (identifier) await User.release(identifier, userId);
  const applications = await service.entities.TrainerApplication.query
    .byUser({ userId })
    .go({ pages: "all" });
  if (applications.data.length) {
    await service.entities.TrainerApplication.delete(
      applications.data.map(({ applicationId }) => ({ applicationId })),
    ).go();
  }
  if (departure.role !== "admin") {
    const where = { regency: departure.regency, sector: departure.sector };
    const event = (what: string) => FollowUp.eventId("deletion", userId, what);
    await Report.countOnce("members", { ...where, at: departure.createdAt }, event("members"), -1);
    if (departure.role === "trainer")
      await Report.countOnce(
        "trainers",
        { ...where, at: departure.trainerSince ?? departure.createdAt },
        event("trainers"),
        -1,
      );
  }
  await endAllSessions(userId);
  await service.entities.User.delete({ userId }).go();
  await FollowUp.settled("deletion", userId);
}

/** A member who changes regency or sector moves between those report cells. */
async function moveInReports(
  before: NonNullable<Awaited<ReturnType<typeof User.get>>>,
  input: { regency?: string | null; sector?: string | null },
) {
  if (before.role === "admin") return;
  const counted = before.role === "trainer" ? (["members", "trainers"] as const) : (["members"] as const);
  for (const field of ["regency", "sector"] as const) {
    const next = input[field];
    if (next === undefined || (next || undefined) === before[field]) continue;
    for (const counter of counted) {
      if (before[field]) await Report.count(counter, { [field]: before[field] }, -1);
      if (next) await Report.count(counter, { [field]: next });
    }
  }
}

/** An admin makes a one-time, 24-hour reset link for a member who has no email. */
export async function createResetToken(admin: Actor, userId: string) {
  assertAdmin(admin);
  const user = await User.get(userId);
  if (!user) throw notFound("member_not_found");
  const token = newToken();
  const now = Date.now();
  const expiresAt = epochSeconds(now + dayMs);
  await service.entities.ResetToken.create({
    tokenHash: sha256(token),
    userId,
    createdBy: admin.userId,
    createdAt: new Date(now).toISOString(),
    expiresAt,
  }).go();
  return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
}

/**
 * Uses a reset token: marking it used is a conditional write, so it works exactly once even when
 * opened twice at the same moment; then the password changes and every session of the member ends.
 */
export async function resetPassword(input: v.InferOutput<typeof resetInput>): Promise<void> {
  const tokenHash = sha256(input.token);
  const now = Date.now();
  const { data } = await service.entities.ResetToken.patch({ tokenHash })
    .set({ usedAt: new Date(now).toISOString() })
    .where((attr, op) => `${op.notExists(attr.usedAt)} AND ${op.gt(attr.expiresAt, epochSeconds(now))}`)
    .go({ response: "all_new" })
    .catch((error: unknown) => {
      if (isConditionFailure(error)) {
        throw invalid("reset_token_invalid");
      }
      throw error;
    });
  await service.entities.User.patch({ userId: data.userId })
    .set({ passwordHash: await User.hashPassword(input.password), updatedAt: new Date(now).toISOString() })
    .go();
  await endAllSessions(data.userId);
}

/**
 * Makes an admin, from the command line only (scripts/admin-create.ts): promotes the owner of the
 * email, or creates the account with the given password.
 */
export async function createAdmin(input: { email: string; name: string; password: string }) {
  const email = v.parse(emailSchema, input.email);
  const existing = await User.byIdentifier(email);
  if (existing) {
    await service.entities.User.patch({ userId: existing.userId })
      .set({ role: "admin", updatedAt: new Date().toISOString() })
      .go();
    return { userId: existing.userId, created: false };
  }
  const userId = newId();
  await User.create({
    userId,
    email,
    name: v.parse(nameSchema, input.name),
    password: v.parse(passwordSchema, input.password),
    role: "admin",
  });
  return { userId, created: true };
}
