import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import { usePageTitle } from "../components/page-title";
import { t } from "../i18n";

export default function NotFoundPage(): JSX.Element {
  usePageTitle(() => t("notFound.title"));
  return (
    <div class="page-intro not-found">
      <p class="not-found-code" aria-hidden="true">
        404
      </p>
      <h1>{t("notFound.title")}</h1>
      <p class="lead">{t("notFound.body")}</p>
      <A href="/" class="button">
        {t("notFound.home")}
      </A>
    </div>
  );
}
