import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { changePassword, changePhone, listDevices, logoutEverywhere, signOutDevice } from "../data/account";
import type { Me } from "../data/session";
import { t } from "../i18n";
import {
  createSubmitter,
  Field,
  FormError,
  FormProblem,
  FormSuccess,
  inputValue,
  minPasswordLength,
  PasswordInput,
  SubmitButton,
} from "./form";
import { formatDateTime } from "./format";

function PasswordForm(): JSX.Element {
  const [current, setCurrent] = createSignal("");
  const [next, setNext] = createSignal("");
  const [done, setDone] = createSignal(false);
  const submitter = createSubmitter();

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setDone(false);
    if (!current()) return submitter.fail(new FormProblem("form.passwordRequired"));
    if (next().length < minPasswordLength)
      return submitter.fail(new FormProblem("form.passwordTooShort", { min: minPasswordLength }));
    if (await submitter.run(() => changePassword(current(), next()))) {
      setCurrent("");
      setNext("");
      setDone(true);
    }
  }

  return (
    <form class="form" data-testid="change-password" novalidate onSubmit={onSubmit}>
      <h3>{t("security.passwordTitle")}</h3>
      <Field
        for="current-password"
        label={t("security.currentPassword")}
        error={submitter.fieldError("currentPassword")}
      >
        <PasswordInput
          id="current-password"
          name="currentPassword"
          autocomplete="current-password"
          required
          value={current()}
          onInput={(event) => {
            setCurrent(inputValue(event));
            submitter.edited("currentPassword");
          }}
        />
      </Field>
      <Field
        for="new-password"
        label={t("security.newPassword")}
        hint={t("form.newPasswordHint", { min: minPasswordLength })}
        error={submitter.fieldError("newPassword")}
      >
        <PasswordInput
          id="new-password"
          name="newPassword"
          autocomplete="new-password"
          required
          minLength={minPasswordLength}
          aria-describedby="new-password-hint"
          value={next()}
          onInput={(event) => {
            setNext(inputValue(event));
            submitter.edited("newPassword");
          }}
        />
      </Field>
      <FormError error={submitter.error()} fields />
      <Show when={done()}>
        <FormSuccess>{t("security.passwordChanged")}</FormSuccess>
      </Show>
      <SubmitButton pending={submitter.pending()} label={t("security.changePassword")} />
    </form>
  );
}

function PhoneForm(props: { member: Me }): JSX.Element {
  const [phone, setPhone] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [done, setDone] = createSignal(false);
  const submitter = createSubmitter();

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setDone(false);
    if (!phone().trim()) return submitter.fail(new FormProblem("register.phoneRequired"));
    if (!password()) return submitter.fail(new FormProblem("form.passwordRequired"));
    if (await submitter.run(() => changePhone(phone().trim(), password()))) {
      setPhone("");
      setPassword("");
      setDone(true);
    }
  }

  return (
    <form class="form" data-testid="change-phone" novalidate onSubmit={onSubmit}>
      <h3>{t(props.member.phone ? "security.phoneTitle" : "security.phoneAddTitle")}</h3>
      <Field
        for="new-phone"
        label={t("security.newPhone")}
        hint={t("form.phoneHint")}
        error={submitter.fieldError("phone")}
      >
        <input
          id="new-phone"
          name="phone"
          type="tel"
          inputmode="tel"
          autocomplete="tel"
          maxLength={30}
          required
          aria-describedby="new-phone-hint"
          value={phone()}
          onInput={(event) => {
            setPhone(inputValue(event));
            submitter.edited("phone");
          }}
        />
      </Field>
      <Field for="phone-password" label={t("delete.password")} error={submitter.fieldError("password")}>
        <PasswordInput
          id="phone-password"
          name="password"
          autocomplete="current-password"
          required
          value={password()}
          onInput={(event) => {
            setPassword(inputValue(event));
            submitter.edited("password");
          }}
        />
      </Field>
      <FormError error={submitter.error()} fields />
      <Show when={done()}>
        <FormSuccess>{t("security.phoneChanged")}</FormSuccess>
      </Show>
      <SubmitButton pending={submitter.pending()} label={t("security.changePhone")} />
    </form>
  );
}

function Devices(): JSX.Element {
  const [devices, { refetch }] = createResource(listDevices);
  const submitter = createSubmitter();
  return (
    <div class="form" data-testid="devices">
      <h3>{t("security.devicesTitle")}</h3>
      <ul class="device-list">
        <For each={devices.latest ?? []}>
          {(device) => (
            <li class="device" data-testid="device">
              <span class="device-name">
                {device.device ?? t("security.unknownDevice")}
                <Show when={device.current}>
                  {" "}
                  <span class="badge badge-new">{t("security.thisDevice")}</span>
                </Show>
              </span>
              <span class="device-meta">
                {t("security.lastUsed", { date: formatDateTime(device.lastSeenAt) })}
              </span>
              <Show when={!device.current}>
                <button
                  type="button"
                  class="button button-secondary button-small"
                  disabled={submitter.pending()}
                  onClick={() =>
                    void submitter.run(async () => {
                      await signOutDevice(device.id);
                      await refetch();
                    })
                  }
                >
                  {t("security.signOutDevice")}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <FormError error={submitter.error() ?? devices.error} />
    </div>
  );
}

function EverywhereButton(): JSX.Element {
  const submitter = createSubmitter();
  return (
    <div class="form" data-testid="logout-everywhere">
      <h3>{t("security.everywhereTitle")}</h3>
      <p>{t("security.everywhereIntro")}</p>
      <FormError error={submitter.error()} />
      <button
        type="button"
        class="button button-secondary"
        disabled={submitter.pending()}
        onClick={() => void submitter.run(logoutEverywhere)}
      >
        {submitter.pending() ? t("form.sending") : t("security.everywhere")}
      </button>
    </div>
  );
}

/** Password, phone number and sessions: the member's own account security, on the profile page. */
export function AccountSecurity(props: { member: Me }): JSX.Element {
  return (
    <section class="profile-section" aria-labelledby="profile-security">
      <h2 id="profile-security">{t("security.title")}</h2>
      <div class="panel security-panel">
        <PasswordForm />
        <PhoneForm member={props.member} />
        <Devices />
        <EverywhereButton />
      </div>
    </section>
  );
}
