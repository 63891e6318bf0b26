// The association dashboard's course and month sections (pages/admin-dashboard.tsx).
import { createMemo, type JSX, Show } from "solid-js";
import { type Counter, type ReportRow, type ReportSummary, reportCourses } from "../data/desk";
import { locale } from "../i18n";
import { type Key, t } from "../i18n/desk";
import { BarChart, DataTable, LineChart } from "./charts";
import { ListFooter } from "./list-footer";
import { createPagedList } from "./paged-list";

/**
 * The top courses by enrollments as a chart, and in the table below it every course, more loaded a
 * page at a time (the summary carries only the top ones: ADR 0016).
 */
export function CourseSection(props: { summary: ReportSummary }): JSX.Element {
  // Most enrollments first, as the server sends them; equal counts by name, so the order holds still.
  const ranked = (rows: ReportRow[]) =>
    [...rows].sort((a, b) => b.enrollments - a.enrollments || a.label.localeCompare(b.label));
  const top = () => ranked(props.summary.byCourse);
  const list = createPagedList(
    () => props.summary,
    (summary, cursor) =>
      cursor
        ? reportCourses(cursor)
        : Promise.resolve({ items: summary.byCourse, cursor: summary.moreCourses }),
    (row) => row.key,
  );
  const series = () => [
    { key: "enrollments", label: t("series.enrollments") },
    { key: "completions", label: t("series.completions") },
  ];
  const title = () =>
    props.summary.moreCourses
      ? `${t("dash.byCourse")} (${t("dash.topCourses", { count: top().length })})`
      : t("dash.byCourse");
  const totals = () => props.summary.totals;
  return (
    <section class="dash-section" aria-labelledby="dash-course">
      <div class="dash-section-head">
        <h2 id="dash-course">{title()}</h2>
      </div>
      <Show
        when={top().length > 0}
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
              title: title(),
              series: series()
                .map((item) => item.label)
                .join(", "),
            })}
            series={series()}
            rows={top().map((row) => ({ ...row, values: [row.enrollments, row.completions] }))}
          />
          <DataTable
            testId="table-course"
            caption={t("dash.caption.course")}
            head={t("dash.col.course")}
            columns={[t("dash.col.enrollments"), t("dash.col.completions"), t("dash.col.certificatesIssued")]}
            rows={ranked(list.items()).map((row) => ({
              ...row,
              values: [row.enrollments, row.completions, row.certificatesIssued],
            }))}
            total={{
              label: t("dash.total"),
              values: [totals().enrollments, totals().completions, totals().certificatesIssued],
            }}
            showLabel={t("dash.showTable")}
            hideLabel={t("dash.hideTable")}
            footer={<ListFooter list={list} testId="course-more" />}
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
