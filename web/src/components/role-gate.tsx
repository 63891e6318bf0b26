import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import type { Me, Role } from "../data/session";
import { type Key, t } from "../i18n/authoring";
import { RequireLogin } from "./require-login";

/**
 * A page for some roles only: anonymous visitors log in first (and come back), members of another
 * role are told plainly that the page is not for them and where to go instead.
 */
export function RoleGate(props: {
  roles: Role[];
  title: Key;
  body: Key;
  link: { href: string; label: Key };
  children: (member: () => Me) => JSX.Element;
}): JSX.Element {
  return (
    <RequireLogin>
      {(member) => (
        <Show
          when={props.roles.includes(member().role)}
          fallback={
            <div class="page-intro" data-testid="not-allowed">
              <h1>{t(props.title)}</h1>
              <p class="lead">{t(props.body)}</p>
              <A href={props.link.href} class="button">
                {t(props.link.label)}
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

export function TrainerOnly(props: { children: (member: () => Me) => JSX.Element }): JSX.Element {
  return (
    <RoleGate
      roles={["trainer", "admin"]}
      title="mine.forbiddenTitle"
      body="mine.forbidden"
      link={{ href: "/profile", label: "mine.toProfile" }}
    >
      {props.children}
    </RoleGate>
  );
}

export function AdminOnly(props: { children: (member: () => Me) => JSX.Element }): JSX.Element {
  return (
    <RoleGate
      roles={["admin"]}
      title="admin.forbiddenTitle"
      body="admin.forbidden"
      link={{ href: "/", label: "notFound.home" }}
    >
      {props.children}
    </RoleGate>
  );
}
