import { createHash, randomBytes } from "node:crypto";
import * as v from "valibot";
import { type Actor, assertAdmin, type Role } from "../actor/index";
import * as Certificate from "../certificate/index";
import { isConditionFailure, service } from "../db/index";
import { DomainError, invalid, notFound } from "../error/index";
import * as FollowUp from "../follow-up/index";
import { idSchema, newId } from "../id/index";
import * as Idempotency from "../idempotency/index";
import * as Learning from "../learning/index";
import { passwordLength } from "../password-length/index";
import * as RateLimit from "../rate-limit/index";
import { regencies, sectors } from "../reference/index";
import * as Report from "../report/index";
import { textLimits } from "../text-limits/index";
import * as TrainerApplication from "../trainer-application/index";
import * as User from "../user/index";
import { type PasswordProblem, passwordProblem } from "./password-screen";
import { isEmail, toE164 } from "./phone";

export type { Actor, Role } from "../actor/index";
export { isEmail, toE164 };

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/**
 * How long a session lives (docs/decisions/0010): an absolute lifetime from login that no activity
 * extends, and an idle timeout that activity slides. The association's admins hold every member's
 * data, so theirs are short (ASVS L2's 12 hours / 30 minutes); members' sessions suit a shared phone
 * used every few days.
 */
export const sessionPolicy = {
  member: { absoluteMs: 30 * dayMs, idleMs: 7 * dayMs },
  admin: { absoluteMs: 12 * hourMs, idleMs: 30 * 60_000 },
} as const;
const policyOf = (role: Role) => (role === "admin" ? sessionPolicy.admin : sessionPolicy.member);
/** Activity slides the idle timeout at most this often, so a busy member does not write on every request. */
const renewAfter = (idleMs: number) => Math.min(hourMs, idleMs / 6);
/** How long a registering client may retry with its key and be signed in to the account it made. */
const registrationRetrySeconds = 10 * 60;

