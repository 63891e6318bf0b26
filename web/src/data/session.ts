import { batch, createSignal } from "solid-js";
import { ApiError, api } from "./api";

export type Role = "learner" | "trainer" | "admin";
export type ApplicationStatus = "pending" | "approved" | "rejected";

export interface TrainerApplication {
  id: string;
  status: ApplicationStatus;
  motivation: string;
  expertise: string;
  reason: string | null;
  createdAt: string;
}

export interface Me {
  id: string;
  name: string;
  /** E.164, e.g. +6281200000001. */
  phone: string | null;
  email: string | null;
  role: Role;
  businessName: string | null;
  sector: string | null;
  regency: string | null;
  createdAt: string;
  trainerApplication: TrainerApplication | null;
}

/** "loading" until the first answer to GET /api/me; "errored" when that answer never came (offline). */
export type SessionState = "loading" | "ready" | "errored";

const [member, setMember] = createSignal<Me | null>(null);
const [state, setState] = createSignal<SessionState>("loading");
const [error, setError] = createSignal<unknown>();
const [left, setLeft] = createSignal(false);

/** The member who is logged in, or null (also while the session is still loading: see sessionState). */
export const currentMember = member;
export const sessionState = state;
export const sessionError = error;
/** True after the member logged out or deleted their account here, rather than the session expiring. */
export const memberLeft = left;

// Every change bumps the generation, so that a slow GET /api/me started before a login or a logout
// cannot overwrite what that login or logout just set.
let generation = 0;

/** Sets the session from an answer that carries the member (login, register, PATCH /api/me) or to logged out. */
export function setSession(next: Me | null, options: { left?: boolean } = {}): void {
  generation++;
  batch(() => {
    setLeft(next === null && options.left === true);
    setMember(next);
    setError(undefined);
    setState("ready");
  });
}

export function refreshSession(): Promise<Me | null> {
  const started = ++generation;
  if (state() === "errored") setState("loading");
  return api<Me>("/api/me").then(
    (user) => {
      if (started === generation) setSession(user);
      return user;
    },
    (failure: unknown) => {
      if (failure instanceof ApiError && failure.status === 401) {
        if (started === generation) setSession(null);
        return null;
      }
      if (started === generation && state() !== "ready") {
        batch(() => {
          setError(failure);
          setState("errored");
        });
      }
      throw failure;
    },
  );
}

/** A 401 from any call means the session ended (expired, or logged out in another tab). */
export function noteUnauthenticated(failure: unknown): void {
  if (failure instanceof ApiError && failure.status === 401 && failure.code === "unauthenticated") {
    setSession(null);
  }
}

export async function logout(): Promise<void> {
  try {
    await api<void>("/api/auth/logout", { method: "POST" });
  } catch (failure) {
    if (!(failure instanceof ApiError && failure.status === 401)) throw failure;
  }
  setSession(null, { left: true });
}

/** "Siti Aminah" → "Siti": what the header has room for. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

// Asked once when the app starts, alongside the first page's own requests.
refreshSession().catch(() => {});
