import { For, type JSX } from "solid-js";
import { locale, locales, setLocale, t } from "../i18n";

export function LanguageSwitcher(): JSX.Element {
  return (
    <fieldset class="lang-switcher">
      <legend class="visually-hidden">{t("lang.label")}</legend>
      <For each={locales}>
        {(code) => (
          <button
            type="button"
            class="lang-button"
            lang={code}
            title={t(`lang.${code}`)}
            aria-pressed={locale() === code}
            data-testid={`lang-${code}`}
            onClick={() => setLocale(code)}
          >
            {code.toUpperCase()}
          </button>
        )}
      </For>
    </fieldset>
  );
}
