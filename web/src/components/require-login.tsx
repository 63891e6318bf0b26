import { Navigate, useLocation } from "@solidjs/router";
import { type JSX, Match, Switch } from "solid-js";
import {
  currentMember,
  type Me,
  memberLeft,
  refreshSession,
  sessionError,
  sessionState,
} from "../data/session";
import { t } from "../i18n";
import { authHref } from "./return-path";
import { ErrorState, LoadingState } from "./status";

/**
 * Shows `children` to a logged-in member; anyone else goes to the login form and comes back after,
 * except a member who just logged out or deleted their account here, who goes to the home page.
 */
export function RequireLogin(props: { children: (member: () => Me) => JSX.Element }): JSX.Element {
  const location = useLocation();
  return (
    <Switch fallback={<LoadingState label={t("session.loading")} />}>
      <Match when={sessionState() === "errored"}>
        <ErrorState error={sessionError()} onRetry={() => void refreshSession().catch(() => {})} />
      </Match>
      <Match when={sessionState() === "ready" && !currentMember() && memberLeft()}>
        <Navigate href="/" />
      </Match>
      <Match when={sessionState() === "ready" && !currentMember()}>
        <Navigate href={authHref("/login", `${location.pathname}${location.search}${location.hash}`)} />
      </Match>
      <Match when={sessionState() === "ready" && currentMember()}>{(member) => props.children(member)}</Match>
    </Switch>
  );
}
