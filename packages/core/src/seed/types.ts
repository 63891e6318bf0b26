/** The shape of a demo course as written in the seed data; the seeder turns it into entities. */
export type SeedQuestion =
  | { kind: "single"; prompt: string; options: string[]; correct: number; points: number }
  | { kind: "multiple"; prompt: string; options: string[]; correct: number[]; points: number }
  | { kind: "truefalse"; prompt: string; correct: boolean; points: number }
  | { kind: "short"; prompt: string; accepted: string[]; points: number };

export type SeedLesson =
  | { kind: "text"; title: string; durationMinutes: number; body: string }
  | { kind: "video"; title: string; durationMinutes: number; youtubeId: string; body: string }
  | {
      kind: "quiz";
      title: string;
      durationMinutes: number;
      /** Percent of points needed to pass, 0–100. */
      passMark: number;
      attemptLimit: number;
      questions: SeedQuestion[];
    }
  | {
      kind: "worksheet";
      title: string;
      durationMinutes: number;
      prompt: string;
      fields: { name: string; label: string; help?: string }[];
    };

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