export const limits = {
  /** Password checks (login, password change, phone change, account deletion) per account or unknown identifier. */
  passwordChecks: { scope: "password-check", max: 5, windowSeconds: 15 * 60 },
  // Per client generously: a whole training class often registers at once over one venue's Wi-Fi.
  loginsPerClient: { scope: "login-client", max: 100, windowSeconds: 15 * 60 },
  registrationsPerClient: { scope: "register-client", max: 100, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimit.Limit>;

// Custom checks carry a message code that the API translates (packages/api/src/errors.ts).
const nameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(textLimits.name));
const phoneSchema = v.pipe(
  v.string(),
  v.maxLength(textLimits.phone),
  v.check((value) => toE164(value) !== undefined, "invalid_phone"),
  v.transform((value) => toE164(value) as string),
);
const emailSchema = v.pipe(v.string(), v.trim(), v.maxLength(254), v.email(), v.toLowerCase());
export const passwordSchema = v.pipeAsync(
  v.string(),
  v.minLength(passwordLength.min),
  v.maxLength(passwordLength.max),
  v.checkAsync(
    async (value) => (await passwordProblem(value)) !== "password_too_common",
    "password_too_common",
  ),
);
/** A password typed to prove who one is: not screened, only bounded. */
const passwordProof = v.pipe(v.string(), v.minLength(1), v.maxLength(passwordLength.max));
const businessNameSchema = v.pipe(v.string(), v.trim(), v.maxLength(textLimits.businessName));
const sectorSchema = v.picklist(sectors as string[]);
const regencySchema = v.picklist(regencies as string[]);

export const registerInput = v.pipeAsync(
  v.strictObjectAsync({
    name: nameSchema,
    phone: v.optional(phoneSchema),
    email: v.optional(emailSchema),
    password: passwordSchema,
    businessName: v.optional(businessNameSchema),
    sector: v.optional(sectorSchema),
    regency: v.optional(regencySchema),
    /** A random key the client makes once per registration form and sends with every retry of it. */
    requestKey: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/))),
  }),
  v.forward(
    v.partialCheck(
      [["phone"], ["email"]],
      (input) => Boolean(input.phone || input.email),
      "phone_or_email_required",
    ),
    ["phone"],
  ),
  v.forwardAsync(
    v.partialCheckAsync(
      [["password"], ["name"], ["phone"], ["email"]],
      async (input) => (await passwordProblem(input.password, input)) !== "password_personal",
      "password_personal",
    ),
    ["password"],
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

export const deleteInput = v.strictObject({ password: passwordProof });

export const passwordChangeInput = v.strictObjectAsync({
  currentPassword: passwordProof,
  newPassword: passwordSchema,
});

export const phoneChangeInput = v.strictObject({ phone: phoneSchema, password: passwordProof });

export const resetInput = v.strictObjectAsync({
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

/** When a session ends if not used again: the idle timeout from now, but never past its absolute end. */
function sessionEnd(role: Role, createdMs: number, now: number) {
  const policy = policyOf(role);
  return Math.min(createdMs + policy.absoluteMs, now + policy.idleMs);
}

/** Where a sign-in comes from: the browser's User-Agent, read only to name the device. */
export interface Client {
  userAgent?: string;
}

const browsers: [RegExp, string][] = [
  [/SamsungBrowser\//, "Samsung Internet"],
  [/EdgA?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrome\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const systems: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/** "Chrome · Android" from a User-Agent; undefined when neither part is recognised. */
export function deviceOf(userAgent = ""): string | undefined {
  const name = (list: [RegExp, string][]) => list.find(([pattern]) => pattern.test(userAgent))?.[1];
  const parts = [name(browsers), name(systems)].filter(Boolean);
  return parts.length ? parts.join(" · ") : undefined;
}

async function startSession(userId: string, role: Role, client: Client = {}): Promise<NewSession> {
  const token = newToken();
  const now = Date.now();
  const end = sessionEnd(role, now, now);
  const device = deviceOf(client.userAgent);
  await service.entities.Session.create({
    tokenHash: sha256(token),
    userId,
    createdAt: new Date(now).toISOString(),
    lastSeenAt: new Date(now).toISOString(),
    ...(device ? { device } : {}),
    expiresAt: epochSeconds(end),
  }).go();
  return { token, maxAgeSeconds: epochSeconds(end - now) };
}

export async function register(input: v.InferOutput<typeof registerInput>, client: Client = {}) {
  const userId = newId();
  const { requestKey, ...fields } = input;
  try {
    await User.create({
      ...fields,
      userId,
      role: "learner",
      ...(requestKey && {
        registrationKeyHash: sha256(requestKey),
        registrationKeyUntil: epochSeconds(Date.now()) + registrationRetrySeconds,
      }),
    });
  } catch (error) {
    const retried = await retriedRegistration(error, input);
    if (!retried) throw error;
    return {
      session: await startSession(retried.userId, retried.role, client),
      me: await me(retried.userId),
    };
  }
  const session = await startSession(userId, "learner", client);
  return { session, me: await me(userId) };
}

/**
 * A registration whose answer was lost (a timeout, a 503 after the account was made) is sent again
 * by the app with the same request key: that retry signs in to the account it made. Anything else
 * that meets a taken phone or email gets the 409, without a password check, so registration is no
 * way to test passwords.
 */
async function retriedRegistration(error: unknown, input: v.InferOutput<typeof registerInput>) {
  if (!(error instanceof DomainError) || error.code !== "identifier_taken" || !input.requestKey) return;
  const user = await User.byIdentifier((input.phone ?? input.email) as string);
  const proven =
    user?.registrationKeyHash === sha256(input.requestKey) &&
    (user.registrationKeyUntil ?? 0) > epochSeconds(Date.now());
  return proven ? user : undefined;
}

// Verifying against this when the identifier is unknown makes both failures cost the same time.
const decoyHash = User.hashPassword(newToken());

/**
 * Every password check first takes one of the account's 5 places in the window (an atomic,
 * conditional counter write), then runs scrypt: concurrency cannot buy more guesses. A right
 * password gives the places back.
 */
async function passwordMatches(key: string, password: string, hash: string | undefined) {
  await RateLimit.reserve(limits.passwordChecks, key);
  const valid = await User.verifyPassword(password, hash ?? (await decoyHash));
  if (valid && hash) await RateLimit.reset(limits.passwordChecks, key);
  return valid && Boolean(hash);
}

type StoredUser = NonNullable<Awaited<ReturnType<typeof User.get>>>;

/** The member's current password, for a sensitive change: 400 when wrong, 429 past the limit. */
async function confirmPassword(user: StoredUser, password: string) {
  if (!(await passwordMatches(user.userId, password, user.passwordHash))) throw invalid("password_incorrect");
}

export async function login(input: v.InferOutput<typeof loginInput>, client: Client = {}) {
  const identifier = normaliseIdentifier(input.identifier);
  const user = await User.byIdentifier(identifier);
  const valid = await passwordMatches(user?.userId ?? identifier, input.password, user?.passwordHash);
  if (!user || !valid) throw unauthenticated("invalid_credentials");
  return { session: await startSession(user.userId, user.role, client), me: await me(user.userId) };
}

/**
 * The actor behind a session token. A session ends at its absolute lifetime or after the idle
 * timeout, whichever comes first; use slides only the idle timeout.
 */
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
  const policy = policyOf(user.role);
  const created = Date.parse(session.createdAt);
  const lastSeen = Date.parse(session.lastSeenAt);
  if (now >= created + policy.absoluteMs || now >= lastSeen + policy.idleMs) return undefined;
  let renewed: NewSession | undefined;
  if (now - lastSeen > renewAfter(policy.idleMs)) {
    const end = sessionEnd(user.role, created, now);
    await service.entities.Session.patch({ tokenHash })
      .set({ lastSeenAt: new Date(now).toISOString(), expiresAt: epochSeconds(end) })
      .go();
    renewed = { token, maxAgeSeconds: epochSeconds(end - now) };
  }
  return { actor: { userId: user.userId, role: user.role, name: user.name }, renewed };
}

export async function logout(token: string): Promise<void> {
  if (/^[A-Za-z0-9_-]{43}$/.test(token))
    await service.entities.Session.delete({ tokenHash: sha256(token) }).go();
}

/** Ends every session of the member, but the one whose token is `keep` (the device making the change). */
async function endAllSessions(userId: string, keep?: string) {
  const kept = keep ? sha256(keep) : undefined;
  const { data } = await service.entities.Session.query.byUser({ userId }).go({ pages: "all" });
  const ending = data.filter(({ tokenHash }) => tokenHash !== kept);
  if (ending.length)
    await service.entities.Session.delete(ending.map(({ tokenHash }) => ({ tokenHash }))).go();
}

export const sessionParams = v.object({ sessionId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16}$/)) });

export const sessionsSchema = v.object({
  items: v.array(
    v.object({
      /** The start of the session's stored hash: names it, reveals nothing. */
      id: v.string(),
      device: v.nullable(v.string()),
      createdAt: v.string(),
      lastSeenAt: v.string(),
      current: v.boolean(),
    }),
  ),
});

const sessionIdOf = (tokenHash: string) => tokenHash.slice(0, 16);

/** The member's signed-in devices, most recently used first; `current` is the one asking. */
export async function sessions(
  actor: Actor,
  currentToken: string,
): Promise<v.InferOutput<typeof sessionsSchema>> {
  const current = sha256(currentToken);
  const now = epochSeconds(Date.now());
  const { data } = await service.entities.Session.query.byUser({ userId: actor.userId }).go({ pages: "all" });
  return {
    items: data
      .filter((session) => session.expiresAt > now)
      .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt))
      .map((session) => ({
        id: sessionIdOf(session.tokenHash),
        device: session.device ?? null,
        createdAt: session.createdAt,
        lastSeenAt: session.lastSeenAt,
        current: session.tokenHash === current,
      })),
  };
}

