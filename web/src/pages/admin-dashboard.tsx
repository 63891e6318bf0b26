import { createResource, createSignal, For, type JSX, Match, Switch } from "solid-js";
import { PlaceSection, placeRows, Tiles } from "../components/dashboard-places";
import { CourseSection, MonthSection } from "../components/dashboard-time";
import { DeskPageFrame } from "../components/desk-nav";
import { usePageTitle } from "../components/page-title";
import { ErrorState, LoadingState } from "../components/status";
import { getReference, type Reference } from "../data/account";
import {
  type ExportSeparator,
  exportKinds,
  exportUrl,
  type ReportSummary,
  reportSummary,
} from "../data/desk";
import { locale, sectorLabel } from "../i18n";
import { t } from "../i18n/desk";
import "../desk.css";

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
      <CourseSection summary={props.summary} />
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
