import { type JSX, Show } from "solid-js";
import type { CertificateStatus, CertificateView, CredentialCheck } from "../data/verify";
import { t } from "../i18n/verify";
import { formatDate, formatDateTime } from "./format";

/** What the verify pages can say about a certificate; "unknown" covers a missing or forged one. */
export type VerifyStatus = CertificateStatus | "unknown";

const icons: Record<VerifyStatus, string> = {
  valid: "M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM7.5 12.5l3 3 6-6.5",
  revoked: "M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM9 9l6 6M15 9l-6 6",
  pending: "M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM12 7v5l3 2",
  unknown: "M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM12 7.5v5.5M12 16.5v.01",
};

/**
 * The big answer at the top: a colour, a sign and words, so it reads at a glance on a phone held
 * out across a counter, and without colour too. The heading is the page's (h1) or the result's (h2).
 */
export function VerifyBanner(props: {
  status: VerifyStatus;
  title: string;
  body?: string;
  level?: 1 | 2;
  /** A credential that failed its checks: red, where a code not found is grey. */
  invalid?: boolean;
  children?: JSX.Element;
}): JSX.Element {
  return (
    <div
      class={`verify-banner verify-${props.status}`}
      classList={{ "verify-invalid": Boolean(props.invalid) }}
      data-testid="verify-status"
      data-status={props.status}
    >
      <svg class="verify-icon" viewBox="0 0 24 24" width="48" height="48" aria-hidden="true">
        <path
          d={icons[props.status]}
          fill="none"
          stroke="currentColor"
          stroke-width="2.2"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
      <div class="verify-banner-text">
        <Show when={props.level === 2} fallback={<h1 class="verify-banner-title">{props.title}</h1>}>
          <h2 class="verify-banner-title">{props.title}</h2>
        </Show>
        <Show when={props.body}>
          <p>{props.body}</p>
        </Show>
        {props.children}
      </div>
    </div>
  );
}

/** The banner's words for a certificate found by its code (or behind a credential that checked out). */
export function statusWords(view: CertificateView): { title: string; body: string } {
  const issuer = view.issuer.name;
  if (view.status === "revoked")
    return {
      title: t("verify.revoked.title"),
      body: t("verify.revoked.body", { issuer, date: view.revokedAt ? formatDate(view.revokedAt) : "—" }),
    };
  if (view.status === "pending")
    return { title: t("verify.pending.title"), body: t("verify.pending.body", { issuer }) };
  return { title: t("verify.valid.title"), body: t("verify.valid.body", { issuer }) };
}

function Fact(props: { label: string; children: JSX.Element; wide?: boolean }): JSX.Element {
  return (
    <div class={props.wide ? "verify-fact verify-fact-wide" : "verify-fact"}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** Who holds it, for which course, from whom, and when: what a reader compares with the paper. */
export function CertificateFacts(props: { view: CertificateView }): JSX.Element {
  return (
    <dl class="verify-facts">
      <Show when={props.view.status === "revoked"}>
        <Show when={props.view.revokeReason}>
          {(reason) => (
            <Fact label={t("verify.revokeReason")} wide>
              <span class="verify-reason">{reason()}</span>
            </Fact>
          )}
        </Show>
      </Show>
      <Fact label={t("verify.holder")} wide>
        <Show
          when={props.view.holder}
          fallback={<span class="verify-hidden">{t("verify.holderHidden")}</span>}
        >
          {(holder) => <span class="verify-holder">{holder()}</span>}
        </Show>
      </Fact>
      <Fact label={t("verify.course")} wide>
        {props.view.course.title}
      </Fact>
      <Fact label={t("verify.trainer")}>{props.view.trainer}</Fact>
      <Fact label={t("verify.issuer")}>{props.view.issuer.name}</Fact>
      <Fact label={t("verify.issuedAt")}>{formatDate(props.view.issuedAt)}</Fact>
      <Show when={props.view.approvedAt}>
        {(at) => <Fact label={t("verify.approvedAt")}>{formatDate(at())}</Fact>}
      </Show>
      <Show when={props.view.status === "revoked" && props.view.revokedAt}>
        {(at) => <Fact label={t("verify.revokedAt")}>{formatDate(at())}</Fact>}
      </Show>
      <Fact label={t("verify.code")}>
        <span class="verify-code">{props.view.code}</span>
      </Fact>
    </dl>
  );
}

const checks = ["algorithm", "key", "signature", "issuer", "claims", "validity", "status"] as const;

/** A credential's checks in the order the server runs them: passed up to the one that failed. */
export function CredentialChecks(props: { failed: CredentialCheck | null }): JSX.Element {
  const failedAt = () => {
    const failed = props.failed;
    if (failed === null) return checks.length;
    if (failed === "revocation" || failed === "pending") return checks.indexOf("status");
    return checks.indexOf(failed);
  };
  const state = (index: number) =>
    index < failedAt() ? "passed" : index === failedAt() ? "failed" : ("skipped" as const);
  return (
    <div class="verify-checks">
      <h3>{t("verify.checksTitle")}</h3>
      <ul>
        {checks.map((check, index) => (
          <li
            class={`verify-check verify-check-${state(index)}`}
            data-check={check}
            data-result={state(index)}
          >
            <span class="verify-check-mark" aria-hidden="true">
              {state(index) === "passed" ? "✓" : state(index) === "failed" ? "✕" : "–"}
            </span>
            <span>
              {t(`verify.check.${check}`)}
              <span class="visually-hidden">: {t(`verify.check.${state(index)}`)}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Diperiksa pada 28 Nov 2026 10.15": a screenshot of this page shows when it was true. */
export function CheckedAt(props: { at: string }): JSX.Element {
  return <p class="verify-checked">{t("verify.checkedAt", { date: formatDateTime(props.at) })}</p>;
}