/** Signs one of the member's devices out (their own sessions only). */
export async function endSession(actor: Actor, sessionId: string): Promise<void> {
  const { data } = await service.entities.Session.query.byUser({ userId: actor.userId }).go({ pages: "all" });
  const session = data.find(({ tokenHash }) => sessionIdOf(tokenHash) === sessionId);
  if (!session) throw notFound("session_not_found");
  await service.entities.Session.delete({ tokenHash: session.tokenHash }).go();
}

/** "Keluar dari semua perangkat": every session of the member ends, this one too. */
export async function logoutEverywhere(actor: Actor): Promise<void> {
  await endAllSessions(actor.userId);
}

async function screen(password: string, user: StoredUser) {
  const problem: PasswordProblem | undefined = await passwordProblem(password, user);
  if (problem) throw invalid(problem);
}

/**
 * Changes the password after the current one is confirmed; every other session ends (a thief's
 * included) and any reset link stops working. The device making the change stays signed in.
 */
export async function changePassword(
  actor: Actor,
  currentToken: string,
  input: v.InferOutput<typeof passwordChangeInput>,
): Promise<void> {
  const user = await User.get(actor.userId);
  if (!user) throw unauthenticated();
  await screen(input.newPassword, user);
  await confirmPassword(user, input.currentPassword);
  await User.patch(user.userId)
    .set({ passwordHash: await User.hashPassword(input.newPassword), updatedAt: new Date().toISOString() })
    .remove(["resetTokenHash"])
    .go();
  await endAllSessions(user.userId, currentToken);
}

