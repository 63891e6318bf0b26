import { api } from "./api";
import {
  currentMember,
  type Me,
  noteUnauthenticated,
  refreshSession,
  setSession,
  type TrainerApplication,
} from "./session";

export interface Reference {
  regencies: string[];
  sectors: string[];
  categories: string[];
  levels: string[];
}

// The lists change only with a new deployment: one request per visit is enough.
let referenceRequest: Promise<Reference> | undefined;

export function getReference(): Promise<Reference> {
  if (!referenceRequest) {
    referenceRequest = api<Reference>("/api/reference");
    referenceRequest.catch(() => {
      referenceRequest = undefined;
    });
  }
  return referenceRequest;
}

export interface RegisterInput {
  name: string;
  phone?: string;
  email?: string;
  password: string;
  businessName?: string;
  sector?: string;
  regency?: string;
  /** Made once per registration form (newRequestKey) and sent with every retry of it. */
  requestKey?: string;
}

/**
 * A random key for one registration: if an answer is lost and the member presses again, the server
 * signs this same client in to the account the first try made, and nobody else (docs/decisions/0010).
 */
export function newRequestKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
}

export async function register(input: RegisterInput): Promise<Me> {
  const { user } = await api<{ user: Me }>("/api/auth/register", { method: "POST", body: input });
  setSession(user);
  return user;
}

export async function login(identifier: string, password: string): Promise<Me> {
  const { user } = await api<{ user: Me }>("/api/auth/login", {
    method: "POST",
    body: { identifier, password },
  });
  setSession(user);
  return user;
}

export function resetPassword(token: string, password: string): Promise<void> {
  return api<void>("/api/auth/reset", { method: "POST", body: { token, password } });
}

/** Calls that need the session: a 401 logs the member out here too, so the page sends them to log in. */
async function withSession<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (failure) {
    noteUnauthenticated(failure);
    throw failure;
  }
}

export interface ProfileInput {
  name?: string;
  businessName?: string | null;
  sector?: string | null;
  regency?: string | null;
}

export async function updateProfile(input: ProfileInput): Promise<Me> {
  const user = await withSession(() => api<Me>("/api/me", { method: "PATCH", body: input }));
  setSession(user);
  return user;
}

export const exportFileName = "berdaya-data-saya.json";

/** Everything stored about the member, saved as a JSON file on the device. */
export async function downloadMyData(): Promise<void> {
  const data = await withSession(() => api<unknown>("/api/me/export"));
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = exportFileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some Android browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Changes the password; the server signs out every other device, this one stays. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await withSession(() =>
    api<void>("/api/me/password", { method: "POST", body: { currentPassword, newPassword } }),
  );
}

export async function changePhone(phone: string, password: string): Promise<Me> {
  const user = await withSession(() =>
    api<Me>("/api/me/phone", { method: "PUT", body: { phone, password } }),
  );
  setSession(user);
  return user;
}

export interface Device {
  id: string;
  device: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

/** The member's signed-in devices, most recently used first. */
export async function listDevices(): Promise<Device[]> {
  return (await withSession(() => api<{ items: Device[] }>("/api/me/sessions"))).items;
}

/** Signs one of the member's other devices out. */
export async function signOutDevice(id: string): Promise<void> {
  await withSession(() => api<void>(`/api/me/sessions/${encodeURIComponent(id)}`, { method: "DELETE" }));
}

/** Ends every session of the member, this one too. */
export async function logoutEverywhere(): Promise<void> {
  await withSession(() => api<void>("/api/me/sessions", { method: "DELETE" }));
  setSession(null, { left: true });
}

export async function deleteAccount(password: string): Promise<void> {
  await withSession(() => api<{ deleted: true }>("/api/me", { method: "DELETE", body: { password } }));
  setSession(null, { left: true });
}

/** Sends the application and puts it on the member's session, which the profile page shows. */
export async function applyToTrain(motivation: string, expertise: string): Promise<void> {
  const answer = await withSession(() =>
    api<{ application: TrainerApplication } | TrainerApplication>("/api/trainer-applications", {
      method: "POST",
      body: { motivation, expertise },
    }),
  );
  // The contract answers {application}; an answer that is the application itself is taken as well.
  const application = "application" in answer ? answer.application : answer;
  const member = currentMember();
  if (member && typeof application?.status === "string")
    setSession({ ...member, trainerApplication: application });
  else await refreshSession();
}
