import { useSearchParams } from "@solidjs/router";
import { For, type JSX, Match, Show, Switch } from "solid-js";
import { CatalogSearch } from "../components/catalog-search";
import { CourseCard } from "../components/course-card";
import { usePageTitle } from "../components/page-title";
import { ErrorState, errorMessage, LoadingState, SkeletonLines } from "../components/status";
import { type CatalogFilters, createCatalog } from "../data/courses";
import { t, tn } from "../i18n";

function CatalogSkeleton(): JSX.Element {
  return (
    <LoadingState label={t("catalog.loading")}>
      <div class="course-grid">
        <For each={[1, 2, 3]}>{() => <SkeletonLines lines={5} class="card card-skeleton" />}</For>
      </div>
    </LoadingState>
  );
}

export default function CatalogPage(): JSX.Element {
  usePageTitle(() => t("catalog.title"));
  // The search lives in the address (?q=&category=&level=): back and forward, a reload or a shared
  // link all show the same list.
  const [search, setSearch] = useSearchParams<{ q?: string; category?: string; level?: string }>();
  const filters = (): CatalogFilters => ({
    q: search.q?.trim() || undefined,
    category: search.category || undefined,
    level: search.level || undefined,
  });
  const filtered = () => Boolean(filters().q || filters().category || filters().level);
  const catalog = createCatalog(filters);
  const setFilters = (next: CatalogFilters) =>
    setSearch(
      {
        q: next.q?.trim() || undefined,
        category: next.category || undefined,
        level: next.level || undefined,
      },
      { replace: true },
    );
  let list: HTMLUListElement | undefined;

  async function loadMore() {
    const shown = catalog.items().length;
    await catalog.loadMore();
    // The button may disappear with the last page: move focus to the first new course instead of losing it.
    if (catalog.items().length > shown) list?.querySelectorAll<HTMLElement>(".card-link")[shown]?.focus();
  }

  return (
    <>
      <div class="page-intro">
        <h1>{t("catalog.title")}</h1>
        <p class="lead">{t("catalog.intro")}</p>
      </div>
      <CatalogSearch filters={filters()} onChange={setFilters} />
      <Switch fallback={<CatalogSkeleton />}>
        <Match when={catalog.state() === "errored"}>
          <ErrorState error={catalog.error()} onRetry={catalog.retry} />
        </Match>
        <Match when={catalog.state() === "ready" && catalog.items().length === 0 && filtered()}>
          <div class="status status-empty catalog-no-match" data-testid="catalog-no-match">
            <p>{t("catalog.noMatch")}</p>
            <button type="button" class="button button-secondary" onClick={() => setFilters({})}>
              {t("catalog.clearSearch")}
            </button>
          </div>
        </Match>
        <Match when={catalog.state() === "ready" && catalog.items().length === 0}>
          <p class="status status-empty">{t("catalog.empty")}</p>
        </Match>
        <Match when={catalog.state() === "ready" || catalog.state() === "refreshing"}>
          <ul
            class="course-grid"
            classList={{ "catalog-refreshing": catalog.state() === "refreshing" }}
            aria-label={t("catalog.listLabel")}
            aria-busy={catalog.state() === "refreshing"}
            ref={list}
          >
            <For each={catalog.items()}>
              {(course) => (
                <li>
                  <CourseCard course={course} />
                </li>
              )}
            </For>
          </ul>
          <div class="list-footer">
            <p class="list-count" role="status">
              {catalog.state() === "refreshing"
                ? t("catalog.searching")
                : tn(filtered() ? "catalog.found" : "catalog.shown", catalog.items().length)}
            </p>
            <Show when={catalog.moreError()}>
              {(error) => (
                <p class="inline-error" role="alert">
                  {errorMessage(error())}
                </p>
              )}
            </Show>
            <Show when={catalog.hasMore()}>
              {/* aria-disabled rather than disabled: a disabled button drops keyboard focus while loading. */}
              <button
                type="button"
                class="button button-wide"
                onClick={loadMore}
                aria-disabled={catalog.loadingMore()}
              >
                {catalog.loadingMore() ? t("catalog.loadingMore") : t("catalog.loadMore")}
              </button>
            </Show>
          </div>
        </Match>
      </Switch>
    </>
  );
}
