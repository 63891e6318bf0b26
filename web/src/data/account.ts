import { type AnswerOf, call, client } from "./api";
import { currentMember, type Me, setSession } from "./session";

export type Reference = AnswerOf<typeof client.reference.$get>;

// The lists change only with a new deployment: one request per visit is enough.
let referenceRequest: Promise<Reference> | undefined;

export function getReference(): Promise<Reference> {
  if (!referenceRequest) {
    const request = call(client.reference.$get());
    request.catch(() => {
      referenceRequest = undefined;
    });
    referenceRequest = request;
  }
  return referenceRequest;
}

/** What registration takes; `requestKey` is made once per form (newRequestKey) and sent with every retry. */
export type RegisterInput = Parameters<typeof client.auth.register.$post>[0]["json"];

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
  const { user } = await call(client.auth.register.$post({ json: input }));
  setSession(user);
  return user;
}

export async function login(identifier: string, password: string): Promise<Me> {
  const { user } = await call(client.auth.login.$post({ json: { identifier, password } }));
  setSession(user);
  return user;
}

export function resetPassword(token: string, password: string): Promise<void> {
  return call(client.auth.reset.$post({ json: { token, password } }));
}

export type ProfileInput = Parameters<typeof client.me.$patch>[0]["json"];

export async function updateProfile(input: ProfileInput): Promise<Me> {
  const user = await call(client.me.$patch({ json: input }));
  setSession(user);
  return user;
}

export const exportFileName = "berdaya-data-saya.json";

/** Everything stored about the member, saved as a JSON file on the device. */
export async function downloadMyData(): Promise<void> {
  const data = await call(client.me.export.$get());
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
  await call(client.me.password.$post({ json: { currentPassword, newPassword } }));
}

export async function changePhone(phone: string, password: string): Promise<Me> {
  const user = await call(client.me.phone.$put({ json: { phone, password } }));
  setSession(user);
  return user;
}

export type Device = AnswerOf<typeof client.me.sessions.$get>["items"][number];

/** The member's signed-in devices, most recently used first. */
export async function listDevices(): Promise<Device[]> {
  return (await call(client.me.sessions.$get())).items;
}

/** Signs one of the member's other devices out. */
export async function signOutDevice(sessionId: string): Promise<void> {
  await call(client.me.sessions[":sessionId"].$delete({ param: { sessionId } }));
}

/** Ends every session of the member, this one too. */
export async function logoutEverywhere(): Promise<void> {
  await call(client.me.sessions.$delete());
  setSession(null, { left: true });
}

export async function deleteAccount(password: string): Promise<void> {
  await call(client.me.$delete({ json: { password } }));
  setSession(null, { left: true });
}

/** Sends the application and puts it on the member's session, which the profile page shows. */
export async function applyToTrain(motivation: string, expertise: string): Promise<void> {
  const application = await call(client["trainer-applications"].$post({ json: { motivation, expertise } }));
  const member = currentMember();
  if (member) setSession({ ...member, trainerApplication: application });
}
