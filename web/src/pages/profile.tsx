import { createSignal, type JSX, Show } from "solid-js";
import { AccountSecurity } from "../components/account-security";
import { BusinessFields, type BusinessProfile } from "../components/business-fields";
import {
  ActionButton,
  createSubmitter,
  FormError,
  FormProblem,
  FormSuccess,
  NameField,
  PasswordField,
  SubmitButton,
} from "../components/form";
import { formatPhone } from "../components/format";
import { RoleFacts } from "../components/member-facts";
import { usePageTitle } from "../components/page-title";
import { RequireLogin } from "../components/require-login";
import { TrainerSection } from "../components/trainer-application";
import { deleteAccount, downloadMyData, exportFileName, updateProfile } from "../data/account";
import type { Me } from "../data/session";
import { sectorLabel, t } from "../i18n";

function ProfileSummary(props: { member: Me }): JSX.Element {
  return (
    <dl class="summary-list">
      <Show when={props.member.phone}>
        {(phone) => (
          <div>
            <dt>{t("form.phone")}</dt>
            <dd class="nowrap">{formatPhone(phone())}</dd>
          </div>
        )}
      </Show>
      <Show when={props.member.email}>
        {(email) => (
          <div>
            <dt>{t("form.email")}</dt>
            <dd>{email()}</dd>
          </div>
        )}
      </Show>
      <RoleFacts role={props.member.role} createdAt={props.member.createdAt} />
    </dl>
  );
}

function ProfileForm(props: { member: Me }): JSX.Element {
  // Filled once from the session: a later refresh must not wipe what the member is typing.
  const [name, setName] = createSignal(props.member.name);
  const [business, setBusiness] = createSignal<BusinessProfile>({
    businessName: props.member.businessName ?? "",
    sector: props.member.sector ?? "",
    regency: props.member.regency ?? "",
  });
  const [saved, setSaved] = createSignal(false);
  const submitter = createSubmitter();

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setSaved(false);
    if (!name().trim()) return submitter.fail(new FormProblem("register.nameRequired"));
    const profile = business();
    const ok = await submitter.run(() =>
      updateProfile({
        name: name().trim(),
        businessName: profile.businessName.trim() || null,
        sector: profile.sector || null,
        regency: profile.regency || null,
      }),
    );
    setSaved(ok);
  }

  function edit<T>(set: (value: T) => void) {
    return (value: T) => {
      setSaved(false);
      set(value);
    };
  }

  return (
    <form class="panel form" data-testid="profile-form" novalidate onSubmit={onSubmit}>
      <NameField id="profile-name" value={name()} onInput={edit(setName)} />
      <BusinessFields
        idPrefix="profile"
        value={business()}
        onChange={(field, value) =>
          edit(setBusiness)({
            ...business(),
            [field]: value,
          })
        }
      />
      <FormError error={submitter.error()} />
      <Show when={saved()}>
        <FormSuccess>{t("profile.saved")}</FormSuccess>
      </Show>
      <SubmitButton pending={submitter.pending()} label={t("profile.save")} />
    </form>
  );
}

function DataSection(): JSX.Element {
  return (
    <section class="profile-section" aria-labelledby="profile-data">
      <h2 id="profile-data">{t("data.title")}</h2>
      <p>{t("data.intro", { file: exportFileName })}</p>
      <ActionButton label={t("data.download")} run={downloadMyData} />
    </section>
  );
}

function DeleteSection(): JSX.Element {
  const [password, setPassword] = createSignal("");
  const submitter = createSubmitter();

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (!password()) return submitter.fail(new FormProblem("form.passwordRequired"));
    // On success the session ends and the login guard takes the (former) member to the home page.
    await submitter.run(() => deleteAccount(password()));
  }

  return (
    <section class="profile-section danger-zone" aria-labelledby="profile-delete">
      <h2 id="profile-delete">{t("delete.title")}</h2>
      <p>{t("delete.what")}</p>
      <p>{t("delete.certificates")}</p>
      <p>{t("delete.irreversible")}</p>
      <form class="form" data-testid="delete-account" novalidate onSubmit={onSubmit}>
        <PasswordField
          id="delete-password"
          name="password"
          label={t("delete.password")}
          autocomplete="current-password"
          value={password()}
          onInput={setPassword}
        />
        <FormError error={submitter.error()} />
        <SubmitButton pending={submitter.pending()} label={t("delete.submit")} class="button button-danger" />
      </form>
    </section>
  );
}

export default function ProfilePage(): JSX.Element {
  usePageTitle(() => t("profile.title"));
  return (
    <RequireLogin>
      {(member) => (
        <div class="profile-page">
          <div class="page-intro">
            <h1>{t("profile.title")}</h1>
            <p class="lead profile-name">{member().name}</p>
            <Show when={member().businessName}>
              {(business) => (
                <p class="profile-business">
                  {business()}
                  <Show when={member().sector}>{(sector) => <> · {sectorLabel(sector())}</>}</Show>
                  <Show when={member().regency}>{(regency) => <> · {regency()}</>}</Show>
                </p>
              )}
            </Show>
            <ProfileSummary member={member()} />
          </div>
          <section class="profile-section" aria-labelledby="profile-edit">
            <h2 id="profile-edit">{t("profile.editTitle")}</h2>
            <ProfileForm member={member()} />
          </section>
          <AccountSecurity member={member()} />
          <TrainerSection member={member()} />
          <DataSection />
          <DeleteSection />
        </div>
      )}
    </RequireLogin>
  );
}
