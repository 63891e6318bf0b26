import { A, useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { CertificateStatusBadge } from "../components/certificate-status";
import { DeskPageFrame } from "../components/desk-nav";
import { createSubmitter, Field, FormError, FormSuccess, SearchRow } from "../components/form";
import { formatDate } from "../components/format";
import { ListFooter } from "../components/list-footer";
import { usePageTitle } from "../components/page-title";
import { createPagedList } from "../components/paged-list";
import { ReviewPanel } from "../components/review-panel";
import { ErrorState, LoadingState } from "../components/status";
import { verifyPath } from "../data/certificate-code";
import {
  approveCertificate,
  type CertificateView,
  listCertificates,
  revokeCertificate,
} from "../data/certificates";
import { problem, t } from "../i18n/desk";
import "../desk.css";
import "../verify.css";

/**
 * The second step of revoking: the reason, and the confirming button. That button has the same test
 * id as the one that opened the panel ("certificate-revoke"), which this panel replaces: revoking is
 * "revoke, write why, revoke".
 */
function RevokePanel(props: {
  view: CertificateView;
  onDone: (view: CertificateView) => void;
  onCancel: () => void;
}): JSX.Element {
  const id = () => `revoke-${props.view.code}`;

  return (
    <div class="decision revoke-panel">
      <h3 id={`${id()}-title`}>{t("acert.revokeTitle", { code: props.view.code })}</h3>
      <p class="revoke-warning">{t("acert.revokeWarning")}</p>
      <ReviewPanel
        id={id()}
        kind="revocation"
        label={t("acert.revokeReason")}
        hint={t("acert.revokeReasonHint")}
        rows={3}
        reasonTestId="certificate-revoke-reason"
        autofocus
        tooShort={() => problem("acert.reasonRequired")}
        reject={{
          label: t("acert.revokeConfirm"),
          pendingLabel: t("form.sending"),
          testId: "certificate-revoke",
          class: "button button-danger",
          run: async (reason) => props.onDone(await revokeCertificate(props.view.code, reason)),
        }}
        cancel={{ label: t("acert.cancel"), run: () => props.onCancel() }}
      />
    </div>
  );
}

type Outcome = "approved" | "revoked";

function CertificateRow(props: {
  view: CertificateView;
  /** What this page did to it: the row is drawn anew with the answer, so the parent keeps this. */
  outcome?: Outcome;
  onChanged: (view: CertificateView, outcome: Outcome) => void;
}): JSX.Element {
  const [revoking, setRevoking] = createSignal(false);
  const approving = createSubmitter();
  let revokeButton: HTMLButtonElement | undefined;

  function approve() {
    void approving.run(async () => props.onChanged(await approveCertificate(props.view.code), "approved"));
  }

  return (
    <li
      class={`admin-row cert-row cert-row-${props.view.status}`}
      data-testid="admin-certificate"
      data-code={props.view.code}
      data-status={props.view.status}
    >
      <div class="admin-row-head">
        <div class="cert-row-title">
          <h2 class="admin-row-title">
            <Show
              when={props.view.holder}
              fallback={<span class="muted-note">{t("acert.holderHidden")}</span>}
            >
              {props.view.holder}
            </Show>
          </h2>
          <CertificateStatusBadge status={props.view.status} testId="certificate-status" />
        </div>
        <p class="cert-row-course">{props.view.course.title}</p>
        <p class="admin-row-meta">
          <A href={verifyPath(props.view.code)} class="verify-code" data-testid="certificate-code">
            {props.view.code}
          </A>
          <span>{t("acert.issuedOn", { date: formatDate(props.view.issuedAt) })}</span>
          <Show when={props.view.revokedAt}>
            {(at) => <span>{t("acert.revokedOn", { date: formatDate(at()) })}</span>}
          </Show>
        </p>
        <Show when={props.view.status === "revoked" && props.view.revokeReason}>
          {(reason) => (
            <p class="cert-row-reason preserve-lines">{t("acert.reason", { reason: reason() })}</p>
          )}
        </Show>
      </div>
      <Switch>
        <Match when={props.outcome === "approved"}>
          <FormSuccess>{t("acert.approved", { code: props.view.code })}</FormSuccess>
        </Match>
        <Match when={props.outcome === "revoked"}>
          <FormSuccess>{t("acert.revoked", { code: props.view.code })}</FormSuccess>
        </Match>
      </Switch>
      <Show when={props.view.status !== "revoked"}>
        <Show
          when={revoking()}
          fallback={
            <>
              <FormError error={approving.error()} />
              <div class="button-row">
                <Show when={props.view.status === "pending"}>
                  <button
                    type="button"
                    class="button"
                    data-testid="certificate-approve"
                    disabled={approving.pending()}
                    onClick={approve}
                  >
                    {approving.pending() ? t("form.sending") : t("acert.approve")}
                  </button>
                </Show>
                <button
                  type="button"
                  class="button button-danger-outline"
                  data-testid="certificate-revoke"
                  ref={revokeButton}
                  onClick={() => setRevoking(true)}
                >
                  {t("acert.revoke")}
                </button>
              </div>
            </>
          }
        >
          <RevokePanel
            view={props.view}
            onDone={(view) => {
              setRevoking(false);
              props.onChanged(view, "revoked");
            }}
            onCancel={() => {
              setRevoking(false);
              queueMicrotask(() => revokeButton?.focus());
            }}
          />
        </Show>
      </Show>
    </li>
  );
}

function CertificateList(): JSX.Element {
  const [params, setParams] = useSearchParams();
  const query = () => {
    const q = params.q;
    return (Array.isArray(q) ? q[0] : q) ?? "";
  };
  const [draft, setDraft] = createSignal(query());
  createEffect(() => setDraft(query()));
  const list = createPagedList(
    query,
    (q, cursor) => listCertificates(q, cursor),
    (view) => view.code,
  );
  const [outcomes, setOutcomes] = createSignal<Map<string, Outcome>>(new Map());
  const changed = (view: CertificateView, outcome: Outcome) => {
    setOutcomes((map) => new Map(map).set(view.code, outcome));
    list.replace(view);
  };

  return (
    <>
      <form
        class="panel search-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft().trim() === query()) list.retry();
          else setParams({ q: draft().trim() || undefined });
        }}
      >
        <Field for="certificates-q" label={t("acert.search")} hint={t("acert.searchHint")}>
          <SearchRow id="certificates-q" hint testId="certificates-search" value={draft()} onInput={setDraft}>
            <button
              type="submit"
              class="button"
              disabled={list.state() === "pending" || list.state() === "refreshing"}
            >
              {t("acert.searchButton")}
            </button>
          </SearchRow>
        </Field>
      </form>
      <Switch fallback={<LoadingState label={t("acert.loading")} />}>
        <Match when={list.state() === "errored"}>
          <ErrorState error={list.error()} onRetry={list.retry} />
        </Match>
        <Match when={list.state() === "ready" && list.items().length === 0}>
          <p class="status status-empty">{query() ? t("acert.noMatch") : t("acert.empty")}</p>
        </Match>
        <Match when={list.state() === "ready" || list.state() === "refreshing"}>
          <ul class="admin-list">
            <For each={list.items()}>
              {(view) => (
                <CertificateRow view={view} outcome={outcomes().get(view.code)} onChanged={changed} />
              )}
            </For>
          </ul>
          <ListFooter list={list} />
        </Match>
      </Switch>
    </>
  );
}

/** /admin/certificates: find a certificate, approve a pending one, revoke one with a reason. */
export default function AdminCertificatesPage(): JSX.Element {
  usePageTitle(() => t("acert.title"));
  return (
    <DeskPageFrame class="admin-certificates-page">
      {() => (
        <>
          <div class="page-intro">
            <h1>{t("acert.title")}</h1>
            <p class="lead">{t("acert.intro")}</p>
          </div>
          <CertificateList />
        </>
      )}
    </DeskPageFrame>
  );
}