/**
 * Moves the member to a new phone number after the password is confirmed. The new number is claimed
 * with a conditional write first (two members cannot take one number), then the profile changes, and
 * the old number is released last, so a failure never leaves the member without a login handle.
 */
export async function changePhone(actor: Actor, input: v.InferOutput<typeof phoneChangeInput>): Promise<Me> {
  const user = await User.get(actor.userId);
  if (!user) throw unauthenticated();
  await confirmPassword(user, input.password);
  if (user.phone === input.phone) return me(user.userId);
  await User.claim(input.phone, user.userId, new Date().toISOString());
  try {
    await User.patch(user.userId).set({ phone: input.phone, updatedAt: new Date().toISOString() }).go();
  } catch (error) {
    await User.release(input.phone, user.userId).catch(() => undefined);
    throw error;
  }
  if (user.phone) await User.release(user.phone, user.userId);
  return me(user.userId);
}

export async function me(userId: string): Promise<Me> {
  const user = await User.get(userId);
  if (!user) throw unauthenticated();
  const application = user.applicationId ? await TrainerApplication.read(user.applicationId) : null;
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
  // The move between report cells is counted from where the member was when read: the write is
  // conditioned on it, so an edit from another device in between is read again rather than miscounted.
  for (let attempt = 1; ; attempt++) {
    const before = await User.get(actor.userId);
    if (!before) throw unauthenticated();
    const moves = movesInReports(before, input);
    const change = moves.length
      ? await Report.announceChange({ entity: "user", id: actor.userId }, moves)
      : undefined;
    const update = User.patch(actor.userId).set(set).remove(remove);
    const written = await (change ? update.add({ followUps: [change] }) : update)
      .where((attr, op) =>
        (["regency", "sector"] as const)
          .map((field) => (before[field] ? op.eq(attr[field], before[field]) : op.notExists(attr[field])))
          .join(" AND "),
      )
      .go()
      .then(
        () => true,
        (error: unknown) => {
          if (isConditionFailure(error) && attempt < 3) return false;
          throw isConditionFailure(error) ? new DomainError("conflict", "profile_changed") : error;
        },
      );
    if (!written) continue;
    if (change) await User.settleChange(actor.userId, change, moves);
    return me(actor.userId);
  }
}

/** Everything stored about the member (UU PDP): profile, login handles, sessions, applications. */
const optionalString = v.optional(v.string());
/** Everything stored about a member (UU PDP), as the export file holds it: stored fields, secrets left out. */
export const exportSchema = v.object({
  exportedAt: v.string(),
  profile: v.object({
    userId: v.string(),
    name: v.string(),
    phone: optionalString,
    email: optionalString,
    role: v.picklist(["learner", "trainer", "admin"]),
    businessName: optionalString,
    sector: optionalString,
    regency: optionalString,
    trainerSince: optionalString,
    createdAt: v.string(),
    updatedAt: v.string(),
  }),
  loginIdentifiers: v.array(v.string()),
  sessions: v.array(v.object({ createdAt: v.string(), lastSeenAt: v.string(), expiresAt: v.string() })),
  trainerApplications: v.array(
    v.object({
      applicationId: v.string(),
      motivation: v.string(),
      expertise: v.string(),
      status: v.picklist(["pending", "approved", "rejected"]),
      reason: optionalString,
      createdAt: v.string(),
      decidedAt: optionalString,
    }),
  ),
  enrollments: v.array(
    v.object({
      courseId: v.string(),
      status: v.picklist(["active", "completed"]),
      completedLessons: v.array(v.string()),
      lastLessonId: optionalString,
      enrolledAt: v.string(),
      completedAt: optionalString,
    }),
  ),
  quizzes: v.array(
    v.object({
      courseId: v.string(),
      lessonId: v.string(),
      attempts: v.number(),
      bestPercent: v.optional(v.number()),
      passed: v.optional(v.boolean()),
    }),
  ),
  quizAttempts: v.array(
    v.object({
      courseId: v.string(),
      lessonId: v.string(),
      attempt: v.number(),
      answers: Learning.answersInput.entries.answers,
      score: v.number(),
      maxScore: v.number(),
      percent: v.number(),
      passed: v.boolean(),
      submittedAt: v.string(),
    }),
  ),
  submissions: v.array(Learning.submissionSchema),
  certificates: v.array(
    v.object({
      code: v.string(),
      courseId: v.string(),
      courseTitle: v.string(),
      status: Certificate.viewSchema.entries.status,
      holderName: optionalString,
      issuedAt: v.string(),
      revokedAt: optionalString,
      revokeReason: optionalString,
      /** Whether a signed credential exists (download it from the certificate's page). */
      credentialFile: v.boolean(),
    }),
  ),
});

