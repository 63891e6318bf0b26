import type { JSX } from "solid-js";
import { canTeach, type Me } from "../data/session";
import { t } from "../i18n/authoring";
import { AdminOnly, RoleGate } from "./require-login";

export { AdminOnly, RoleGate };

/** The trainer's pages (their courses, the editor): trainers and admins. */
export function TrainerOnly(props: { children: (member: () => Me) => JSX.Element }): JSX.Element {
  return (
    <RoleGate
      allow={canTeach}
      title={t("mine.forbiddenTitle")}
      body={t("mine.forbidden")}
      link={{ href: "/profile", label: t("mine.toProfile") }}
    >
      {props.children}
    </RoleGate>
  );
}
