import { batch, createSignal } from "solid-js";
import { type AnswerOf, ApiError, call, client, onUnauthenticated } from "./api";

export type Me = AnswerOf<typeof client.me.$get>;
export type Role = Me["role"];

/** Whether a role may teach: trainers, and admins (who can do what trainers do). The one role check. */
export const canTeach = (role: Role): boolean => role === "trainer" || role === "admin";
export type TrainerApplication = NonNullable<Me["trainerApplication"]>;
export type ApplicationStatus = TrainerApplication["status"];

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
  return call(client.me.$get()).then(
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

// A 401 from any call means the session ended (expired, or logged out in another tab).
onUnauthenticated(() => setSession(null));

export async function logout(): Promise<void> {
  try {
    await call(client.auth.logout.$post());
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
