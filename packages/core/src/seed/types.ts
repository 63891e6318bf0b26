import type { Content } from "../course/content";

type ContentOf<K extends Content["kind"]> = Extract<Content, { kind: K }>;
type Question = ContentOf<"quiz">["questions"][number];
type WithoutId<Q> = Q extends unknown ? Omit<Q, "id"> : never;

/** A quiz question as the seed writes it: the seeder numbers them (q1, q2, …). */
export type SeedQuestion = WithoutId<Question>;

/**
 * A demo lesson: its title and length, and its content as `course/content` defines it, with what the
 * seeder fills in left out (question ids, shuffling, a worksheet's acceptance and upload settings).
 */
export type SeedLesson = { title: string; durationMinutes: number } & (
  | ContentOf<"text">
  | ContentOf<"video">
  | (Omit<ContentOf<"quiz">, "questions" | "shuffle"> & { questions: SeedQuestion[] })
  | Omit<ContentOf<"worksheet">, "mustBeAccepted" | "allowUpload">
);

export interface SeedModule {
  title: string;
  summary: string;
  lessons: SeedLesson[];
}

export interface SeedCourse {
  /** Stable id so that a re-seed or a link in the docs never changes: lowercase, digits, dashes. */
  id: string;
  title: string;
  summary: string;
  /** Markdown. */
  description: string;
  category: "kreativitas" | "inovasi" | "pemasaran" | "keuangan" | "legalitas" | "perlindungan-pekerja";
  level: "pemula" | "menengah" | "lanjutan";
  language: "id";
  trainerEmail: "pelatih1@berdaya.test" | "pelatih2@berdaya.test";
  modules: SeedModule[];
}
