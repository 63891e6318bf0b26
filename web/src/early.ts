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

const lessonRoute = /^\/courses\/([^/]+)\/lessons\/[^/]+\/?$/;

/** The API read the page at `path` starts with, if it is one that anyone may read. */
function firstRead(path: string, search: string): string | undefined {
  if (path === "/" && search === "") return "/api/courses?limit=12";
  // A lesson's page starts with its course's outline (the lesson itself is the member's, asked by the app).
  const course = (/^\/courses\/([^/]+)\/?$/.exec(path) ?? lessonRoute.exec(path))?.[1];
  return course ? `/api/courses/${course}` : undefined;
}

// As long as the app's own fetch waits for an answer (data/api.ts).
const timeoutMs = 30_000;

/**
 * On a lesson's URL, the lesson player's code (listed by the build in index.html) downloads beside the
 * app's instead of after it: on slow 3G over HTTP/1.1 that saves the two or three round trips its
 * dozen small files took once the app had started. The app's own import then finds them fetched. Its
 * styles apply at once, so the lesson's text, shown before the player arrives, is laid out as the
 * player lays it out (a stylesheet added by a script does not hold up the page's first paint).
 */
function preloadLessonCode(path: string): void {
  if (!lessonRoute.test(path)) return;
  const files = document.querySelector<HTMLMetaElement>("meta[name=berdaya-lesson-code]")?.content;
  for (const href of files?.split(" ").filter(Boolean) ?? []) {
    const link = document.createElement("link");
    link.rel = href.endsWith(".css") ? "stylesheet" : "modulepreload";
    link.crossOrigin = "";
    link.href = href;
    document.head.append(link);
  }
}

const get = (url: string) =>
  [
    url,
    fetch(url, {
      credentials: "same-origin",
      headers: { Accept: "application/json", "Accept-Language": language() },
      signal: typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(timeoutMs) : undefined,
    }),
  ] as const;

/**
 * Opening the lesson at this URL: the POST the lesson page's route makes on a real visit (never on
 * hover), which this is. Kept under "POST <path>" for data/api.ts, which hands it to the page once.
 * Not signed in or not enrolled: the same refusal the page would have had.
 */
function openLesson(path: string): (readonly [string, Promise<Response>])[] {
  if (!lessonRoute.test(path)) return [];
  const url = `/api${path.replace(/\/$/, "")}/open`;
  const answer = fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: {
      Accept: "application/json",
      "Accept-Language": language(),
      "Content-Type": "application/json",
    },
    signal: typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(timeoutMs) : undefined,
  });
  return [[`POST ${url}`, answer]];
}

const page = firstRead(location.pathname, location.search);
// Who is signed in: every page's header, and the pages only a member may open, wait for it.
window.berdayaEarly = new Map([
  get("/api/me"),
  ...(page ? [get(page)] : []),
  ...openLesson(location.pathname),
]);
// After the data: over HTTP/1.1's six connections the answers go first, the code fills the rest.
preloadLessonCode(location.pathname);

export {};
