import { type Accessor, createMemo, createResource, createSignal, untrack } from "solid-js";
import { type AnswerOf, call, client, query } from "./api";

export type CourseSummary = AnswerOf<typeof client.courses.$get>["items"][number];
export type CourseDetail = AnswerOf<(typeof client.courses)[":courseId"]["$get"]>;
export type ModuleOutline = CourseDetail["modules"][number];
export type LessonOutline = ModuleOutline["lessons"][number];
export type LessonKind = LessonOutline["kind"];

/** A course's public page. The app's other page addresses are in data/paths.ts. */
export const coursePath = (courseId: string) => `/courses/${encodeURIComponent(courseId)}`;

/** One page of a list the server pages with a cursor. */
export interface Page<T> {
  items: T[];
  cursor: string | null;
}

/**
 * The items of the pages loaded so far, each once: a row that moved from one page to the next while
 * the member was reading would otherwise show twice. The catalog and the desk's lists both page so.
 */
export function pagedItems<T>(pages: readonly Page<T>[], idOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return pages.flatMap((page) => page.items).filter((item) => !seen.has(idOf(item)) && seen.add(idOf(item)));
}

/** Where "load more" goes on: the last page's cursor, or null when the list has ended (or none is loaded). */
export function nextCursor(pages: readonly Page<unknown>[]): string | null {
  return pages[pages.length - 1]?.cursor ?? null;
}

export interface CatalogFilters {
  q?: string;
  category?: string;
  level?: string;
}

// Small pages keep the first paint fast on a slow connection; "load more" fetches the rest.
const catalogPageSize = 12;

export function listCourses(filters: CatalogFilters, cursor?: string): Promise<Page<CourseSummary>> {
  return call(client.courses.$get({ query: query({ ...filters, cursor, limit: catalogPageSize }) }));
}

export function getCourse(courseId: string): Promise<CourseDetail> {
  return call(client.courses[":courseId"].$get({ param: { courseId } }));
}

// The catalog as last seen, so that coming back from a course shows it at once (with the pages
// already loaded) instead of downloading it again.
const catalogFreshMs = 5 * 60_000;
let catalogSnapshot: { key: string; pages: Page<CourseSummary>[]; at: number } | undefined;

function filtersKey(filters: CatalogFilters): string {
  return JSON.stringify([filters.q ?? "", filters.category ?? "", filters.level ?? ""]);
}

function filtersFromKey(key: string): CatalogFilters {
  const [q, category, level] = JSON.parse(key) as [string, string, string];
  return { q, category, level };
}

export type CatalogState = "unresolved" | "pending" | "ready" | "refreshing" | "errored";

export interface Catalog {
  state: Accessor<CatalogState>;
  error: Accessor<unknown>;
  items: Accessor<CourseSummary[]>;
  hasMore: Accessor<boolean>;
  loadingMore: Accessor<boolean>;
  moreError: Accessor<unknown>;
  loadMore: () => Promise<void>;
  retry: () => void;
}

/** The published catalog, first page first, then one page per `loadMore()`. */
export function createCatalog(filters: Accessor<CatalogFilters> = () => ({})): Catalog {
  const key = createMemo(() => filtersKey(filters()));
  const [more, setMore] = createSignal<Page<CourseSummary>[]>([]);
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [moreError, setMoreError] = createSignal<unknown>();

  const [firstPage, { refetch }] = createResource(key, (currentKey, { refetching }) => {
    const snapshot = catalogSnapshot;
    const first = snapshot?.pages[0];
    if (!refetching && first && snapshot.key === currentKey && Date.now() - snapshot.at < catalogFreshMs) {
      setMore(snapshot.pages.slice(1));
      return first;
    }
    return listCourses(filtersFromKey(currentKey)).then((page) => {
      catalogSnapshot = { key: currentKey, pages: [page], at: Date.now() };
      setMore([]);
      setMoreError(undefined);
      return page;
    });
  });

  const hasFirstPage = () => firstPage.state === "ready" || firstPage.state === "refreshing";
  const pages = createMemo(() =>
    hasFirstPage() ? [firstPage.latest as Page<CourseSummary>, ...more()] : [],
  );

  const items = createMemo(() => pagedItems(pages(), (course) => course.id));
  const cursor = () => nextCursor(pages());

  async function loadMore(): Promise<void> {
    const next = untrack(cursor);
    if (!next || untrack(loadingMore)) return;
    const requestedKey = untrack(key);
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await listCourses(filtersFromKey(requestedKey), next);
      if (requestedKey !== untrack(key)) return;
      setMore((loaded) => [...loaded, page]);
      if (catalogSnapshot?.key === requestedKey) {
        catalogSnapshot = { ...catalogSnapshot, pages: untrack(pages) };
      }
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }

  return {
    state: () => firstPage.state,
    error: () => firstPage.error,
    items,
    hasMore: () => cursor() !== null,
    loadingMore,
    moreError,
    loadMore,
    retry: () => void refetch(),
  };
}

/** The catalog's card for a course, if the catalog has been loaded: enough to title the course page early. */
export function findCourseSummary(courseId: string): CourseSummary | undefined {
  for (const page of catalogSnapshot?.pages ?? []) {
    const course = page.items.find((item) => item.id === courseId);
    if (course) return course;
  }
  return undefined;
}

// One request per course, shared by the route's preload (which starts while the page's code is
// still downloading, or when a link is hovered) and the page itself.
const courseFreshMs = 60_000;
const courseRequests = new Map<string, { promise: Promise<CourseDetail>; at: number }>();

export function preloadCourse(courseId: string): Promise<CourseDetail> {
  const cached = courseRequests.get(courseId);
  if (cached && Date.now() - cached.at < courseFreshMs) return cached.promise;
  const promise = getCourse(courseId);
  courseRequests.set(courseId, { promise, at: Date.now() });
  promise.catch(() => {
    if (courseRequests.get(courseId)?.promise === promise) courseRequests.delete(courseId);
  });
  return promise;
}

/** Drops a course's cached answer: its learner count changed (an enrollment here). */
export function forgetCourse(courseId: string): void {
  courseRequests.delete(courseId);
}

export function createCourse(courseId: Accessor<string>) {
  return createResource<CourseDetail, string>(courseId, (id, { refetching }) => {
    if (refetching) courseRequests.delete(id);
    return preloadCourse(id);
  });
}
