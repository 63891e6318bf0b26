import { textLimits } from "@berdaya/core/text-limits";
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { AssociationLogo, createLogoChoice } from "../components/association-logo";
import { DeskPageFrame } from "../components/desk-nav";
import { createSubmitter, Field, FormError, FormSuccess, inputValue, SubmitButton } from "../components/form";
import { formatDateTime } from "../components/format";
import { usePageTitle } from "../components/page-title";
import { SignatureImage } from "../components/signature-image";
import { ErrorState, LoadingState } from "../components/status";
import {
  type AssociationPatch,
  type AssociationProfile,
  getAssociation,
  type TimeZone,
  timeZones,
  updateAssociation,
} from "../data/desk";
import { problem, t } from "../i18n/desk";
import "../desk.css";

type TextField = "name" | "shortName" | "address" | "issuerUrl" | "signerName" | "signerTitle" | "place";

/** What the form holds for each text field: the saved value until the admin types. */
type Draft = Record<TextField, string>;

const draftOf = (profile: AssociationProfile): Draft => ({
  name: profile.name,
  shortName: profile.shortName,
  address: profile.address,
  issuerUrl: profile.issuerUrl,
  signerName: profile.signerName,
  signerTitle: profile.signerTitle,
  place: profile.place ?? "Bengkulu",
});

/** The address as the server keeps it: no trailing slash. */
const cleanUrl = (value: string) => value.trim().replace(/\/+$/, "");

