import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { changePassword, changePhone, listDevices, logoutEverywhere, signOutDevice } from "../data/account";
import type { Me } from "../data/session";
import { t } from "../i18n";
import {
  ActionButton,
  createSubmitter,
  FormError,
  FormProblem,
  FormSuccess,
  PasswordField,
  PhoneField,
  SubmitButton,
  shortPassword,
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
    const short = shortPassword(next());
    if (short) return submitter.fail(short);
    if (await submitter.run(() => changePassword(current(), next()))) {
      setCurrent("");
      setNext("");
      setDone(true);
    }
  }

  return (
    <form class="form" data-testid="change-password" novalidate onSubmit={onSubmit}>
      <h3>{t("security.passwordTitle")}</h3>
      <PasswordField
        id="current-password"
        name="currentPassword"
        label={t("security.currentPassword")}
        autocomplete="current-password"
        error={submitter.fieldError("currentPassword")}
        value={current()}
        onInput={submitter.input("currentPassword", setCurrent)}
      />
      <PasswordField
        id="new-password"
        name="newPassword"
        label={t("security.newPassword")}
        autocomplete="new-password"
        hint
        error={submitter.fieldError("newPassword")}
        value={next()}
        onInput={submitter.input("newPassword", setNext)}
      />
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
      <PhoneField
        id="new-phone"
        label={t("security.newPhone")}
        error={submitter.fieldError("phone")}
        value={phone()}
        onInput={submitter.input("phone", setPhone)}
      />
      <PasswordField
        id="phone-password"
        name="password"
        label={t("delete.password")}
        autocomplete="current-password"
        error={submitter.fieldError("password")}
        value={password()}
        onInput={submitter.input("password", setPassword)}
      />
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
  return (
    <div class="form" data-testid="logout-everywhere">
      <h3>{t("security.everywhereTitle")}</h3>
      <p>{t("security.everywhereIntro")}</p>
      <ActionButton label={t("security.everywhere")} run={logoutEverywhere} />
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
