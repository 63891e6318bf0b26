// The association dashboard's totals and its regency and sector sections (pages/admin-dashboard.tsx).
import { createMemo, createSignal, For, type JSX } from "solid-js";
import { type Counts, counters, type ReportRow } from "../data/desk";
import { type Key, t } from "../i18n/desk";
import { BarChart, type ChartRow, DataTable, formatCount } from "./charts";
import { inputValue } from "./form";

/** What a regency's or a sector's row counts, in the table's column order. */
const placeMetrics = ["members", "enrollments", "completions", "certificatesIssued"] as const;
type PlaceMetric = (typeof placeMetrics)[number];

const seriesKey: Record<PlaceMetric, Key> = {
  members: "series.members",
  enrollments: "series.enrollments",
  completions: "series.completions",
  certificatesIssued: "series.certificatesIssued",
};

interface PlaceRow {
  key: string;
  label: string;
  counts: Record<PlaceMetric, number>;
  /** Members who left the regency or sector empty: what the totals have beyond the rows. */
  unassigned?: boolean;
}

/**
 * Every regency (or sector) the reference lists, with zeros where nothing happened yet, so a
 * district the association has not reached shows as such; plus "Belum diisi" for what the totals
 * count beyond the rows (members who did not give one).
 */
export function placeRows(
  rows: ReportRow[],
  known: readonly string[],
  totals: Counts,
  label: (key: string) => string,
): PlaceRow[] {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const keys = [...known, ...rows.map((row) => row.key).filter((key) => !known.includes(key))];
  const result: PlaceRow[] = keys.map((key) => {
    const row = byKey.get(key);
    const counts = Object.fromEntries(placeMetrics.map((metric) => [metric, row?.[metric] ?? 0]));
    return { key, label: label(key), counts: counts as PlaceRow["counts"] };
  });
  const rest = Object.fromEntries(
    placeMetrics.map((metric) => [
      metric,
      Math.max(0, totals[metric] - result.reduce((sum, row) => sum + row.counts[metric], 0)),
    ]),
  ) as PlaceRow["counts"];
  if (placeMetrics.some((metric) => rest[metric] > 0))
    result.push({ key: "", label: t("dash.unassigned"), counts: rest, unassigned: true });
  return result;
}

function sum(rows: ChartRow[], columns: number): number[] {
  return Array.from({ length: columns }, (_, column) =>
    rows.reduce((total, row) => total + (row.values[column] ?? 0), 0),
  );
}

export function Tiles(props: { totals: Counts }): JSX.Element {
  return (
    <section class="dash-section" aria-labelledby="dash-totals">
      <h2 id="dash-totals" class="visually-hidden">
        {t("dash.totals")}
      </h2>
      <dl class="tiles">
        <For each={counters}>
          {(counter) => (
            <div class={`tile tile-${counter}`} data-testid="dashboard-total" data-counter={counter}>
              <dt>{t(`counter.${counter}`)}</dt>
              <dd>{formatCount(props.totals[counter])}</dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
}

export function PlaceSection(props: {
  id: "regency" | "sector";
  title: Key;
  caption: Key;
  head: Key;
  rows: PlaceRow[];
}): JSX.Element {
  const [metric, setMetric] = createSignal<PlaceMetric>("members");
  const sorted = createMemo(() =>
    [...props.rows].sort((a, b) => {
      if (a.unassigned !== b.unassigned) return a.unassigned ? 1 : -1;
      return b.counts[metric()] - a.counts[metric()] || a.label.localeCompare(b.label);
    }),
  );
  const chartRows = () =>
    sorted().map((row) => ({ ...row, values: [row.counts[metric()]], muted: row.unassigned }));
  const tableRows = () =>
    sorted().map((row) => ({ ...row, values: placeMetrics.map((name) => row.counts[name]) }));
  const selectId = () => `${props.id}-metric`;

  return (
    <section class="dash-section" aria-labelledby={`dash-${props.id}`}>
      <div class="dash-section-head">
        <h2 id={`dash-${props.id}`}>{t(props.title)}</h2>
        <div class="field dash-metric">
          <label for={selectId()}>{t("dash.show")}</label>
          <select
            id={selectId()}
            data-testid={`metric-${props.id}`}
            onChange={(event) => setMetric(inputValue(event) as PlaceMetric)}
          >
            <For each={placeMetrics}>
              {(name) => (
                <option value={name} selected={name === metric()}>
                  {t(`counter.${name}`)}
                </option>
              )}
            </For>
          </select>
        </div>
      </div>
      <div class="dash-body">
        <BarChart
          testId={`chart-${props.id}`}
          label={t("dash.chartLabel", { title: t(props.title), series: t(`counter.${metric()}`) })}
          series={[{ key: metric(), label: t(seriesKey[metric()]) }]}
          rows={chartRows()}
        />
        <DataTable
          testId={`table-${props.id}`}
          caption={t(props.caption)}
          head={t(props.head)}
          columns={placeMetrics.map((name) => t(`dash.col.${name}`))}
          rows={tableRows()}
          total={{ label: t("dash.total"), values: sum(tableRows(), placeMetrics.length) }}
          showLabel={t("dash.showTable")}
          hideLabel={t("dash.hideTable")}
        />
      </div>
    </section>
  );
}
