import { service } from "../db/index";
import { conflict } from "../error/index";
import { hashPassword, verifyPassword } from "./password";

export { hashPassword, verifyPassword };

export type Role = "learner" | "trainer" | "admin";

export interface NewUser {
  userId: string;
  name: string;
  role: Role;
  password: string;
  phone?: string;
  email?: string;
  businessName?: string;
  sector?: string;
  regency?: string;
}

/**
 * Stores a user and claims its login handles. Each handle is claimed with a conditional put, so
 * two users can never share a phone or an email; the user item is written only after every claim
 * succeeded, and a claim already held by the same user id counts as success (safe to retry).
 */
export async function create(input: NewUser): Promise<void> {
  const now = new Date().toISOString();
  const handles = [input.phone, input.email?.toLowerCase()].filter((h): h is string => Boolean(h));
  for (const identifier of handles) {
    try {
      await service.entities.Identity.create({ identifier, userId: input.userId, createdAt: now }).go();
    } catch (error) {
      const existing = await service.entities.Identity.get({ identifier }).go();
      if (!existing.data) throw error;
      if (existing.data.userId !== input.userId) throw conflict("identifier_taken", { identifier });
    }
  }
  const { password, ...profile } = input;
  await service.entities.User.put({
    ...profile,
    email: input.email?.toLowerCase(),
    passwordHash: await hashPassword(password),
    createdAt: now,
    updatedAt: now,
  }).go();
}

export async function get(userId: string) {
  const { data } = await service.entities.User.get({ userId }).go();
  return data;
}
