import { useNavigate } from "@solidjs/router";
import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import {
  CertificateFacts,
  CheckedAt,
  CredentialChecks,
  statusWords,
  VerifyBanner,
} from "../components/certificate-result";
import { createSubmitter, Field, FormError, inputValue, LocalProblem } from "../components/form";
import { usePageTitle } from "../components/page-title";
import { ApiError } from "../data/api";
import { looksLikeCredential, maxCredentialBytes, normalizeCode, verifyPath } from "../data/certificate-code";
import { type CredentialResult, verifyCredential } from "../data/certificates";
import type { CredentialCheck } from "../data/verify";
import { type Key, t } from "../i18n/verify";
import "../verify.css";

const problem = (key: Key) => new LocalProblem(() => t(key));

// What a failed check means, in plain words; a pending certificate always comes with its record.
const failedWords: Record<CredentialCheck, Key> = {
  algorithm: "verify.failed.algorithm",
  key: "verify.failed.key",
  signature: "verify.failed.signature",
  issuer: "verify.failed.issuer",
  claims: "verify.failed.claims",
  validity: "verify.failed.validity",
  revocation: "verify.failed.revocation",
  pending: "verify.pending.title",
};

function CredentialAnswer(props: { result: CredentialResult; checkedAt: string }): JSX.Element {
  const words = () => {
    const { certificate, failed } = props.result;
    if (certificate && (failed === null || failed === "revocation" || failed === "pending")) {
      const found = statusWords(certificate);
      if (failed === null)
        return { ...found, body: t("verify.valid.credential", { issuer: certificate.issuer.name }) };
      return found;
    }
    return { title: t("verify.invalid.title"), body: t(failedWords[failed ?? "revocation"]) };
  };
  const status = () => {
    const { certificate, failed } = props.result;
    if (failed === null && certificate) return "valid" as const;
    if (certificate && failed === "revocation") return "revoked" as const;
    if (certificate && failed === "pending") return "pending" as const;
    return "unknown" as const;
  };
  return (
    <>
      <VerifyBanner
        status={status()}
        title={words().title}
        body={words().body}
        level={2}
        invalid={status() === "unknown"}
      />
      <Show when={props.result.certificate}>{(view) => <CertificateFacts view={view()} />}</Show>
      <CredentialChecks failed={props.result.failed} />
      <CheckedAt at={props.checkedAt} />
    </>
  );
}

