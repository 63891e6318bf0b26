import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import type { Me } from "../../data/session";
import { t } from "../../i18n/learn-trainer";
import { RequireLogin } from "../require-login";

/** For trainers (and admins): others are told plainly that the page is not for them. */
export function TrainerArea(props: { children: (member: () => Me) => JSX.Element }): JSX.Element {
  return (
    <RequireLogin>
      {(member) => (
        <Show
          when={member().role === "trainer" || member().role === "admin"}
          fallback={
            <div class="page-intro" data-testid="not-allowed">
              <h1>{t("trainerLearn.forbiddenTitle")}</h1>
              <p class="lead">{t("trainerLearn.forbidden")}</p>
              <A href="/" class="button">
                {t("notFound.home")}
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
