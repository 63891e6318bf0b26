import { A } from "@solidjs/router";
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { createSubmitter, FormError } from "../components/form";
import { formatDateTime } from "../components/format";
import { Icon } from "../components/icon";
import { usePageTitle } from "../components/page-title";
import { AdminOnly } from "../components/role-gate";
import { ErrorState, LoadingState } from "../components/status";
import { listReviewQueue, type ReviewItem } from "../data/authoring";
import { t } from "../i18n/authoring";
import "../authoring.css";

function Queue(): JSX.Element {
  const [first, { refetch }] = createResource(() => listReviewQueue());
  const [more, setMore] = createSignal<{ items: ReviewItem[]; cursor: string | null }[]>([]);
  const loading = createSubmitter();
  const pages = () => (first.state === "ready" ? [first(), ...more()] : []);
  const items = () => pages().flatMap((page) => page.items);
  const cursor = () => pages()[pages().length - 1]?.cursor ?? null;

  return (
    <Switch fallback={<LoadingState label={t("app.loading")} />}>
      <Match when={first.state === "errored"}>
        <ErrorState
          error={first.error}
          onRetry={() => {
            setMore([]);
            void refetch();
          }}
        />
      </Match>
      <Match when={first.state === "ready" && items().length === 0}>
        <p class="status status-empty">{t("review.empty")}</p>
      </Match>
      <Match when={first.state === "ready"}>
        <ul class="admin-list">
          <For each={items()}>
            {(item) => (
              <li class="admin-row" data-testid="review-queue-item">
                <div class="admin-row-head">
                  <h2 class="admin-row-title">{item.title}</h2>
                  <p class="admin-row-meta">
                    <span>{t("course.trainerBy", { name: item.trainerName })}</span>
                    <span>{t("review.submittedAt", { date: formatDateTime(item.submittedAt) })}</span>
                    <span>{t("review.version", { version: item.version })}</span>
                  </p>
                </div>
                <A
                  href={`/admin/courses/${encodeURIComponent(item.courseId)}`}
                  class="button button-secondary"
                >
                  {t("review.open")}
                  <span class="visually-hidden">: {item.title}</span>
                </A>
              </li>
            )}
          </For>
        </ul>
        <Show when={cursor()}>
          {(next) => (
            <div class="list-footer">
              <FormError error={loading.error()} />
              <button
                type="button"
                class="button button-secondary"
                disabled={loading.pending()}
                onClick={() =>
                  void loading.run(async () => {
                    const page = await listReviewQueue(next());
                    setMore((loaded) => [...loaded, page]);
                  })
                }
              >
                {loading.pending() ? t("catalog.loadingMore") : t("catalog.loadMore")}
              </button>
            </div>
          )}
        </Show>
      </Match>
    </Switch>
  );
}

export default function AdminCoursesPage(): JSX.Element {
  usePageTitle(() => t("review.title"));
  return (
    <AdminOnly>
      {() => (
        <div class="admin-page">
          <A href="/admin" class="back-link">
            <Icon name="back" />
            {t("admin.title")}
          </A>
          <div class="page-intro">
            <h1>{t("review.title")}</h1>
            <p class="lead">{t("review.intro")}</p>
          </div>
          <Queue />
        </div>
      )}
    </AdminOnly>
  );
}
