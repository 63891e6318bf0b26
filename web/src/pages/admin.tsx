import { A } from "@solidjs/router";
import { createSignal, For, type JSX, Match, onMount, Show, Switch } from "solid-js";
import { DeskLinks } from "../components/desk-nav";
import { Field, FormProblem, FormSuccess, inputValue, SearchRow, SubmitButton } from "../components/form";
import { formatDate, formatPhone } from "../components/format";
import { ListFooter } from "../components/list-footer";
import { businessLine, RoleBadge } from "../components/member-facts";
import { usePageTitle } from "../components/page-title";
import { createPagedList } from "../components/paged-list";
import { AdminOnly } from "../components/require-login";
import { ResetLinkCreate } from "../components/reset-link";
import { ReviewPanel } from "../components/review-panel";
import { ErrorState, LoadingState } from "../components/status";
import { WaitingLinks } from "../components/waiting-links";
import {
  type AdminApplication,
  type AdminMember,
  approveApplication,
  listApplications,
  listMembers,
  rejectApplication,
} from "../data/admin";
import { inbox, refreshInbox } from "../data/notifications";
import type { ApplicationStatus } from "../data/session";
import { t } from "../i18n";

function Contact(props: { phone: string | null; email: string | null }): JSX.Element {
  return (
    <>
      <Show when={props.phone}>{(phone) => <span class="contact">{formatPhone(phone())}</span>}</Show>
      <Show when={props.email}>{(email) => <span class="contact">{email()}</span>}</Show>
    </>
  );
}

function ApplicationRow(props: {
  application: AdminApplication;
  onDecided: (application: AdminApplication) => void;
}): JSX.Element {
  const undecided = () => props.application.status === "pending";

  return (
    <li class="admin-row" data-testid="application">
      <div class="admin-row-head">
        <h3 class="admin-row-title">{props.application.name}</h3>
        <p class="admin-row-meta">
          <Contact phone={props.application.phone} email={props.application.email} />
          <span>{t("admin.applications.sentOn", { date: formatDate(props.application.createdAt) })}</span>
        </p>
      </div>
      <dl class="admin-facts">
        <div>
          <dt>{t("trainer.expertise")}</dt>
          <dd>{props.application.expertise}</dd>
        </div>
        <div>
          <dt>{t("admin.applications.motivation")}</dt>
          <dd class="preserve-lines">{props.application.motivation}</dd>
        </div>
        <Show when={!undecided()}>
          <div>
            <dt>{t("admin.applications.decision")}</dt>
            <dd>
              {t(`trainer.status.${props.application.status}`)}
              <Show when={props.application.decidedAt}>{(at) => <> · {formatDate(at())}</>}</Show>
            </dd>
          </div>
        </Show>
        <Show when={props.application.reason}>
          {(text) => (
            <div>
              <dt>{t("trainer.reason")}</dt>
              <dd class="preserve-lines">{text()}</dd>
            </div>
          )}
        </Show>
      </dl>
      <Show when={undecided()}>
        <div class="decision">
          <ReviewPanel
            id={`reason-${props.application.id}`}
            kind="application"
            label={t("admin.applications.reason")}
            hint={t("admin.applications.reasonHint")}
            rows={2}
            tooShort={() => new FormProblem("admin.applications.reasonRequired")}
            approve={{
              label: t("admin.applications.approve"),
              testId: "approve",
              run: async () => props.onDecided(await approveApplication(props.application.id)),
            }}
            reject={{
              label: t("admin.applications.reject"),
              testId: "reject",
              run: async (reason) => props.onDecided(await rejectApplication(props.application.id, reason)),
            }}
          />
        </div>
      </Show>
    </li>
  );
}

const statuses: ApplicationStatus[] = ["pending", "approved", "rejected"];

