import type { JSX } from "solid-js";
import { canTeach, type Me } from "../../data/session";
import { t } from "../../i18n/learn-trainer";
import { RoleGate } from "../require-login";

/** For trainers (and admins): others are told plainly that the page is not for them. */
export function TrainerArea(props: { children: (member: () => Me) => JSX.Element }): JSX.Element {
  return (
    <RoleGate
      allow={canTeach}
      title={t("trainerLearn.forbiddenTitle")}
      body={t("trainerLearn.forbidden")}
      link={{ href: "/", label: t("notFound.home") }}
    >
      {props.children}
    </RoleGate>
  );
}
