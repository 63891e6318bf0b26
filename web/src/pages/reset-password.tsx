import { A, useLocation } from "@solidjs/router";
import { createSignal, type JSX, Match, Switch } from "solid-js";
import {
  createSubmitter,
  FormError,
  FormProblem,
  FormSuccess,
  PasswordField,
  SubmitButton,
  shortPassword,
} from "../components/form";
import { usePageTitle } from "../components/page-title";
import { resetPassword } from "../data/account";
import { t } from "../i18n";

function tokenFromHash(hash: string): string {
  const raw = hash.replace(/^#/, "").trim();
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export default function ResetPasswordPage(): JSX.Element {
  usePageTitle(() => t("reset.title"));
  const location = useLocation();
  // The token travels in the fragment, which browsers never send to a server or put in a Referer.
  const token = tokenFromHash(location.hash || window.location.hash);
  const [password, setPassword] = createSignal("");
  const [repeat, setRepeat] = createSignal("");
  const [done, setDone] = createSignal(false);
  const submitter = createSubmitter();

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const short = shortPassword(password());
    if (short) return submitter.fail(short);
    if (password() !== repeat()) return submitter.fail(new FormProblem("reset.mismatch"));
    const ok = await submitter.run(() => resetPassword(token, password()));
    if (ok) {
      setDone(true);
      // The link is spent: take it out of the address bar and the history.
      window.history.replaceState(window.history.state, "", location.pathname);
    }
  }

  return (
    <div class="auth-page">
      <div class="page-intro">
        <h1>{t("reset.title")}</h1>
      </div>
      <Switch>
        <Match when={done()}>
          <FormSuccess>
            <p>{t("reset.done")}</p>
            <A href="/login" class="button">
              {t("reset.toLogin")}
            </A>
          </FormSuccess>
        </Match>
        <Match when={!token}>
          <div class="status status-error" role="alert">
            <p class="status-title">{t("reset.noTokenTitle")}</p>
            <p>{t("reset.noToken")}</p>
          </div>
        </Match>
        <Match when={token}>
          <p class="lead">{t("reset.intro")}</p>
          <form class="panel form" data-testid="reset-form" novalidate onSubmit={onSubmit}>
            <PasswordField
              id="reset-password"
              name="password"
              label={t("reset.password")}
              autocomplete="new-password"
              hint
              value={password()}
              onInput={setPassword}
            />
            <PasswordField
              id="reset-repeat"
              name="repeat"
              label={t("reset.repeat")}
              autocomplete="new-password"
              value={repeat()}
              onInput={setRepeat}
            />
            <FormError error={submitter.error()} />
            <SubmitButton
              pending={submitter.pending()}
              label={t("reset.submit")}
              class="button button-block"
            />
          </form>
          <p class="form-aside">{t("reset.expiredHelp")}</p>
        </Match>
      </Switch>
    </div>
  );
}
