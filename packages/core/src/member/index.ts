import * as v from "valibot";
import { isEmail, normaliseIdentifier, toE164 } from "../account/index";
import { type Actor, assertAdmin } from "../actor/index";
import * as Certificate from "../certificate/index";
import * as Course from "../course/index";
import { pageEntries } from "../db/index";
import { notFound } from "../error/index";
import * as Learning from "../learning/index";
import { regencies, sectors } from "../reference/index";
import * as User from "../user/index";

export const listInput = v.object({
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
  regency: v.optional(v.picklist(regencies as string[])),
  sector: v.optional(v.picklist(sectors as string[])),
  ...pageEntries,
});

export const memberSchema = v.object({
  id: v.string(),
  name: v.string(),
  phone: v.nullable(v.string()),
  email: v.nullable(v.string()),
  role: v.string(),
  businessName: v.nullable(v.string()),
  sector: v.nullable(v.string()),
  regency: v.nullable(v.string()),
  createdAt: v.string(),
});
export type Member = v.InferOutput<typeof memberSchema>;

type UserItem = NonNullable<Awaited<ReturnType<typeof User.get>>>;

const toMember = (user: UserItem): Member => ({
  id: user.userId,
  name: user.name,
  phone: user.phone ?? null,
  email: user.email ?? null,
  role: user.role,
  businessName: user.businessName ?? null,
  sector: user.sector ?? null,
  regency: user.regency ?? null,
  createdAt: user.createdAt,
});

/**
 * Members, newest first. A phone number or an email is one GetItem on its login handle; other text
 * matches part of the name (case- and accent-insensitive) as a filter on the paginated Query.
 */
export const pageSchema = v.object({ items: v.array(memberSchema), cursor: v.nullable(v.string()) });

export async function list(
  actor: Actor,
  input: v.InferOutput<typeof listInput>,
): Promise<v.InferOutput<typeof pageSchema>> {
  assertAdmin(actor);
  const q = input.q ?? "";
  if (q && (isEmail(q) || toE164(q))) {
    const user = await User.byIdentifier(normaliseIdentifier(q));
    return { items: user ? [toMember(user)] : [], cursor: null };
  }
  const name = User.foldText(q);
  const { regency, sector } = input;
  const result = await User.search({ name, regency, sector, cursor: input.cursor, limit: input.limit });
  return { items: result.data.map(toMember), cursor: result.cursor };
}

export const detailSchema = v.object({
  member: memberSchema,
  enrollments: v.array(
    v.object({
      courseId: v.string(),
      /** Null when the course no longer exists. */
      courseTitle: v.nullable(v.string()),
      status: v.picklist(["active", "completed"]),
      completedLessons: v.number(),
      enrolledAt: v.string(),
      completedAt: v.nullable(v.string()),
    }),
  ),
  certificates: v.array(
    v.object({
      code: v.string(),
      courseTitle: v.string(),
      status: Certificate.viewSchema.entries.status,
      issuedAt: v.string(),
      revokedAt: v.nullable(v.string()),
    }),
  ),
});

/** One member for the association's desk: profile, enrollments with progress, certificates. */
export async function detail(actor: Actor, userId: string): Promise<v.InferOutput<typeof detailSchema>> {
  assertAdmin(actor);
  const user = await User.get(userId);
  if (!user) throw notFound("member_not_found");
  const [enrollments, certificates] = await Promise.all([
    Learning.enrollmentsOf(userId),
    Certificate.certificatesOf(userId),
  ]);
  const heads = await Course.heads(enrollments.map((e) => e.courseId));
  const titles = new Map(heads.map((head) => [head.courseId, head.title]));
  return {
    member: toMember(user),
    enrollments: enrollments.map((e) => ({
      courseId: e.courseId,
      courseTitle: titles.get(e.courseId) ?? null,
      status: e.status,
      completedLessons: e.completedLessons?.length ?? 0,
      enrolledAt: e.enrolledAt,
      completedAt: e.completedAt ?? null,
    })),
    certificates: certificates.map((c) => ({
      code: c.code,
      courseTitle: c.courseTitle,
      status: c.status,
      issuedAt: c.issuedAt,
      revokedAt: c.revokedAt ?? null,
    })),
  };
}
