import { A, useLocation } from "@solidjs/router";
import { createSignal, type JSX, Match, onCleanup, Show, Switch } from "solid-js";
import { OfflineError } from "../data/api";
import { inbox } from "../data/notifications";
import { canTeach, currentMember, firstName, logout, sessionState } from "../data/session";
import { t } from "../i18n";
import { certificatesNavLabel } from "../i18n/nav-certificates";
import { Icon } from "./icon";
import { authHref, returnPath } from "./return-path";
import { errorMessage } from "./status";

/** The header's account links: log in / sign up, or the member's name, Admin and log out. */
export function AccountNav(): JSX.Element {
  const location = useLocation();
  const [pending, setPending] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(hideTimer));

  async function leave() {
    if (pending()) return;
    setPending(true);
    setFailure(undefined);
    try {
      await logout();
    } catch (error) {
      setFailure(() => error);
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => setFailure(undefined), 8000);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Switch>
        <Match when={currentMember()}>
          {(member) => (
            <>
              <A href="/learn" class="nav-account" activeClass="active" data-testid="nav-learn">
                {t("nav.learn")}
              </A>
              <A href="/certificates" class="nav-account" activeClass="active" data-testid="nav-certificates">
                {certificatesNavLabel()}
              </A>
              <Show when={canTeach(member().role)}>
                <A href="/trainer" class="nav-account" activeClass="active" data-testid="nav-trainer">
                  {t("nav.trainer")}
                </A>
              </Show>
              <Show when={member().role === "admin"}>
                <A href="/admin" class="nav-account" activeClass="active" data-testid="nav-admin">
                  {t("nav.admin")}
                </A>
              </Show>
              <A
                href="/notifications"
                class="nav-account nav-notifications"
                activeClass="active"
                data-testid="nav-notifications"
                aria-label={
                  inbox()?.unseen
                    ? t("nav.notificationsUnseen", { count: inbox()?.unseen ?? 0 })
                    : t("nav.notifications")
                }
              >
                <Icon name="bell" />
                <Show when={inbox()?.unseen}>
                  {(count) => (
                    <span class="nav-badge" aria-hidden="true" data-testid="nav-notifications-count">
                      {count() > 9 ? "9+" : count()}
                    </span>
                  )}
                </Show>
              </A>
              <A
                href="/profile"
                class="nav-account nav-member"
                activeClass="active"
                data-testid="nav-profile"
                aria-label={t("nav.profileOf", { name: firstName(member().name) })}
              >
                <Icon name="user" />
                <span class="nav-name">{firstName(member().name)}</span>
              </A>
              <button
                type="button"
                class="nav-logout"
                data-testid="nav-logout"
                disabled={pending()}
                onClick={leave}
              >
                {t("nav.logout")}
              </button>
            </>
          )}
        </Match>
        <Match when={sessionState() !== "loading"}>
          <A
            href={authHref("/login", returnPath(location))}
            class="nav-account"
            activeClass="active"
            data-testid="nav-login"
          >
            {t("nav.login")}
          </A>
          <A
            href={authHref("/register", returnPath(location))}
            class="nav-account nav-register"
            activeClass="active"
            data-testid="nav-register"
          >
            {t("nav.register")}
          </A>
        </Match>
      </Switch>
      <Show when={failure()}>
        {(error) => (
          <p class="toast" role="alert">
            {error() instanceof OfflineError ? errorMessage(error()) : t("nav.logoutFailed")}
          </p>
        )}
      </Show>
    </>
  );
}
