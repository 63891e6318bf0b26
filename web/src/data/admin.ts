import { api } from "./api";
import type { Page } from "./courses";
import { type ApplicationStatus, noteUnauthenticated, type Role } from "./session";

export interface AdminApplication {
  id: string;
  userId: string;
  name: string;
  phone: string | null;
  email: string | null;
  motivation: string;
  expertise: string;
  status: ApplicationStatus;
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface AdminMember {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  role: Role;
  businessName: string | null;
  sector: string | null;
  regency: string | null;
  createdAt: string;
}

export interface ResetLink {
  url: string;
  expiresAt: string;
}

const pageSize = 20;

async function adminApi<T>(...args: Parameters<typeof api>): Promise<T> {
  try {
    return await api<T>(...args);
  } catch (failure) {
    noteUnauthenticated(failure);
    throw failure;
  }
}

export function listApplications(
  status: ApplicationStatus,
  cursor?: string,
): Promise<Page<AdminApplication>> {
  return adminApi("/api/admin/trainer-applications", { query: { status, cursor, limit: pageSize } });
}

export function approveApplication(id: string): Promise<AdminApplication> {
  return adminApi(`/api/admin/trainer-applications/${encodeURIComponent(id)}/approve`, { method: "POST" });
}

export function rejectApplication(id: string, reason: string): Promise<AdminApplication> {
  return adminApi(`/api/admin/trainer-applications/${encodeURIComponent(id)}/reject`, {
    method: "POST",
    body: { reason },
  });
}

export function listMembers(q: string, cursor?: string): Promise<Page<AdminMember>> {
  return adminApi("/api/admin/members", { query: { q, cursor, limit: pageSize } });
}

export function createResetLink(userId: string): Promise<ResetLink> {
  return adminApi(`/api/admin/members/${encodeURIComponent(userId)}/reset-link`, { method: "POST" });
}

/** Takes a trainer role back (ADR 0013): the member becomes a learner; their courses stay. */
export function removeTrainerRole(userId: string): Promise<{ id: string; role: Role }> {
  return adminApi(`/api/admin/members/${encodeURIComponent(userId)}/remove-trainer`, { method: "POST" });
}

export interface CatalogCourse {
  id: string;
  title: string;
  status: "published" | "unpublished";
  trainer: { id: string; name: string };
  learnerCount: number;
  publishedAt: string | null;
}

export function listCatalog(status: CatalogCourse["status"], cursor?: string): Promise<Page<CatalogCourse>> {
  return adminApi("/api/admin/catalog", { query: { status, cursor, limit: pageSize } });
}

export function setCoursePublished(courseId: string, published: boolean): Promise<CatalogCourse> {
  const action = published ? "republish" : "unpublish";
  return adminApi(`/api/admin/courses/${encodeURIComponent(courseId)}/${action}`, { method: "POST" });
}

export function reassignCourse(courseId: string, trainer: string): Promise<CatalogCourse> {
  return adminApi(`/api/admin/courses/${encodeURIComponent(courseId)}/reassign`, {
    method: "POST",
    body: { trainer },
  });
}
