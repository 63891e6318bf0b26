import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { type AdminMember, createResetLink, type ResetLink } from "../data/admin";
import { t, translate } from "../i18n";
import { copyText } from "./copy";
import { ActionButton } from "./form";
import { formatDateTime } from "./format";

/** A WhatsApp link that sends the member their reset link; none for a member without a phone. */
export function whatsappHref(member: AdminMember, link: ResetLink): string | undefined {
  if (!member.phone) return undefined;
  // The message is for the member, who may not read the admin's chosen language: always Indonesian.
  const text = translate("id", "admin.members.whatsappMessage", {
    name: member.name,
    url: link.url,
    expires: formatDateTime(link.expiresAt, "id"),
  });
  return `https://wa.me/${member.phone.replace(/^\+/, "")}?text=${encodeURIComponent(text)}`;
}

/** A member's one-time password link, to copy or send on WhatsApp (the members list and the member page). */
export function ResetLinkBox(props: { member: AdminMember; link: ResetLink; id: string }): JSX.Element {
  const [copied, setCopied] = createSignal<"copied" | "select">();
  let input: HTMLInputElement | undefined;

  return (
    <div class="reset-link">
      <label for={props.id}>{t("admin.members.linkLabel", { name: props.member.name })}</label>
      <div class="copy-row">
        <input
          id={props.id}
          type="text"
          readOnly
          data-testid="reset-link-url"
          value={props.link.url}
          ref={input}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          class="button button-secondary"
          onClick={async () => setCopied(await copyText(props.link.url, () => input))}
        >
          {t("admin.members.copy")}
        </button>
      </div>
      <p class="field-hint" role="status">
        <Switch fallback={t("admin.members.expires", { date: formatDateTime(props.link.expiresAt) })}>
          <Match when={copied() === "copied"}>{t("admin.members.copied")}</Match>
          <Match when={copied() === "select"}>{t("admin.members.copyManually")}</Match>
        </Switch>
      </p>
      <Show
        when={whatsappHref(props.member, props.link)}
        fallback={<p class="field-hint">{t("admin.members.noPhone")}</p>}
      >
        {(href) => (
          <a
            class="button button-whatsapp"
            href={href()}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="reset-link-whatsapp"
          >
            {t("admin.members.whatsapp")}
          </a>
        )}
      </Show>
    </div>
  );
}

/** The button that makes a member a one-time password link, then the link (again: a new one). */
export function ResetLinkCreate(props: { member: AdminMember; id: string }): JSX.Element {
  const [link, setLink] = createSignal<ResetLink>();
  return (
    <>
      <ActionButton
        testId="reset-link-create"
        label={link() ? t("admin.members.resetLinkAgain") : t("admin.members.resetLink")}
        run={async () => setLink(await createResetLink(props.member.id))}
      />
      <Show when={link()} keyed>
        {(current) => <ResetLinkBox member={props.member} link={current} id={props.id} />}
      </Show>
    </>
  );
}
