import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import type { Me } from "../data/session";
import { t } from "../i18n";
import { type DeskPage, deskNavLabel, deskPageName, deskPages } from "../i18n/desk-nav";
import { Icon } from "./icon";
import { RequireLogin } from "./require-login";

const hrefs: Record<DeskPage, string> = {
  dashboard: "/admin/dashboard",
  members: "/admin/members",
  certificates: "/admin/certificates",
  association: "/admin/association",
};

/** Links to the association desk's pages, for a navigation that has others around them (/admin's). */
export function DeskLinks(): JSX.Element {
  return (
    <For each={deskPages}>
      {(page) => (
        <A href={hrefs[page]} data-testid={`admin-nav-${page}`}>
          {deskPageName(page)}
        </A>
      )}
    </For>
  );
}

function NotAllowed(): JSX.Element {
  return (
    <div class="page-intro" data-testid="not-allowed">
      <h1>{t("admin.forbiddenTitle")}</h1>
      <p class="lead">{t("admin.forbidden")}</p>
      <A href="/" class="button">
        {t("notFound.home")}
      </A>
    </div>
  );
}

/**
 * A desk page: admins only (anyone else is told so; visitors log in first), with the way back to
 * /admin and the links between the desk's pages above its content.
 */
export function DeskPageFrame(props: {
  class?: string;
  children: (member: () => Me) => JSX.Element;
}): JSX.Element {
  return (
    <RequireLogin>
      {(member) => (
        <Show when={member().role === "admin"} fallback={<NotAllowed />}>
          <div class={props.class ? `desk-page ${props.class}` : "desk-page"}>
            <nav class="desk-nav" aria-label={deskNavLabel()}>
              <A href="/admin" class="desk-nav-home" end>
                <Icon name="back" />
                {t("admin.title")}
              </A>
              <div class="desk-nav-links">
                <DeskLinks />
                <A href="/admin/courses">{t("admin.courseReviews")}</A>
              </div>
            </nav>
            {props.children(member)}
          </div>
        </Show>
      )}
    </RequireLogin>
  );
}
