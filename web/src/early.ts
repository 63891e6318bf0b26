// The session and the first page's data, asked for before the app's code arrives. index.html loads
// this small script `async` beside the app: on slow 3G the answers then travel while the app's
// JavaScript downloads, instead of after it (docs/decisions/0016). The app's fetch (data/api.ts) takes
// each answer once, for the same URL, in the page's first seconds; anything else it asks for itself.

declare global {
  interface Window {
    berdayaEarly?: Map<string, Promise<Response>>;
  }
}

function language(): string {
  try {
    return localStorage.getItem("berdaya.lang") === "en" ? "en" : "id";
  } catch {
    return "id";
  }
}

/** The API read the page at `path` starts with, if it is one that anyone may read. */
function firstRead(path: string, search: string): string | undefined {
  if (path === "/" && search === "") return "/api/courses?limit=12";
  const course = /^\/courses\/([^/]+)\/?$/.exec(path)?.[1];
  return course ? `/api/courses/${course}` : undefined;
}

// As long as the app's own fetch waits for an answer (data/api.ts).
const timeoutMs = 30_000;

const get = (url: string) =>
  [
    url,
    fetch(url, {
      credentials: "same-origin",
      headers: { Accept: "application/json", "Accept-Language": language() },
      signal: typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(timeoutMs) : undefined,
    }),
  ] as const;
const page = firstRead(location.pathname, location.search);
// Who is signed in: every page's header, and the pages only a member may open, wait for it.
window.berdayaEarly = new Map(page ? [get("/api/me"), get(page)] : [get("/api/me")]);

export {};
