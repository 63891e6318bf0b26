import { A } from "@solidjs/router";
import { createEffect, createResource, createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { CertificateStatusBadge } from "../components/certificate-status";
import { copyText } from "../components/copy";
import { formatDate } from "../components/format";
import { usePageTitle } from "../components/page-title";
import { RequireLogin } from "../components/require-login";
import { ErrorState, LoadingState } from "../components/status";
import { certificateCredentialUrl, certificatePdfUrl, verifyPath } from "../data/certificate-code";
import { type CertificateView, myCertificates } from "../data/certificates";
import { t, translate } from "../i18n/certificates";
import "../verify.css";

function whatsappHref(view: CertificateView): string {
  // Written to the learner's contacts, who may not read the language the learner chose: Indonesian.
  const text = translate("id", "cert.whatsappMessage", {
    title: view.course.title,
    issuer: view.issuer.name,
    url: view.verifyUrl,
  });
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}

function ShareActions(props: { view: CertificateView }): JSX.Element {
  const [copied, setCopied] = createSignal<"copied" | "select">();
  let fallback: HTMLInputElement | undefined;
  const linkId = () => `cert-link-${props.view.code}`;

  async function copy() {
    // The fallback field is rendered first, so there is something to select when the clipboard says no.
    setCopied(undefined);
    const outcome = await copyText(props.view.verifyUrl, () => {
      setCopied("select");
      return fallback;
    });
    setCopied(outcome);
  }

  return (
    <div class="cert-share">
      <div class="cert-actions">
        <a class="button" href={certificatePdfUrl(props.view.code)} download="" data-testid="certificate-pdf">
          {t("cert.pdf")}
        </a>
        <a
          class="button button-secondary"
          href={certificateCredentialUrl(props.view.code)}
          download=""
          data-testid="certificate-credential"
        >
          {t("cert.credential")}
        </a>
        <button
          type="button"
          class="button button-secondary"
          data-testid="certificate-copy"
          onClick={() => void copy()}
        >
          {t("cert.copy")}
        </button>
        <a
          class="button button-whatsapp"
          href={whatsappHref(props.view)}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="certificate-whatsapp"
        >
          {t("cert.whatsapp")}
        </a>
      </div>
      <Show when={copied() === "select"}>
        <div class="field cert-copy-fallback">
          <label for={linkId()}>{t("cert.linkLabel", { title: props.view.course.title })}</label>
          <input
            id={linkId()}
            type="text"
            readOnly
            value={props.view.verifyUrl}
            ref={fallback}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      </Show>
      <p class="cert-copy-status" role="status">
        <Switch>
          <Match when={copied() === "copied"}>{t("cert.copied")}</Match>
          <Match when={copied() === "select"}>{t("cert.copyManually")}</Match>
        </Switch>
      </p>
      <p class="cert-card-hint">{t("cert.credentialHint")}</p>
    </div>
  );
}

function CertificateCard(props: { view: CertificateView }): JSX.Element {
  const view = () => props.view;
  return (
    <li
      class={`cert-card cert-card-${view().status}`}
      data-testid="certificate-card"
      data-code={view().code}
      id={`course-${view().course.id}`}
      tabindex="-1"
    >
      <div>
        <CertificateStatusBadge status={view().status} testId="certificate-status" />
      </div>
      <h2>{view().course.title}</h2>
      <dl class="cert-card-facts">
        <div>
          <dt>{t("cert.issuedOn")}</dt>
          <dd>{formatDate(view().issuedAt)}</dd>
        </div>
        <div>
          <dt>{t("cert.trainer")}</dt>
          <dd>{view().trainer}</dd>
        </div>
        <div>
          <dt>{t("cert.code")}</dt>
          <dd class="verify-code" data-testid="certificate-code">
            {view().code}
          </dd>
        </div>
      </dl>
      <Switch>
        <Match when={view().status === "pending"}>
          <div class="cert-note cert-note-pending">
            <p>{t("cert.pendingNote", { issuer: view().issuer.name })}</p>
          </div>
        </Match>
        <Match when={view().status === "revoked"}>
          <div class="cert-note cert-note-revoked">
            <p>
              {t("cert.revokedNote", {
                issuer: view().issuer.name,
                date: view().revokedAt ? formatDate(view().revokedAt as string) : "—",
              })}
            </p>
            <Show when={view().revokeReason}>
              {(reason) => <p class="preserve-lines">{t("cert.revokedReason", { reason: reason() })}</p>}
            </Show>
            <p>{t("cert.revokedHelp")}</p>
          </div>
        </Match>
        <Match when={view().status === "valid"}>
          <ShareActions view={view()} />
        </Match>
      </Switch>
      <p class="cert-card-links">
        <A href={verifyPath(view().code)}>
          {t("cert.viewCheck")}
          <span class="visually-hidden">: {view().course.title}</span>
        </A>
      </p>
    </li>
  );
}

function CertificateList(): JSX.Element {
  const [list, { refetch }] = createResource(myCertificates);
  // Opened from a finished course (/certificates#course-…): go to that course's certificate once it is shown.
  createEffect(() => {
    if (list.state !== "ready" || !location.hash.startsWith("#course-")) return;
    const card = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    card?.scrollIntoView({ block: "start" });
    card?.focus({ preventScroll: true });
  });
  return (
    <Switch fallback={<LoadingState label={t("cert.loading")} />}>
      <Match when={list.state === "errored"}>
        <ErrorState error={list.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={list.state === "ready" && list().items.length === 0}>
        <div class="status status-empty">
          <p>{t("cert.empty")}</p>
          <A href="/" class="button">
            {t("cert.toCatalog")}
          </A>
        </div>
      </Match>
      <Match when={list.state === "ready" || list.state === "refreshing"}>
        <ul class="cert-list">
          <For each={list.latest?.items}>{(view) => <CertificateCard view={view} />}</For>
        </ul>
      </Match>
    </Switch>
  );
}

/** /certificates, "Sertifikat saya": each certificate with its status, downloads and ways to share. */
export default function CertificatesPage(): JSX.Element {
  usePageTitle(() => t("cert.title"));
  return (
    <RequireLogin>
      {() => (
        <div class="cert-page">
          <div class="page-intro">
            <h1>{t("cert.title")}</h1>
            <p class="lead">{t("cert.intro")}</p>
          </div>
          <CertificateList />
          <p class="verify-again">
            <A href="/verify">{t("cert.checkOther")}</A>
          </p>
        </div>
      )}
    </RequireLogin>
  );
}
