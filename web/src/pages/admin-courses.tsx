import { A } from "@solidjs/router";
import { createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { ConfirmAction } from "../components/confirm-action";
import { createSubmitter, FormError, FormSuccess } from "../components/form";
import { formatDateTime } from "../components/format";
import { Icon } from "../components/icon";
import { ListFooter } from "../components/list-footer";
import { usePageTitle } from "../components/page-title";
import { createPagedList } from "../components/paged-list";
import { AdminOnly } from "../components/role-gate";
import { ErrorState, LoadingState } from "../components/status";
import {
  type CatalogCourse,
  type CatalogStatus,
  listCatalog,
  reassignCourse,
  setCoursePublished,
} from "../data/admin";
import { listReviewQueue, type ReviewItem } from "../data/authoring";
import { reviewPath } from "../data/paths";
import { t } from "../i18n/authoring";
import "../authoring.css";

function Queue(): JSX.Element {
  const list = createPagedList(
    () => "queue",
    (_, cursor) => listReviewQueue(cursor),
    (item: ReviewItem) => item.courseId,
  );

  return (
    <Switch fallback={<LoadingState label={t("app.loading")} />}>
      <Match when={list.state() === "errored"}>
        <ErrorState error={list.error()} onRetry={list.retry} />
      </Match>
      <Match when={list.state() === "ready" && list.items().length === 0}>
        <p class="status status-empty">{t("review.empty")}</p>
      </Match>
      <Match when={list.state() === "ready"}>
        <ul class="admin-list">
          <For each={list.items()}>
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
                <A href={reviewPath(item.courseId)} class="button button-secondary">
                  {t("review.open")}
                  <span class="visually-hidden">: {item.title}</span>
                </A>
              </li>
            )}
          </For>
        </ul>
        <ListFooter list={list} />
      </Match>
    </Switch>
  );
}

/** One course of the catalog with the association's controls: unpublish / publish again, move trainer. */
function CatalogRow(props: { course: CatalogCourse; onChanged: (message: string) => void }): JSX.Element {
  const [course, setCourse] = createSignal(props.course);
  const [trainer, setTrainer] = createSignal("");
  const publishing = createSubmitter();
  const moving = createSubmitter();
  const inputId = () => `reassign-${course().id}`;
  const publish = (published: boolean) =>
    void publishing.run(async () => {
      const changed = await setCoursePublished(course().id, published);
      setCourse(changed);
      props.onChanged(
        t(published ? "acatalog.republished" : "acatalog.unpublished", { title: changed.title }),
      );
    });
  return (
    <li class="admin-row catalog-row" data-testid="catalog-course" data-course={course().id}>
      <div class="admin-row-head">
        <h3 class="admin-row-title">{course().title}</h3>
        <p class="admin-row-meta">
          <span>{t("course.trainerBy", { name: course().trainer.name })}</span>
          <span>{t("acatalog.learners", { count: course().learnerCount })}</span>
          <Show when={course().status === "unpublished"}>
            <span class="status-badge status-unpublished">{t("status.unpublished")}</span>
          </Show>
        </p>
      </div>
      <FormError error={publishing.error()} />
      <Show
        when={course().status === "published"}
        fallback={
          <button
            type="button"
            class="button button-secondary"
            data-testid="republish"
            disabled={publishing.pending()}
            onClick={() => publish(true)}
          >
            {publishing.pending() ? t("form.sending") : t("acatalog.republish")}
          </button>
        }
      >
        <ConfirmAction
          label={publishing.pending() ? t("form.sending") : t("acatalog.unpublish")}
          question={t("acatalog.unpublishQuestion", { title: course().title })}
          confirm={t("acatalog.unpublishConfirm")}
          cancel={t("acatalog.cancel")}
          testId="unpublish"
          disabled={publishing.pending()}
          onConfirm={() => publish(false)}
        />
      </Show>
      <details class="reassign">
        <summary>{t("acatalog.reassign")}</summary>
        <form
          class="reassign-form"
          onSubmit={(event) => {
            event.preventDefault();
            void moving.run(async () => {
              const changed = await reassignCourse(course().id, trainer());
              setCourse(changed);
              setTrainer("");
              props.onChanged(t("acatalog.reassigned", { title: changed.title, name: changed.trainer.name }));
            });
          }}
        >
          <label for={inputId()}>{t("acatalog.reassignLabel")}</label>
          <div class="copy-row">
            <input
              id={inputId()}
              type="text"
              inputmode="email"
              autocomplete="off"
              required
              data-testid="reassign-input"
              value={trainer()}
              onInput={(event) => setTrainer(event.currentTarget.value)}
            />
            <button type="submit" class="button button-secondary" disabled={moving.pending()}>
              {moving.pending() ? t("form.sending") : t("acatalog.reassignSubmit")}
            </button>
          </div>
          <FormError error={moving.error()} />
        </form>
      </details>
    </li>
  );
}

/** The published (or unpublished) courses, for the association to take back or move (ADR 0013). */
function Catalog(): JSX.Element {
  const [status, setStatus] = createSignal<CatalogStatus>("published");
  const list = createPagedList(status, listCatalog, (course) => course.id);
  const [message, setMessage] = createSignal<string>();
  const show = (which: CatalogStatus) => {
    setMessage(undefined);
    setStatus(which);
  };
  return (
    <section class="catalog-admin" aria-labelledby="catalog-admin-title">
      <h2 id="catalog-admin-title">{t("acatalog.adminTitle")}</h2>
      <p class="field-hint">{t("acatalog.adminIntro")}</p>
      <fieldset class="catalog-filter">
        <legend>{t("acatalog.filter")}</legend>
        <For each={["published", "unpublished"] as const}>
          {(which) => (
            <label>
              <input
                type="radio"
                name="catalog-status"
                value={which}
                checked={status() === which}
                data-testid={`catalog-show-${which}`}
                onChange={() => show(which)}
              />
              {t(which === "published" ? "acatalog.showPublished" : "acatalog.showUnpublished")}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={message()}>{(text) => <FormSuccess>{text()}</FormSuccess>}</Show>
      <Switch fallback={<LoadingState label={t("app.loading")} />}>
        <Match when={list.state() === "errored"}>
          <ErrorState error={list.error()} onRetry={list.retry} />
        </Match>
        <Match when={list.state() === "ready" && list.items().length === 0}>
          <p class="status status-empty">
            {t(status() === "published" ? "acatalog.emptyPublished" : "acatalog.emptyUnpublished")}
          </p>
        </Match>
        <Match when={list.state() === "ready"}>
          <ul class="admin-list">
            <For each={list.items()}>{(course) => <CatalogRow course={course} onChanged={setMessage} />}</For>
          </ul>
          <ListFooter list={list} />
        </Match>
      </Switch>
    </section>
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
          <Catalog />
        </div>
      )}
    </AdminOnly>
  );
}