/** /verify: a code typed from the paper or a pasted link goes to /verify/:code; a credential is checked here. */
export default function VerifyPage(): JSX.Element {
  usePageTitle(() => t("verify.title"));
  const navigate = useNavigate();
  const [code, setCode] = createSignal("");
  const [credential, setCredential] = createSignal("");
  const [file, setFile] = createSignal<File>();
  const [answer, setAnswer] = createSignal<{ result: CredentialResult; checkedAt: string }>();
  const submitter = createSubmitter();
  let fileInput: HTMLInputElement | undefined;
  let codeInput: HTMLInputElement | undefined;
  let resultBox: HTMLElement | undefined;

  async function readFile(chosen: File): Promise<string> {
    if (chosen.size > maxCredentialBytes) throw problem("verify.fileTooLarge");
    try {
      return await chosen.text();
    } catch {
      throw problem("verify.fileUnreadable");
    }
  }

  async function check(text: string) {
    try {
      const result = await verifyCredential(text);
      setAnswer({ result, checkedAt: new Date().toISOString() });
      queueMicrotask(() => {
        resultBox?.focus({ preventScroll: true });
        resultBox?.scrollIntoView({ block: "start", behavior: "smooth" });
      });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 413) throw problem("verify.fileTooLarge");
      if (failure instanceof ApiError && failure.status === 400) throw problem("verify.notCredential");
      throw failure;
    }
  }

  function goTo(typed: string): boolean {
    const normalized = normalizeCode(typed);
    if (!normalized) return false;
    navigate(verifyPath(normalized));
    return true;
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setAnswer(undefined);
    void submitter.run(async () => {
      const chosen = file();
      const pasted = chosen ? (await readFile(chosen)).trim() : credential().trim();
      if (pasted) {
        if (looksLikeCredential(pasted)) return check(pasted);
        // A code or a verify link pasted into the credential box still finds its certificate.
        if (goTo(pasted)) return;
        throw problem("verify.notCredential");
      }
      const typed = code().trim();
      if (!typed) {
        codeInput?.focus();
        throw problem("verify.needInput");
      }
      if (looksLikeCredential(typed)) return check(typed);
      if (goTo(typed)) return;
      codeInput?.focus();
      throw problem("verify.badCode");
    });
  }

  return (
    <div class="verify-page">
      <div class="page-intro">
        <h1>{t("verify.title")}</h1>
        <p class="lead">{t("verify.intro")}</p>
      </div>
      <form class="panel form verify-form" data-testid="verify-form" novalidate onSubmit={submit}>
        <Field for="verify-code" label={t("verify.codeLabel")} hint={t("verify.codeHint")}>
          <input
            id="verify-code"
            name="code"
            type="text"
            class="verify-code-input"
            autocomplete="off"
            autocapitalize="characters"
            autocorrect="off"
            spellcheck={false}
            enterkeyhint="go"
            aria-describedby="verify-code-hint"
            data-testid="verify-code-input"
            ref={codeInput}
            value={code()}
            onInput={(event) => setCode(inputValue(event))}
          />
        </Field>
        <fieldset class="form-group verify-credential">
          <legend>{t("verify.credentialTitle")}</legend>
          <p class="field-hint">{t("verify.credentialIntro")}</p>
          <Field for="verify-credential" label={t("verify.credentialLabel")}>
            <textarea
              id="verify-credential"
              name="credential"
              rows="3"
              spellcheck={false}
              autocapitalize="off"
              autocorrect="off"
              data-testid="verify-credential-input"
              disabled={Boolean(file())}
              value={credential()}
              onInput={(event) => setCredential(inputValue(event))}
            />
          </Field>
          <div class="field">
            <label for="verify-file">{t("verify.fileLabel")}</label>
            <input
              id="verify-file"
              type="file"
              class="file-input"
              accept=".jwt,.txt,application/vc+jwt,application/jwt,text/plain"
              aria-describedby="verify-file-hint"
              data-testid="verify-file-input"
              ref={fileInput}
              onChange={(event) => {
                setAnswer(undefined);
                submitter.clear();
                setFile(event.currentTarget.files?.[0]);
              }}
            />
            <p class="field-hint" id="verify-file-hint">
              {t("verify.fileHint")}
            </p>
            <Show when={file()}>
              {(chosen) => (
                <p class="verify-file-chosen">
                  <span>{t("verify.fileChosen", { name: chosen().name })}</span>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => {
                      setFile(undefined);
                      if (fileInput) fileInput.value = "";
                    }}
                  >
                    {t("verify.fileRemove")}
                  </button>
                </p>
              )}
            </Show>
          </div>
        </fieldset>
        <FormError error={submitter.error()} />
        <button type="submit" class="button" data-testid="verify-submit" disabled={submitter.pending()}>
          <Show when={submitter.pending()}>
            <span class="spinner spinner-small" aria-hidden="true" />
          </Show>
          {submitter.pending() ? t("verify.checking") : t("verify.submit")}
        </button>
      </form>
      <Switch>
        <Match when={answer()}>
          {(current) => (
            <section
              class="verify-result verify-result-credential"
              data-testid="verify-result"
              tabindex="-1"
              ref={resultBox}
            >
              <CredentialAnswer result={current().result} checkedAt={current().checkedAt} />
            </section>
          )}
        </Match>
      </Switch>
    </div>
  );
}
