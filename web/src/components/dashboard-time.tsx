// The association dashboard's course and month sections (pages/admin-dashboard.tsx).
import { createMemo, type JSX, Show } from "solid-js";
import type { Counter, ReportRow } from "../data/desk";
import { locale } from "../i18n";
import { type Key, t } from "../i18n/desk";
import { BarChart, DataTable, LineChart } from "./charts";

export function CourseSection(props: { rows: ReportRow[] }): JSX.Element {
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

export function MonthSection(props: { rows: ReportRow[] }): JSX.Element {
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