export async function exportData(actor: Actor): Promise<v.InferOutput<typeof exportSchema>> {
  const user = await User.get(actor.userId);
  if (!user) throw unauthenticated();
  const {
    passwordHash: _secret,
    searchName: _derived,
    registrationKeyHash: _key,
    registrationKeyUntil: _keyUntil,
    resetTokenHash: _reset,
    ...profile
  } = user;
  const [sessions, applications, learning, certificates] = await Promise.all([
    service.entities.Session.query.byUser({ userId: actor.userId }).go({ pages: "all" }),
    TrainerApplication.ofUser(actor.userId),
    Learning.exportFor(actor.userId),
    Certificate.certificatesOf(actor.userId),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    profile,
    loginIdentifiers: [user.phone, user.email].filter((handle): handle is string => Boolean(handle)),
    sessions: sessions.data.map(({ createdAt, lastSeenAt, expiresAt }) => ({
      createdAt,
      lastSeenAt,
      expiresAt: new Date(expiresAt * 1000).toISOString(),
    })),
    trainerApplications: applications.map(({ userId: _u, ...application }) => application),
    ...learning,
    certificates: certificates.map(
      ({ userId: _u, searchText: _s, followUps: _f, credential: _c, ...certificate }) => ({
        ...certificate,
        credentialFile: Boolean(_c),
      }),
    ),
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
  await confirmPassword(user, input.password);
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
  await Idempotency.forgetMember(userId);
  for (const identifier of [user?.phone, user?.email]) if (identifier) await User.release(identifier, userId);
  await TrainerApplication.forgetUser(userId);
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
  await User.remove(userId);
  await FollowUp.settled("deletion", userId);
}

/** A member who changes regency or sector moves between those report cells. */
function movesInReports(
  before: NonNullable<Awaited<ReturnType<typeof User.get>>>,
  input: { regency?: string | null; sector?: string | null },
): Report.Move[] {
  if (before.role === "admin") return [];
  const counted = before.role === "trainer" ? (["members", "trainers"] as const) : (["members"] as const);
  return (["regency", "sector"] as const).flatMap((field) => {
    const next = input[field];
    if (next === undefined || (next || undefined) === before[field]) return [];
    return counted.flatMap((counter) => [
      ...(before[field] ? [{ counter, where: { [field]: before[field] }, by: -1 as const }] : []),
      ...(next ? [{ counter, where: { [field]: next }, by: 1 as const }] : []),
    ]);
  });
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
  // Only the newest link works: this retires every older one.
  await User.patch(userId)
    .set({ resetTokenHash: sha256(token) })
    .go();
  return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
}

/**
 * Uses a reset token: marking it used is a conditional write, so it works exactly once even when
 * opened twice at the same moment; the password changes only while it is the member's newest link
 * (another conditional write), and every session of the member ends.
 */
export async function resetPassword(input: v.InferOutput<typeof resetInput>): Promise<void> {
  const tokenHash = sha256(input.token);
  const now = Date.now();
  const { data: link } = await service.entities.ResetToken.get({ tokenHash }).go();
  const owner = link && (await User.get(link.userId));
  if (!owner || owner.resetTokenHash !== tokenHash) throw invalid("reset_token_invalid");
  await screen(input.password, owner);
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
  await User.patch(data.userId)
    .set({ passwordHash: await User.hashPassword(input.password), updatedAt: new Date(now).toISOString() })
    .remove(["resetTokenHash"])
    .where((attr, op) => op.eq(attr.resetTokenHash, tokenHash))
    .go()
    .catch((error: unknown) => {
      if (isConditionFailure(error)) throw invalid("reset_token_invalid");
      throw error;
    });
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
    await User.patch(existing.userId).set({ role: "admin", updatedAt: new Date().toISOString() }).go();
    return { userId: existing.userId, created: false };
  }
  const userId = newId();
  await User.create({
    userId,
    email,
    name: v.parse(nameSchema, input.name),
    password: await v.parseAsync(passwordSchema, input.password),
    role: "admin",
  });
  return { userId, created: true };
}
