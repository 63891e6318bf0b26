import { A } from "@solidjs/router";
import { For, type JSX } from "solid-js";
import type { Me } from "../data/session";
import { t } from "../i18n";
import { type DeskPage, deskNavLabel, deskPageName, deskPages } from "../i18n/desk-nav";
import { Icon } from "./icon";
import { AdminOnly } from "./require-login";

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

/**
 * A desk page: admins only (anyone else is told so; visitors log in first), with the way back to
 * /admin and the links between the desk's pages above its content.
 */
export function DeskPageFrame(props: {
  class?: string;
  children: (member: () => Me) => JSX.Element;
}): JSX.Element {
  return (
    <AdminOnly>
      {(member) => (
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
      )}
    </AdminOnly>
  );
}
