/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { apiCache, dataSaver } from "./db";
import { flush } from "./replay";

// The service worker (ADR 17): the app shell precached, a member's own answers (session, courses,
// progress) kept from the network for when there is none, saved courses' lessons and files served
// from their caches, images and videos skipped on mobile data when the member asked, and the
// outbox sent by Background Sync where the browser has it.

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Client-side routes open the precached shell; the API and the server-rendered verify page never do.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("/index.html"), {
    denylist: [/^\/api\//, /^\/verify\/[^/]+/, /^\/\.well-known\//],
  }),
);

/** The answers a learner needs to find their way offline: who they are, their courses, a course's outline. */
const personal = /^\/api\/(me|me\/enrollments|courses\/[^/]+)$/;
// Network first; without one, the last answer kept, or a saved course's copy.
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin && request.method === "GET" && personal.test(url.pathname),
  async ({ request }) => {
    try {
      const response = await fetch(request);
      if (response.ok) await (await caches.open(apiCache)).put(request, response.clone());
      return response;
    } catch (error) {
      const kept = await caches.match(request, { ignoreVary: true });
      if (kept) return kept;
      throw error;
    }
  },
);

const lessonOpen = /^\/api\/courses\/([^/]+)\/lessons\/([^/]+)\/open$/;

// Opening a lesson is a POST (it records the place and draws a quiz); without a network, a saved
// course answers with the lesson body it stored, quiz questions (no keys) included.
registerRoute(
  ({ url }) => url.origin === self.location.origin && lessonOpen.test(url.pathname),
  async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const saved = await caches.match(url.pathname.replace(/\/open$/, ""), { ignoreSearch: true });
      if (saved) return saved;
      throw error;
    }
  },
  "POST",
);

const onMobileData = () => {
  const connection = (navigator as Navigator & { connection?: { type?: string; saveData?: boolean } })
    .connection;
  return connection?.type === "cellular" || connection?.saveData === true;
};

// Files (immutable uploads, ADR 12): cached copies first (a saved course's, or one seen before);
// with the data saver on and on mobile data, images and videos not saved are not downloaded.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith("/api/files/"),
  async ({ request }) => {
    const cached = await caches.match(request.url, { ignoreSearch: true, ignoreVary: true });
    if (cached) return cached;
    const media = request.destination === "image" || request.destination === "video";
    if (media && onMobileData() && (await dataSaver())) return Response.error();
    return fetch(request);
  },
);

self.addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") void self.skipWaiting();
});

// Logging out forgets the member's cached answers on this phone.
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method === "POST" && url.pathname === "/api/auth/logout")
    event.waitUntil(caches.delete(apiCache));
});

interface SyncEvent extends ExtendableEvent {
  tag: string;
}
self.addEventListener("sync", (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== "berdaya-outbox") return;
  sync.waitUntil(
    (async () => {
      const me = await fetch("/api/me", { credentials: "same-origin" });
      if (!me.ok) return;
      const { id } = (await me.json()) as { id: string };
      // A sync that left actions behind is retried by the browser later.
      if ((await flush(id, "id")) !== "done") throw new Error("outbox not empty");
    })(),
  );
});

// The first version takes the open pages at once, so a course saved on the first visit works offline
// without a second one; later versions wait for the learner's "Muat ulang" (SKIP_WAITING above).
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
