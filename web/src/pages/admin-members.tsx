import { A, useSearchParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { DeskPageFrame } from "../components/desk-nav";
import { inputValue, SearchRow } from "../components/form";
import { formatDate, formatPhone } from "../components/format";
import { ListFooter } from "../components/list-footer";
import { businessLine, RoleBadge } from "../components/member-facts";
import { usePageTitle } from "../components/page-title";
import { createPagedList } from "../components/paged-list";
import { ErrorState, LoadingState } from "../components/status";
import { getReference } from "../data/account";
import type { AdminMember } from "../data/admin";
import { listMembers, type MemberFilters } from "../data/desk";
import { memberPath } from "../data/paths";
import { sectorLabel } from "../i18n";
import { t, tn } from "../i18n/desk";
import "../desk.css";

const param = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function MemberRow(props: { member: AdminMember; from: string }): JSX.Element {
  const business = () => businessLine(props.member);
  return (
    <li class="admin-row member-row" data-testid="member-row">
      <div class="admin-row-head">
        <h2 class="admin-row-title">
          <A href={memberPath(props.member.id)} state={{ from: props.from }} class="card-link">
            {props.member.name}
          </A>
          <RoleBadge role={props.member.role} />
        </h2>
        <p class="admin-row-meta">
          <Show when={props.member.phone}>
            {(phone) => <span class="nowrap">{formatPhone(phone())}</span>}
          </Show>
          <Show when={props.member.email}>{(email) => <span class="contact">{email()}</span>}</Show>
          <span>{t("admin.members.joined", { date: formatDate(props.member.createdAt) })}</span>
        </p>
        <p class="admin-row-meta">
          {business() || <span class="muted-note">{t("members.noBusiness")}</span>}
        </p>
      </div>
    </li>
  );
}

function Filters(props: {
  filters: MemberFilters;
  onChange: (next: MemberFilters) => void;
  pending: boolean;
}): JSX.Element {
  const [reference] = createResource(getReference);
  const [draft, setDraft] = createSignal(props.filters.q ?? "");
  // Back from a member's page, or a filter link: the box shows the search in force.
  createEffect(() => setDraft(props.filters.q ?? ""));
  const filtered = () => Boolean(props.filters.q || props.filters.regency || props.filters.sector);

  return (
    <form
      class="panel members-filters"
      aria-label={t("members.filters")}
      onSubmit={(event) => {
        event.preventDefault();
        props.onChange({ ...props.filters, q: draft().trim() });
      }}
    >
      <div class="field members-search">
        <label for="members-q">{t("members.search")}</label>
        <SearchRow id="members-q" testId="members-search" value={draft()} onInput={setDraft}>
          <button type="submit" class="button" disabled={props.pending}>
            {t("members.searchButton")}
          </button>
        </SearchRow>
      </div>
      <div class="field">
        <label for="members-regency">{t("members.regency")}</label>
        <select
          id="members-regency"
          data-testid="members-filter-regency"
          onChange={(event) =>
            props.onChange({ ...props.filters, q: draft().trim(), regency: inputValue(event) })
          }
        >
          <option value="" selected={!props.filters.regency}>
            {t("members.all")}
          </option>
          <For each={reference()?.regencies ?? []}>
            {(regency) => (
              <option value={regency} selected={regency === props.filters.regency}>
                {regency}
              </option>
            )}
          </For>
        </select>
      </div>
      <div class="field">
        <label for="members-sector">{t("members.sector")}</label>
        <select
          id="members-sector"
          data-testid="members-filter-sector"
          onChange={(event) =>
            props.onChange({ ...props.filters, q: draft().trim(), sector: inputValue(event) })
          }
        >
          <option value="" selected={!props.filters.sector}>
            {t("members.all")}
          </option>
          <For each={reference()?.sectors ?? []}>
            {(sector) => (
              <option value={sector} selected={sector === props.filters.sector}>
                {sectorLabel(sector)}
              </option>
            )}
          </For>
        </select>
      </div>
      <Show when={reference.state === "errored"}>
        <p class="field-hint members-filters-wide">{t("business.listsFailed")}</p>
      </Show>
      <Show when={filtered()}>
        <button
          type="button"
          class="link-button members-filters-wide"
          onClick={() => props.onChange({ q: "", regency: "", sector: "" })}
        >
          {t("members.clear")}
        </button>
      </Show>
    </form>
  );
}

function Members(): JSX.Element {
  const [params, setParams] = useSearchParams();
  const filters = (): MemberFilters => ({
    q: param(params.q),
    regency: param(params.regency),
    sector: param(params.sector),
  });
  // A string key: the list starts over only when the filters really change.
  const key = () => JSON.stringify(filters());
  const list = createPagedList(
    key,
    (current, cursor) => listMembers(JSON.parse(current) as MemberFilters, cursor),
    (member: AdminMember) => member.id,
  );
  const from = () => {
    const search = new URLSearchParams(
      Object.entries(filters()).filter((entry): entry is [string, string] => Boolean(entry[1])),
    ).toString();
    return search ? `/admin/members?${search}` : "/admin/members";
  };

  return (
    <>
      <Filters
        filters={filters()}
        pending={list.state() === "pending" || list.state() === "refreshing"}
        onChange={(next) =>
          setParams({
            q: next.q || undefined,
            regency: next.regency || undefined,
            sector: next.sector || undefined,
          })
        }
      />
      <Switch fallback={<LoadingState label={t("members.loading")} />}>
        <Match when={list.state() === "errored"}>
          <ErrorState error={list.error()} onRetry={list.retry} />
        </Match>
        <Match when={list.state() === "ready" && list.items().length === 0}>
          <p class="status status-empty" data-testid="members-empty">
            {filters().q || filters().regency || filters().sector ? t("members.noMatch") : t("members.empty")}
          </p>
        </Match>
        <Match when={list.state() === "ready" || list.state() === "refreshing"}>
          <p class="list-count" role="status">
            {tn("members.shown", list.items().length)}
          </p>
          <ul class="admin-list members-list">
            <For each={list.items()}>{(member) => <MemberRow member={member} from={from()} />}</For>
          </ul>
          <ListFooter list={list} testId="members-more" />
        </Match>
      </Switch>
    </>
  );
}

/** /admin/members: every member, searched and filtered by regency and sector, each opening its page. */
export default function AdminMembersPage(): JSX.Element {
  usePageTitle(() => t("members.title"));
  return (
    <DeskPageFrame class="members-page">
      {() => (
        <>
          <div class="page-intro">
            <h1>{t("members.title")}</h1>
            <p class="lead">{t("members.intro")}</p>
          </div>
          <Members />
        </>
      )}
    </DeskPageFrame>
  );
}
