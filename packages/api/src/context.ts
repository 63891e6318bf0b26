import type { Context } from "hono";

export type Lang = "id" | "en";

/** Variables every route can read from the Hono context. */
export interface AppEnv {
  Variables: { lang: Lang };
}

/** Bahasa Indonesia unless the client asks for English first. */
export function langOf(acceptLanguage: string | undefined): Lang {
  return /^\s*en\b/i.test(acceptLanguage ?? "") ? "en" : "id";
}

export type AppContext = Context<AppEnv>;
