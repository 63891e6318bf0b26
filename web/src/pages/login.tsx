import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, type JSX } from "solid-js";
import {
  createSubmitter,
  Field,
  FormError,
  FormProblem,
  inputValue,
  PasswordField,
  SubmitButton,
} from "../components/form";
import { usePageTitle } from "../components/page-title";
import { authHref, safeNext } from "../components/return-path";
import { login } from "../data/account";
import { currentMember, sessionState } from "../data/session";
import { t } from "../i18n";

export default function LoginPage(): JSX.Element {
  usePageTitle(() => t("login.title"));
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const next = () => safeNext(search.next);
  const [identifier, setIdentifier] = createSignal("");
  const [password, setPassword] = createSignal("");
  const submitter = createSubmitter();

  // Logged in, by this form or before opening it: on to where the member was going.
  createEffect(() => {
    if (sessionState() === "ready" && currentMember()) navigate(next(), { replace: true });
  });

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (!identifier().trim())
      return submitter.fail(new FormProblem("login.identifierRequired", undefined, "identifier"));
    if (!password()) return submitter.fail(new FormProblem("form.passwordRequired", undefined, "password"));
    await submitter.run(() => login(identifier().trim(), password()));
  }

  return (
    <div class="auth-page">
      <div class="page-intro">
        <h1>{t("login.title")}</h1>
        <p class="lead">{t("login.intro")}</p>
      </div>
      <form class="panel form" data-testid="login-form" novalidate onSubmit={onSubmit}>
        <Field
          for="login-identifier"
          label={t("login.identifier")}
          hint={t("login.identifierHint")}
          error={submitter.fieldError("identifier")}
        >
          <input
            id="login-identifier"
            name="identifier"
            type="text"
            autocomplete="username"
            autocapitalize="none"
            spellcheck={false}
            required
            aria-describedby="login-identifier-hint"
            value={identifier()}
            onInput={(event) => submitter.input("identifier", setIdentifier)(inputValue(event))}
          />
        </Field>
        <PasswordField
          id="login-password"
          name="password"
          label={t("form.password")}
          autocomplete="current-password"
          error={submitter.fieldError("password")}
          value={password()}
          onInput={submitter.input("password", setPassword)}
        />
        <FormError error={submitter.error()} fields />
        <SubmitButton pending={submitter.pending()} label={t("login.submit")} class="button button-block" />
      </form>
      <p class="form-aside">
        {t("login.noAccount")} <A href={authHref("/register", next())}>{t("login.registerLink")}</A>
      </p>
      <p class="form-aside">{t("login.forgot")}</p>
    </div>
  );
}