// https for the real site; http only for a server on this machine (the local demo).
const issuerPattern = /^(https:\/\/[^/\s?#]+|http:\/\/(localhost|127\.0\.0\.1)(:\d+)?)$/i;

/** The form's checks, in the server's limits, told before anything is sent. */
function check(draft: Draft) {
  const length = (value: string, min: number, max: number) => {
    const size = value.trim().length;
    return size >= min && size <= max;
  };
  if (!length(draft.name, 3, 150)) return problem("assoc.nameLength");
  if (!/^[A-Za-z]{2,6}$/.test(draft.shortName.trim())) return problem("assoc.shortNameFormat");
  if (draft.address.trim().length > 300) return problem("assoc.addressLength");
  if (!issuerPattern.test(cleanUrl(draft.issuerUrl))) return problem("assoc.issuerUrlFormat");
  if (!length(draft.signerName, 3, 120)) return problem("assoc.signerNameLength");
  if (!length(draft.signerTitle, 3, 150)) return problem("assoc.signerTitleLength");
  if (!length(draft.place, 2, 60)) return problem("assoc.placeLength");
  return undefined;
}

function ProfileForm(props: { profile: AssociationProfile }): JSX.Element {
  const [saved, setSaved] = createSignal(props.profile);
  const [draft, setDraft] = createSignal<Draft>(draftOf(props.profile));
  const [zone, setZone] = createSignal<TimeZone>(props.profile.timeZone ?? "WIB");
  const logo = createLogoChoice();
  const [done, setDone] = createSignal(false);
  const submitter = createSubmitter();

  const set = (field: TextField) => (event: Event) => {
    setDone(false);
    setDraft((current) => ({ ...current, [field]: inputValue(event) }));
  };

  function changes(): AssociationPatch {
    const now = draft();
    const before = draftOf(saved());
    const patch: AssociationPatch = {};
    for (const field of Object.keys(now) as TextField[]) {
      const value = field === "issuerUrl" ? cleanUrl(now[field]) : now[field].trim();
      const was = field === "shortName" ? before[field].toUpperCase() : before[field];
      if ((field === "shortName" ? value.toUpperCase() : value) !== was) patch[field] = value;
    }
    if (zone() !== (saved().timeZone ?? "WIB")) patch.timeZone = zone();
    const logoUploadId = logo.patch();
    if (logoUploadId !== undefined) patch.logoUploadId = logoUploadId;
    return patch;
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setDone(false);
    const invalid = check(draft());
    if (invalid) return submitter.fail(invalid);
    if (logo.busy()) return;
    const patch = changes();
    if (Object.keys(patch).length === 0) return submitter.fail(problem("assoc.noChanges"));
    void submitter.run(async () => {
      const profile = await updateAssociation(patch);
      setSaved(profile);
      setDraft(draftOf(profile));
      logo.keep();
      setDone(true);
    });
  }

  const urlChanged = () => cleanUrl(draft().issuerUrl) !== saved().issuerUrl;

  const text = (field: TextField, label: string, hint: string, options: { max: number; upper?: boolean }) => (
    <Field for={`assoc-${field}`} label={label} hint={hint}>
      <input
        id={`assoc-${field}`}
        name={field}
        type={field === "issuerUrl" ? "url" : "text"}
        inputmode={field === "issuerUrl" ? "url" : undefined}
        autocomplete="off"
        autocapitalize={options.upper ? "characters" : field === "issuerUrl" ? "off" : undefined}
        spellcheck={field === "issuerUrl" || field === "shortName" ? false : undefined}
        maxLength={options.max}
        aria-describedby={`assoc-${field}-hint`}
        class={options.upper ? "input-short" : undefined}
        value={draft()[field]}
        onInput={set(field)}
      />
    </Field>
  );

  return (
    <form class="panel form association-form" data-testid="association-form" novalidate onSubmit={submit}>
      {text("name", t("assoc.name"), t("assoc.nameHint"), { max: 150 })}
      {text("shortName", t("assoc.shortName"), t("assoc.shortNameHint"), { max: 6, upper: true })}
      <Field for="assoc-address" label={t("assoc.address")} hint={t("assoc.addressHint")}>
        <textarea
          id="assoc-address"
          name="address"
          rows="3"
          maxLength={textLimits.associationAddress}
          aria-describedby="assoc-address-hint"
          value={draft().address}
          onInput={set("address")}
        />
      </Field>
      <Field for="assoc-timeZone" label={t("assoc.timeZone")} hint={t("assoc.timeZoneHint")}>
        <select
          id="assoc-timeZone"
          name="timeZone"
          aria-describedby="assoc-timeZone-hint"
          data-testid="association-time-zone"
          value={zone()}
          onChange={(event) => setZone(event.currentTarget.value as TimeZone)}
        >
          <For each={timeZones}>{(value) => <option value={value}>{t(`assoc.zone.${value}`)}</option>}</For>
        </select>
      </Field>
      {text("issuerUrl", t("assoc.issuerUrl"), t("assoc.issuerUrlHint"), { max: 200 })}
      <Show when={urlChanged()}>
        <p class="assoc-warning" role="note">
          {t("assoc.issuerUrlWarning")}
        </p>
      </Show>
      <fieldset class="form-group">
        <legend>{t("assoc.signer")}</legend>
        {text("signerName", t("assoc.signerName"), t("assoc.signerNameHint"), { max: 120 })}
        {text("signerTitle", t("assoc.signerTitle"), t("assoc.signerTitleHint"), { max: 150 })}
        {text("place", t("assoc.place"), t("assoc.placeHint"), { max: 60 })}
      </fieldset>
      <AssociationLogo choice={logo} savedId={saved().logoUploadId} onEdit={() => setDone(false)} />
      <FormError error={submitter.error()} />
      <Show when={done()}>
        <FormSuccess>{t("assoc.saved")}</FormSuccess>
      </Show>
      <SubmitButton pending={submitter.pending() || logo.busy()} label={t("assoc.save")} />
      <p class="field-hint">{t("assoc.updatedAt", { date: formatDateTime(saved().updatedAt) })}</p>
    </form>
  );
}

/** /admin/association: the association's name, signatory, issuer address and logo on certificates. */
export default function AdminAssociationPage(): JSX.Element {
  usePageTitle(() => t("assoc.title"));
  return (
    <DeskPageFrame class="association-page">
      {() => {
        const [profile, { refetch }] = createResource(getAssociation);
        return (
          <>
            <div class="page-intro">
              <h1>{t("assoc.title")}</h1>
              <p class="lead">{t("assoc.intro")}</p>
            </div>
            <Switch fallback={<LoadingState label={t("assoc.loading")} />}>
              <Match when={profile.state === "errored"}>
                <ErrorState error={profile.error} onRetry={() => void refetch()} />
              </Match>
              <Match when={profile.state === "ready" ? profile() : undefined}>
                {(loaded) => (
                  <>
                    <ProfileForm profile={loaded()} />
                    <SignatureImage profile={loaded()} />
                  </>
                )}
              </Match>
            </Switch>
          </>
        );
      }}
    </DeskPageFrame>
  );
}
