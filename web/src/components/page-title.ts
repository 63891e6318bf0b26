import { createEffect } from "solid-js";
import { t } from "../i18n";

/** Keeps the document title (what a tab, a bookmark and a screen reader announce) in step with the page. */
export function usePageTitle(title: () => string): void {
  createEffect(() => {
    document.title = `${title()} · ${t("app.name")}`;
  });
}
