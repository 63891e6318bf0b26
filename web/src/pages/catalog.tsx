import { For, type JSX, Match, Show, Switch } from "solid-js";
import { CourseCard } from "../components/course-card";
import { usePageTitle } from "../components/page-title";
import { ErrorState, errorMessage, LoadingState, SkeletonLines } from "../components/status";
import { createCatalog } from "../data/courses";
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
  const catalog = createCatalog();
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
      <Switch fallback={<CatalogSkeleton />}>
        <Match when={catalog.state() === "errored"}>
          <ErrorState error={catalog.error()} onRetry={catalog.retry} />
        </Match>
        <Match when={catalog.state() === "ready" && catalog.items().length === 0}>
          <p class="status status-empty">{t("catalog.empty")}</p>
        </Match>
        <Match when={catalog.state() === "ready" || catalog.state() === "refreshing"}>
          <ul class="course-grid" aria-label={t("catalog.listLabel")} ref={list}>
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
              {tn("catalog.shown", catalog.items().length)}
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
