import { A, Navigate, useLocation } from "@solidjs/router";
import { type JSX, Match, Show, Switch } from "solid-js";
import {
  currentMember,
  type Me,
  memberLeft,
  type Role,
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

/**
 * A page for some roles only: anonymous visitors log in first (and come back), members of another
 * role are told plainly that the page is not for them and where to go instead. The words come from
 * the caller's dictionary.
 */
export function RoleGate(props: {
  allow: (role: Role) => boolean;
  title: string;
  body: string;
  link: { href: string; label: string };
  children: (member: () => Me) => JSX.Element;
}): JSX.Element {
  return (
    <RequireLogin>
      {(member) => (
        <Show
          when={props.allow(member().role)}
          fallback={
            <div class="page-intro" data-testid="not-allowed">
              <h1>{props.title}</h1>
              <p class="lead">{props.body}</p>
              <A href={props.link.href} class="button">
                {props.link.label}
              </A>
            </div>
          }
        >
          {props.children(member)}
        </Show>
      )}
    </RequireLogin>
  );
}

/** The association's desk and reviews: admins only. */
export function AdminOnly(props: { children: (member: () => Me) => JSX.Element }): JSX.Element {
  return (
    <RoleGate
      allow={(role) => role === "admin"}
      title={t("admin.forbiddenTitle")}
      body={t("admin.forbidden")}
      link={{ href: "/", label: t("notFound.home") }}
    >
      {props.children}
    </RoleGate>
  );
}
