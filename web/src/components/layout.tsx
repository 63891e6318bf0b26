import { A, type RouteSectionProps, useLocation } from "@solidjs/router";
import { createEffect, createSignal, type JSX, lazy, on, onCleanup, onMount, Show, Suspense } from "solid-js";
import { refreshInbox } from "../data/notifications";
import { currentMember } from "../data/session";
import { t } from "../i18n";
import { AccountNav } from "./account-nav";
import { LanguageSwitcher } from "./language-switcher";
import { LoadingState } from "./status";

// Learning without signal (sync state, install and update prompts): loaded after the page, never in its way.
const OfflineBar = lazy(() => import("../offline/bar"));

/**
 * Calls `then` once the page has loaded and the browser is idle: on slow 3G the offline bar's code
 * (with the service worker's registration and the outbox, about 10 KB) would otherwise share the
 * line with the page's own code and data.
 */
function afterPageLoad(then: () => void): () => void {
  // Safari has no requestIdleCallback: a second after the load stands in for it.
  const idle = typeof window.requestIdleCallback === "function";
  let handle: number | undefined;
  const start = () => {
    handle = idle ? window.requestIdleCallback(then, { timeout: 5_000 }) : window.setTimeout(then, 1_000);
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
  return () => {
    window.removeEventListener("load", start);
    if (handle === undefined) return;
    if (idle) window.cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}

function BrandMark(): JSX.Element {
  return (
    <svg class="brand-mark" viewBox="0 0 32 32" width="36" height="36" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="currentColor" />
      <path
        d="M11 8v16M11 8h5a4 4 0 0 1 0 8h-5M11 16h6a4 4 0 0 1 0 8h-6"
        fill="none"
        stroke="#0b5d44"
        stroke-width="3"
      />
    </svg>
  );
}

export function Layout(props: RouteSectionProps): JSX.Element {
  const location = useLocation();
  let main: HTMLElement | undefined;

  // After an in-app navigation, start keyboard and screen-reader users at the new page's content
  // rather than on the link they just used, which is gone.
  createEffect(
    on(
      () => location.pathname,
      () => main?.focus({ preventScroll: true }),
      { defer: true },
    ),
  );

  // The header's notification badge: fetched with the member, then kept fresh as they move around.
  createEffect(on([() => currentMember()?.id, () => location.pathname], () => void refreshInbox()));
  const [pageLoaded, setPageLoaded] = createSignal(false);
  onMount(() => onCleanup(afterPageLoad(() => setPageLoaded(true))));

  const onFocus = () => void refreshInbox();
  window.addEventListener("focus", onFocus);
  onCleanup(() => window.removeEventListener("focus", onFocus));

  return (
    <>
      {/* A native listener, so it runs before the router's, which would treat "#main" as a navigation
          and leave focus where it was. */}
      <a
        class="skip-link"
        href="#main"
        on:click={(event) => {
          event.preventDefault();
          main?.focus();
        }}
      >
        {t("app.skipToContent")}
      </a>
      <header class="site-header">
        <div class="container header-inner">
          <A href="/" class="brand" end>
            <BrandMark />
            <span class="brand-text">
              <span class="brand-name">{t("app.name")}</span>
              <span class="visually-hidden"> · </span>
              <span class="brand-org">{t("app.association")}</span>
            </span>
          </A>
          <nav class="site-nav" aria-label={t("nav.label")}>
            <A href="/" end activeClass="active">
              {t("nav.catalog")}
            </A>
            <AccountNav />
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <Show when={pageLoaded()}>
        <Suspense>
          <OfflineBar />
        </Suspense>
      </Show>
      <main id="main" class="container site-main" tabindex="-1" ref={main}>
        <Suspense fallback={<LoadingState label={t("app.loading")} />}>{props.children}</Suspense>
      </main>
      <footer class="site-footer">
        <div class="container">
          <p class="footer-brand">
            {t("app.name")} · {t("app.tagline")}
          </p>
          <p>{t("footer.about", { association: t("app.association") })}</p>
          <p class="footer-copy">
            {t("footer.copyright", { year: new Date().getFullYear(), association: t("app.association") })}
          </p>
        </div>
      </footer>
    </>
  );
}
