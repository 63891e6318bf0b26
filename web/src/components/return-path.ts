import type { Location } from "@solidjs/router";

// Where to go after logging in: only a path on this site, never another origin ("//evil.example",
// "/\evil.example" and "https://…" are all refused), and never back to a login form.
const authPages = new Set(["/login", "/register", "/reset-password"]);

export function safeNext(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  try {
    const url = new URL(value, window.location.origin);
    if (url.origin !== window.location.origin || authPages.has(url.pathname)) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}

/** The page to come back to from here: this one, or on a login form the one it was already going to. */
export function returnPath(location: Location): string {
  if (authPages.has(location.pathname)) return safeNext(location.query.next);
  return safeNext(`${location.pathname}${location.search}${location.hash}`);
}

/** `/login` (or `/register`) that comes back to `next` afterwards; the catalog needs no `next`. */
export function authHref(page: "/login" | "/register", next: string): string {
  const path = safeNext(next);
  return path === "/" ? page : `${page}?next=${encodeURIComponent(path)}`;
}