function ApplicationsSection(): JSX.Element {
  const [status, setStatus] = createSignal<ApplicationStatus>("pending");
  const list = createPagedList(
    status,
    (current, cursor) => listApplications(current, cursor),
    (a) => a.id,
  );
  const [decided, setDecided] = createSignal<AdminApplication>();

  function onDecided(application: AdminApplication) {
    list.remove(application.id);
    setDecided(application);
    void refreshInbox({ fresh: true });
  }

  return (
    <section class="admin-section" id="applications" aria-labelledby="admin-applications">
      <h2 id="admin-applications">{t("admin.applications.title")}</h2>
      <div class="field field-inline">
        <label for="applications-status">{t("admin.applications.show")}</label>
        <select
          id="applications-status"
          value={status()}
          onChange={(event) => {
            setDecided(undefined);
            setStatus(inputValue(event) as ApplicationStatus);
          }}
        >
          <For each={statuses}>
            {(value) => (
              <option value={value} selected={value === status()}>
                {t(`admin.applications.filter.${value}`)}
              </option>
            )}
          </For>
        </select>
      </div>
      <Show when={decided()}>
        {(application) => (
          <FormSuccess>
            {t(
              application().status === "approved"
                ? "admin.applications.approved"
                : "admin.applications.rejected",
              { name: application().name },
            )}
          </FormSuccess>
        )}
      </Show>
      <Switch fallback={<LoadingState label={t("admin.loading")} />}>
        <Match when={list.state() === "errored"}>
          <ErrorState error={list.error()} onRetry={list.retry} />
        </Match>
        <Match when={list.state() === "ready" && list.items().length === 0}>
          <p class="status status-empty">{t(`admin.applications.empty.${status()}`)}</p>
        </Match>
        <Match when={list.state() === "ready"}>
          <ul class="admin-list">
            <For each={list.items()}>
              {(application) => <ApplicationRow application={application} onDecided={onDecided} />}
            </For>
          </ul>
          <ListFooter list={list} />
        </Match>
      </Switch>
    </section>
  );
}

function MemberRow(props: { member: AdminMember }): JSX.Element {
  const business = () => businessLine(props.member);

  return (
    <li class="admin-row" data-testid="member">
      <div class="admin-row-head">
        <h3 class="admin-row-title">
          {props.member.name}
          <RoleBadge role={props.member.role} />
        </h3>
        <p class="admin-row-meta">
          <Contact phone={props.member.phone} email={props.member.email} />
          <span>{t("admin.members.joined", { date: formatDate(props.member.createdAt) })}</span>
        </p>
        <Show when={business()}>
          <p class="admin-row-meta">{business()}</p>
        </Show>
      </div>
      <ResetLinkCreate member={props.member} id={`reset-url-${props.member.id}`} />
    </li>
  );
}

function MembersSection(): JSX.Element {
  const [draft, setDraft] = createSignal("");
  const [query, setQuery] = createSignal("");
  const list = createPagedList(
    query,
    (q, cursor) => listMembers(q, cursor),
    (m) => m.id,
  );

  return (
    <section class="admin-section" id="members" aria-labelledby="admin-members">
      <h2 id="admin-members">{t("admin.members.title")}</h2>
      <form
        class="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft().trim() === query()) list.retry();
          else setQuery(draft().trim());
        }}
      >
        <Field for="members-q" label={t("admin.members.search")} hint={t("admin.members.searchHint")}>
          <SearchRow id="members-q" hint value={draft()} onInput={setDraft}>
            <SubmitButton
              pending={list.state() === "refreshing" || list.state() === "pending"}
              label={t("admin.members.searchButton")}
            />
          </SearchRow>
        </Field>
      </form>
      <Switch fallback={<LoadingState label={t("admin.loading")} />}>
        <Match when={list.state() === "errored"}>
          <ErrorState error={list.error()} onRetry={list.retry} />
        </Match>
        <Match when={list.state() === "ready" && list.items().length === 0}>
          <p class="status status-empty">{query() ? t("admin.members.noMatch") : t("admin.members.empty")}</p>
        </Match>
        <Match when={list.state() === "ready"}>
          <ul class="admin-list">
            <For each={list.items()}>{(member) => <MemberRow member={member} />}</For>
          </ul>
          <ListFooter list={list} />
        </Match>
      </Switch>
    </section>
  );
}

export default function AdminPage(): JSX.Element {
  usePageTitle(() => t("admin.title"));
  onMount(() => void refreshInbox({ fresh: true }));
  return (
    <AdminOnly>
      {() => (
        <div class="admin-page">
          <div class="page-intro">
            <h1>{t("admin.title")}</h1>
            <p class="lead">{t("admin.intro")}</p>
            <nav class="section-nav" aria-label={t("admin.sections")}>
              <a href="#applications">{t("admin.applications.title")}</a>
              <a href="#members">{t("admin.members.title")}</a>
              <A href="/admin/courses" data-testid="admin-course-reviews">
                {t("admin.courseReviews")}
              </A>
              <DeskLinks />
            </nav>
            <WaitingLinks waiting={inbox()?.waiting} />
          </div>
          <ApplicationsSection />
          <MembersSection />
        </div>
      )}
    </AdminOnly>
  );
}
