import { A, useNavigate, useParams } from "@solidjs/router";
import { createEffect, createMemo, createResource, type JSX, Match, Switch } from "solid-js";
import { CertificateFacts, CheckedAt, statusWords, VerifyBanner } from "../components/certificate-result";
import { usePageTitle } from "../components/page-title";
import { ErrorState, LoadingState } from "../components/status";
import { ApiError } from "../data/api";
import { normalizeCode, verifyPath } from "../data/certificate-code";
import { type CertificateView, decodeParam, takeVerification } from "../data/verify";
import { t } from "../i18n/verify";
import "../verify.css";

function Result(props: { view: CertificateView; checkedAt: string }): JSX.Element {
  const words = () => statusWords(props.view);
  usePageTitle(() => words().title);
  return (
    <section class="verify-result" data-testid="verify-result">
      <VerifyBanner status={props.view.status} title={words().title} body={words().body} />
      <CertificateFacts view={props.view} />
      <CheckedAt at={props.checkedAt} />
    </section>
  );
}

function Problem(props: { title: string; body: string }): JSX.Element {
  usePageTitle(() => props.title);
  return (
    <section class="verify-result" data-testid="verify-result">
      <VerifyBanner status="unknown" title={props.title} body={props.body} />
    </section>
  );
}

/** /verify/:code, opened from the QR code on a certificate: one request, one clear answer. */
export default function VerifyCodePage(): JSX.Element {
  const params = useParams();
  const navigate = useNavigate();
  const raw = () => decodeParam(params.code ?? "");
  const code = createMemo(() => normalizeCode(raw()));

  // "bkl-7esj…" or a code typed without dashes: show the address in the form printed on the paper.
  createEffect(() => {
    const canonical = code();
    if (canonical && canonical !== raw()) navigate(verifyPath(canonical), { replace: true });
  });

  const [view, { refetch }] = createResource(code, async (current) => ({
    view: await takeVerification(current),
    checkedAt: new Date().toISOString(),
  }));
  const failure = () => (view.state === "errored" ? view.error : undefined);
  const status = () => (failure() instanceof ApiError ? (failure() as ApiError).status : 0);

  return (
    <div class="verify-page">
      <Switch fallback={<LoadingState label={t("verify.loading")} />}>
        <Match when={!code()}>
          <Problem title={t("verify.malformed.title")} body={t("verify.malformed.body", { code: raw() })} />
        </Match>
        <Match when={status() === 404}>
          <Problem
            title={t("verify.notFound.title")}
            body={t("verify.notFound.body", { code: code() ?? "" })}
          />
        </Match>
        <Match when={status() === 400}>
          <Problem title={t("verify.malformed.title")} body={t("verify.malformed.body", { code: raw() })} />
        </Match>
        <Match when={view.state === "errored"}>
          <ErrorState error={failure()} onRetry={() => void refetch()} />
        </Match>
        <Match when={view.state === "ready" || view.state === "refreshing" ? view.latest : undefined}>
          {(result) => <Result view={result().view} checkedAt={result().checkedAt} />}
        </Match>
      </Switch>
      <p class="verify-again">
        <A href="/verify" class="button button-secondary">
          {t("verify.another")}
        </A>
      </p>
    </div>
  );
}
