import { type JSX, Show } from "solid-js";
import { roleLabel, sectorLabel, t } from "../i18n";
import { formatDate } from "./format";

/** "Warung Bu Sri · Kuliner · Sleman": what a member told of their business, or "" when nothing. */
export function businessLine(member: {
  businessName: string | null;
  sector: string | null;
  regency: string | null;
}): string {
  return [member.businessName, member.sector ? sectorLabel(member.sector) : null, member.regency]
    .filter(Boolean)
    .join(" · ");
}

/** A trainer's or an admin's badge next to their name; none for a learner. */
export function RoleBadge(props: { role: string }): JSX.Element {
  return (
    <Show when={props.role !== "learner"}>
      <span class={`role-badge role-${props.role}`}>{roleLabel(props.role)}</span>
    </Show>
  );
}

/** The role and the date of joining, as two entries of a description list. */
export function RoleFacts(props: { role: string; createdAt: string }): JSX.Element {
  return (
    <>
      <div>
        <dt>{t("profile.role")}</dt>
        <dd>{roleLabel(props.role)}</dd>
      </div>
      <div>
        <dt>{t("profile.memberSince")}</dt>
        <dd>{formatDate(props.createdAt)}</dd>
      </div>
    </>
  );
}
