import { createEffect, createSignal, For, type JSX, on, onCleanup } from "solid-js";
import type { CatalogFilters } from "../data/courses";
import { categoryLabel, levelLabel, t } from "../i18n";
import { id as dictionary } from "../i18n/id";
import "./catalog-search.css";

// The filters' choices are the ones the app has words for: the same lists the API accepts, with no
// request of their own on the catalog's first load.
const valuesOf = (prefix: string) =>
  Object.keys(dictionary)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
const categories = valuesOf("category.");
const levels = valuesOf("level.");

// Long enough not to search on every letter over a slow connection, short enough to feel live.
const typingPauseMs = 500;

/**
 * The catalog's search box and its category and level filters. The words search after a pause in
 * typing (or at once with Enter); a filter applies when chosen.
 */
export function CatalogSearch(props: {
  filters: CatalogFilters;
  onChange: (filters: CatalogFilters) => void;
}): JSX.Element {
  const [text, setText] = createSignal(props.filters.q ?? "");
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  // Back and forward (or a link) can change the search: the box follows.
  createEffect(
    on(
      () => props.filters.q ?? "",
      (q) => {
        if (q.trim() !== text().trim()) setText(q);
      },
      { defer: true },
    ),
  );

  const apply = (change: CatalogFilters) => props.onChange({ ...props.filters, ...change });

  function searchNow() {
    clearTimeout(timer);
    const q = text().trim();
    if (q !== (props.filters.q ?? "")) apply({ q });
  }

  // A value the lists do not know (an old link) still shows as chosen rather than silently as "all".
  const withCurrent = (values: string[], current: string | undefined) =>
    current && !values.includes(current) ? [...values, current] : values;

  return (
    <form
      class="catalog-search"
      aria-label={t("catalog.searchLabel")}
      onSubmit={(event) => {
        event.preventDefault();
        searchNow();
        // Closes the phone's keyboard so the results can be seen.
        (document.activeElement as HTMLElement | null)?.blur();
      }}
    >
      <div class="catalog-search-box">
        <label for="catalog-q" class="visually-hidden">
          {t("catalog.search")}
        </label>
        <input
          id="catalog-q"
          type="search"
          data-testid="search-input"
          placeholder={t("catalog.searchPlaceholder")}
          autocomplete="off"
          enterkeyhint="search"
          maxlength="100"
          value={text()}
          onInput={(event) => {
            setText(event.currentTarget.value);
            clearTimeout(timer);
            timer = setTimeout(searchNow, typingPauseMs);
          }}
        />
        <button type="submit" class="button">
          {t("catalog.searchButton")}
        </button>
      </div>
      <div class="catalog-filters">
        <div class="field">
          <label for="catalog-category">{t("catalog.category")}</label>
          <select
            id="catalog-category"
            data-testid="filter-category"
            value={props.filters.category ?? ""}
            onChange={(event) => apply({ category: event.currentTarget.value })}
          >
            <option value="">{t("catalog.allCategories")}</option>
            <For each={withCurrent(categories, props.filters.category)}>
              {(value) => <option value={value}>{categoryLabel(value)}</option>}
            </For>
          </select>
        </div>
        <div class="field">
          <label for="catalog-level">{t("catalog.level")}</label>
          <select
            id="catalog-level"
            data-testid="filter-level"
            value={props.filters.level ?? ""}
            onChange={(event) => apply({ level: event.currentTarget.value })}
          >
            <option value="">{t("catalog.allLevels")}</option>
            <For each={withCurrent(levels, props.filters.level)}>
              {(value) => <option value={value}>{levelLabel(value)}</option>}
            </For>
          </select>
        </div>
      </div>
    </form>
  );
}
