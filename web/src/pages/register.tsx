import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, type JSX, Show } from "solid-js";
import { BusinessFields, type BusinessProfile } from "../components/business-fields";
import {
  createSubmitter,
  Field,
  FormError,
  FormProblem,
  inputValue,
  NameField,
  PasswordField,
  PhoneField,
  SubmitButton,
  shortPassword,
} from "../components/form";
import { usePageTitle } from "../components/page-title";
import { authHref, safeNext } from "../components/return-path";
import { newRequestKey, type RegisterInput, register } from "../data/account";
import { currentMember, sessionState } from "../data/session";
import { t } from "../i18n";

export default function RegisterPage(): JSX.Element {
  usePageTitle(() => t("register.title"));
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const next = () => safeNext(search.next);

  // Most members have a phone number and no email address: the phone comes first.
  const [withEmail, setWithEmail] = createSignal(false);
  const [phone, setPhone] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [name, setName] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [business, setBusiness] = createSignal<BusinessProfile>({
    businessName: "",
    sector: "",
    regency: "",
  });
  const submitter = createSubmitter();
  // One key per account being made: a retry after a lost answer resends it; a new phone or email gets a new one.
  const [requestKey, setRequestKey] = createSignal(newRequestKey());
  let phoneInput: HTMLInputElement | undefined;
  let emailInput: HTMLInputElement | undefined;

  createEffect(() => {
    if (sessionState() === "ready" && currentMember()) navigate(next(), { replace: true });
  });

  function switchIdentifier() {
    const next = !withEmail();
    setWithEmail(next);
    submitter.clear();
    queueMicrotask(() => (next ? emailInput : phoneInput)?.focus());
  }

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const contact = withEmail() ? email().trim() : phone().trim();
    if (!contact) {
      return submitter.fail(
        withEmail()
          ? new FormProblem("register.emailRequired", undefined, "email")
          : new FormProblem("register.phoneRequired", undefined, "phone"),
      );
    }
    if (!name().trim()) return submitter.fail(new FormProblem("register.nameRequired", undefined, "name"));
    const short = shortPassword(password(), "password");
    if (short) return submitter.fail(short);
    const profile = business();
    const input: RegisterInput = { name: name().trim(), password: password(), requestKey: requestKey() };
    if (withEmail()) input.email = contact;
    else input.phone = contact;
    if (profile.businessName.trim()) input.businessName = profile.businessName.trim();
    if (profile.sector) input.sector = profile.sector;
    if (profile.regency) input.regency = profile.regency;
    await submitter.run(() => register(input));
  }

  return (
    <div class="auth-page">
      <div class="page-intro">
        <h1>{t("register.title")}</h1>
        <p class="lead">{t("register.intro")}</p>
      </div>
      <form class="panel form" data-testid="register-form" novalidate onSubmit={onSubmit}>
        <Show
          when={withEmail()}
          fallback={
            <PhoneField
              id="register-phone"
              label={t("form.phone")}
              error={submitter.fieldError("phone")}
              ref={phoneInput}
              value={phone()}
              onInput={(value) => {
                setRequestKey(newRequestKey());
                submitter.input("phone", setPhone)(value);
              }}
            />
          }
        >
          <Field
            for="register-email"
            label={t("form.email")}
            hint={t("register.emailHint")}
            error={submitter.fieldError("email")}
          >
            <input
              id="register-email"
              name="email"
              type="email"
              inputmode="email"
              autocomplete="email"
              autocapitalize="none"
              spellcheck={false}
              required
              aria-describedby="register-email-hint"
              ref={emailInput}
              value={email()}
              onInput={(event) => {
                setRequestKey(newRequestKey());
                submitter.input("email", setEmail)(inputValue(event));
              }}
            />
          </Field>
        </Show>
        <button type="button" class="link-button switch-identifier" onClick={switchIdentifier}>
          {withEmail() ? t("register.usePhone") : t("register.useEmail")}
        </button>
        <NameField
          id="register-name"
          error={submitter.fieldError("name")}
          value={name()}
          onInput={submitter.input("name", setName)}
        />
        <PasswordField
          id="register-password"
          name="password"
          label={t("form.password")}
          autocomplete="new-password"
          hint
          error={submitter.fieldError("password")}
          value={password()}
          onInput={submitter.input("password", setPassword)}
        />
        <fieldset class="form-group">
          <legend>{t("register.businessTitle")}</legend>
          <p class="field-hint">{t("register.businessIntro")}</p>
          <BusinessFields
            idPrefix="register"
            value={business()}
            errorOf={submitter.fieldError}
            onChange={(field, value) => {
              setBusiness((current) => ({ ...current, [field]: value }));
              submitter.edited(field);
            }}
          />
        </fieldset>
        <p class="field-hint">{t("register.privacy")}</p>
        <FormError error={submitter.error()} fields />
        <SubmitButton
          pending={submitter.pending()}
          label={t("register.submit")}
          class="button button-block"
        />
      </form>
      <p class="form-aside">
        {t("register.haveAccount")} <A href={authHref("/login", next())}>{t("register.loginLink")}</A>
      </p>
    </div>
  );
}
