import { createMemo, createResource, createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { BarChart, type ChartRow, DataTable, formatCount, LineChart } from "../components/charts";
import { DeskPageFrame } from "../components/desk-nav";
import { inputValue } from "../components/form";
import { usePageTitle } from "../components/page-title";
import { ErrorState, LoadingState } from "../components/status";
import { getReference, type Reference } from "../data/account";
import {
  type Counter,
  type Counts,
  counters,
  type ExportSeparator,
  exportKinds,
  exportUrl,
  type ReportRow,
  type ReportSummary,
  reportSummary,
} from "../data/desk";
import { locale, sectorLabel } from "../i18n";
import { type Key, t } from "../i18n/desk";
import "../desk.css";

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
function placeRows(
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

function Tiles(props: { totals: Counts }): JSX.Element {
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

function PlaceSection(props: {
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

function CourseSection(props: { rows: ReportRow[] }): JSX.Element {
  const sorted = () =>
    [...props.rows].sort((a, b) => b.enrollments - a.enrollments || a.label.localeCompare(b.label));
  const series = () => [
    { key: "enrollments", label: t("series.enrollments") },
    { key: "completions", label: t("series.completions") },
  ];
  return (
    <section class="dash-section" aria-labelledby="dash-course">
      <div class="dash-section-head">
        <h2 id="dash-course">{t("dash.byCourse")}</h2>
      </div>
      <Show
        when={props.rows.length > 0}
        fallback={
          <p class="status status-empty" data-testid="chart-course">
            {t("dash.noData")}
          </p>
        }
      >
        <div class="dash-body">
          <BarChart
            testId="chart-course"
            label={t("dash.chartLabel", {
              title: t("dash.byCourse"),
              series: series()
                .map((item) => item.label)
                .join(", "),
            })}
            series={series()}
            rows={sorted().map((row) => ({ ...row, values: [row.enrollments, row.completions] }))}
          />
          <DataTable
            testId="table-course"
            caption={t("dash.caption.course")}
            head={t("dash.col.course")}
            columns={[t("dash.col.enrollments"), t("dash.col.completions"), t("dash.col.certificatesIssued")]}
            rows={sorted().map((row) => ({
              ...row,
              values: [row.enrollments, row.completions, row.certificatesIssued],
            }))}
            total={{
              label: t("dash.total"),
              values: [
                props.rows.reduce((total, row) => total + row.enrollments, 0),
                props.rows.reduce((total, row) => total + row.completions, 0),
                props.rows.reduce((total, row) => total + row.certificatesIssued, 0),
              ],
            }}
            showLabel={t("dash.showTable")}
            hideLabel={t("dash.hideTable")}
          />
        </div>
      </Show>
    </section>
  );
}

const maxMonths = 24;

function monthKey(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Every month from the first with activity to this one (at most the last 24), zeros where quiet. */
function monthRange(rows: ReportRow[]): { months: string[]; cut: boolean } {
  const keys = rows.map((row) => row.key).filter((key) => /^\d{4}-\d{2}$/.test(key));
  const now = monthKey(new Date());
  // "YYYY-MM" sorts as text in time order.
  const ordered = [...keys, now].sort();
  const first = ordered[0] ?? now;
  const last = ordered[ordered.length - 1] ?? now;
  const months: string[] = [];
  const cursor = new Date(`${last}-01T00:00:00Z`);
  while (months.length < maxMonths) {
    const key = monthKey(cursor);
    months.unshift(key);
    if (key <= first) break;
    cursor.setUTCMonth(cursor.getUTCMonth() - 1);
  }
  return { months, cut: months[0] !== undefined && months[0] > first };
}

function monthName(key: string, style: "short" | "long"): string {
  const date = new Date(`${key}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return key;
  return new Intl.DateTimeFormat(locale() === "en" ? "en-GB" : "id-ID", {
    month: style,
    year: style === "short" ? "2-digit" : "numeric",
    timeZone: "UTC",
  }).format(date);
}

const monthSeries: Counter[] = ["enrollments", "completions", "certificatesIssued"];
const monthColumns = ["members", "enrollments", "completions", "certificatesIssued"] as const;

function MonthSection(props: { rows: ReportRow[] }): JSX.Element {
  const range = createMemo(() => monthRange(props.rows));
  const byKey = createMemo(() => new Map(props.rows.map((row) => [row.key, row])));
  const value = (key: string, counter: Counter) => byKey().get(key)?.[counter] ?? 0;
  const seriesLabel = (counter: Counter) => t(`series.${counter}` as Key);
  const series = () => monthSeries.map((counter) => ({ key: counter, label: seriesLabel(counter) }));
  const title = () =>
    range().cut ? `${t("dash.byMonth")} (${t("dash.lastMonths", { count: maxMonths })})` : t("dash.byMonth");

  return (
    <section class="dash-section" aria-labelledby="dash-month">
      <div class="dash-section-head">
        <h2 id="dash-month">{title()}</h2>
      </div>
      <div class="dash-body">
        <LineChart
          testId="chart-month"
          label={t("dash.chartLabel", {
            title: title(),
            series: series()
              .map((item) => item.label)
              .join(", "),
          })}
          series={series()}
          points={range().months.map((key) => ({
            key,
            label: monthName(key, "short"),
            values: monthSeries.map((counter) => value(key, counter)),
          }))}
        />
        <DataTable
          testId="table-month"
          caption={t("dash.caption.month")}
          head={t("dash.col.month")}
          columns={monthColumns.map((counter) => t(`dash.col.${counter}`))}
          rows={range()
            .months.map((key) => ({
              key,
              label: monthName(key, "long"),
              values: monthColumns.map((counter) => value(key, counter)),
            }))
            .reverse()}
          showLabel={t("dash.showTable")}
          hideLabel={t("dash.hideTable")}
        />
      </div>
    </section>
  );
}

function Exports(): JSX.Element {
  const [separator, setSeparator] = createSignal<ExportSeparator>("semicolon");
  return (
    <section class="dash-section" aria-labelledby="dash-export">
      <h2 id="dash-export">{t("dash.export.title")}</h2>
      <p class="field-hint">{t("dash.export.intro")}</p>
      <fieldset class="export-format">
        <legend>{t("dash.export.format")}</legend>
        <For each={["semicolon", "comma"] as const}>
          {(value) => (
            <label>
              <input
                type="radio"
                name="export-format"
                value={value}
                checked={separator() === value}
                data-testid={`export-format-${value}`}
                onChange={() => setSeparator(value)}
              />
              {t(value === "semicolon" ? "dash.export.semicolon" : "dash.export.comma")}
            </label>
          )}
        </For>
      </fieldset>
      <div class="export-links">
        <For each={exportKinds}>
          {(kind) => (
            <a
              class="button button-secondary"
              href={exportUrl(kind, separator(), locale())}
              download=""
              data-testid={`export-${kind}`}
            >
              {t(`dash.export.${kind}`)}
            </a>
          )}
        </For>
      </div>
    </section>
  );
}

function Dashboard(props: { summary: ReportSummary; reference?: Reference }): JSX.Element {
  const totals = () => props.summary.totals;
  return (
    <>
      <Tiles totals={totals()} />
      <PlaceSection
        id="regency"
        title="dash.byRegency"
        caption="dash.caption.regency"
        head="dash.col.regency"
        rows={placeRows(props.summary.byRegency, props.reference?.regencies ?? [], totals(), (key) => key)}
      />
      <PlaceSection
        id="sector"
        title="dash.bySector"
        caption="dash.caption.sector"
        head="dash.col.sector"
        rows={placeRows(props.summary.bySector, props.reference?.sectors ?? [], totals(), sectorLabel)}
      />
      <CourseSection rows={props.summary.byCourse} />
      <MonthSection rows={props.summary.byMonth} />
      <Exports />
    </>
  );
}

/** /admin/dashboard, "Dasbor asosiasi": the report's counters as tiles, charts and tables, and CSV files. */
export default function AdminDashboardPage(): JSX.Element {
  usePageTitle(() => t("dash.title"));
  return (
    <DeskPageFrame class="dashboard-page">
      {() => {
        // The reference lists only add the places with no activity yet: the dashboard works without them.
        const [data, { refetch }] = createResource(() =>
          Promise.all([reportSummary(), getReference().catch(() => undefined)]),
        );
        return (
          <>
            <div class="page-intro">
              <h1>{t("dash.title")}</h1>
              <p class="lead">{t("dash.intro")}</p>
            </div>
            <Switch fallback={<LoadingState label={t("dash.loading")} />}>
              <Match when={data.state === "errored"}>
                <ErrorState error={data.error} onRetry={() => void refetch()} />
              </Match>
              <Match when={data.state === "ready" || data.state === "refreshing" ? data.latest : undefined}>
                {(loaded) => <Dashboard summary={loaded()[0]} reference={loaded()[1]} />}
              </Match>
            </Switch>
          </>
        );
      }}
    </DeskPageFrame>
  );
}
