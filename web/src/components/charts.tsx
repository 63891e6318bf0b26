import { createSignal, createUniqueId, For, type JSX, onCleanup, onMount, Show } from "solid-js";
import { locale } from "../i18n";

/**
 * Hand-made charts for the association's dashboard. Each is drawn for the eye only (role="img" with
 * a short label, its parts hidden from screen readers); the same figures follow it in a real table.
 * Series are told apart by colour and by a second cue (bar position and legend order; line dashes
 * and point shapes), so they still read in greyscale and for colour-blind eyes.
 */

export interface Series {
  key: string;
  label: string;
}

export interface ChartRow {
  key: string;
  label: string;
  /** One value per series, in the series' order. */
  values: number[];
  /** Drawn in grey: a row that is not one of the others ("Belum diisi"). */
  muted?: boolean;
}

export function formatCount(value: number): string {
  return new Intl.NumberFormat(locale() === "en" ? "en-GB" : "id-ID").format(value);
}

function Legend(props: { series: Series[]; kind: "bar" | "line" }): JSX.Element {
  return (
    <ul class="chart-legend">
      <For each={props.series}>
        {(series, index) => (
          <li>
            <svg class="legend-key" viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
              <Show
                when={props.kind === "line"}
                fallback={<rect class={`bar bar-${index()}`} x="0" y="1" width="28" height="10" rx="2" />}
              >
                <line class={`line line-${index()}`} x1="1" y1="6" x2="27" y2="6" />
                <Marker index={index()} x={14} y={6} />
              </Show>
            </svg>
            {series.label}
          </li>
        )}
      </For>
    </ul>
  );
}

// Bars stop short of the right edge, leaving room for the number written after them.
const barSpan = 0.8;
const barHeight = 14;
const barGap = 4;

/**
 * Horizontal bars, one group per row, its label above it: long regency names and course titles
 * wrap as text does, and the bars keep the phone's whole width.
 */
export function BarChart(props: {
  testId: string;
  label: string;
  series: Series[];
  rows: ChartRow[];
}): JSX.Element {
  const max = () => Math.max(1, ...props.rows.flatMap((row) => row.values));
  const width = (value: number) => (value > 0 ? `${((value / max()) * barSpan * 100).toFixed(2)}%` : "2");
  const height = () => props.series.length * barHeight + (props.series.length - 1) * barGap;
  return (
    <div class="chart bar-chart" role="img" aria-label={props.label} data-testid={props.testId}>
      <Show when={props.series.length > 1}>
        <Legend series={props.series} kind="bar" />
      </Show>
      <For each={props.rows}>
        {(row) => (
          <div class={row.muted ? "bar-row bar-row-muted" : "bar-row"} data-key={row.key}>
            <span class="bar-label">{row.label}</span>
            <svg class="bar-svg" width="100%" height={height()} aria-hidden="true">
              <For each={row.values}>
                {(value, index) => (
                  <>
                    <rect
                      class={`bar bar-${index()}`}
                      x="0"
                      y={index() * (barHeight + barGap)}
                      width={width(value)}
                      height={barHeight}
                      rx="3"
                    />
                    <text
                      class="bar-value"
                      x={value > 0 ? width(value) : "0"}
                      dx="6"
                      y={index() * (barHeight + barGap) + barHeight - 3}
                    >
                      {formatCount(value)}
                    </text>
                  </>
                )}
              </For>
            </svg>
          </div>
        )}
      </For>
    </div>
  );
}

/** Circle, square, diamond: a second cue besides colour for each line. */
function Marker(props: { index: number; x: number; y: number }): JSX.Element {
  const shape = () => props.index % 3;
  return (
    <Show
      when={shape() !== 0}
      fallback={<circle class={`marker marker-${props.index}`} cx={props.x} cy={props.y} r="3.5" />}
    >
      <rect
        class={`marker marker-${props.index}`}
        x={props.x - 3.25}
        y={props.y - 3.25}
        width="6.5"
        height="6.5"
        transform={shape() === 2 ? `rotate(45 ${props.x} ${props.y})` : undefined}
      />
    </Show>
  );
}

/** 0, a round step, …: at most about four gridlines, and whole numbers only. */
function ticksFor(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude);
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(value);
  return ticks;
}

/** The width the chart has on this screen, kept up to date as the phone turns. */
function createWidth(fallback: number) {
  const [width, setWidth] = createSignal(fallback);
  let element: HTMLElement | undefined;
  onMount(() => {
    if (!element) return;
    setWidth(Math.round(element.clientWidth) || fallback);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.round(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    onCleanup(() => observer.disconnect());
  });
  return { width, ref: (el: HTMLElement) => (element = el) };
}

const plotHeight = 180;
const top = 10;
const bottom = 26;
const right = 24;

/** Lines over months: drawn at the width the screen has, so text stays the size of text. */
export function LineChart(props: {
  testId: string;
  label: string;
  series: Series[];
  points: ChartRow[];
}): JSX.Element {
  const measure = createWidth(320);
  const max = () => Math.max(0, ...props.points.flatMap((point) => point.values));
  const ticks = () => ticksFor(max());
  const top_ = () => ticks()[ticks().length - 1] ?? 1;
  const left = () => 10 + formatCount(top_()).length * 7.5;
  const plotWidth = () => Math.max(40, measure.width() - left() - right);
  const x = (index: number) =>
    props.points.length === 1
      ? left() + plotWidth() / 2
      : left() + (index * plotWidth()) / (props.points.length - 1);
  const y = (value: number) => top + plotHeight - (value / top_()) * plotHeight;
  // A month's name needs about 44 px, and some air: label every nth month, always the latest.
  const every = () => Math.max(1, Math.ceil(props.points.length / Math.max(1, Math.floor(plotWidth() / 60))));
  const labelled = (index: number) => (props.points.length - 1 - index) % every() === 0;
  const path = (series: number) =>
    props.points
      .map(
        (point, index) =>
          `${index === 0 ? "M" : "L"}${x(index).toFixed(1)} ${y(point.values[series] ?? 0).toFixed(1)}`,
      )
      .join(" ");

  return (
    <div class="chart line-chart" role="img" aria-label={props.label} data-testid={props.testId}>
      <Legend series={props.series} kind="line" />
      <div class="line-box" ref={measure.ref}>
        <svg width={measure.width()} height={top + plotHeight + bottom} class="line-svg" aria-hidden="true">
          <For each={ticks()}>
            {(tick) => (
              <>
                <line class="grid" x1={left()} x2={left() + plotWidth()} y1={y(tick)} y2={y(tick)} />
                <text class="axis-label" x={left() - 6} y={y(tick) + 4} text-anchor="end">
                  {formatCount(tick)}
                </text>
              </>
            )}
          </For>
          <For each={props.points}>
            {(point, index) => (
              <Show when={labelled(index())}>
                <text class="axis-label" x={x(index())} y={top + plotHeight + 18} text-anchor="middle">
                  {point.label}
                </text>
              </Show>
            )}
          </For>
          <For each={props.series}>
            {(_, series) => (
              <g>
                <path class={`line line-${series()}`} d={path(series())} />
                <For each={props.points}>
                  {(point, index) => (
                    <Marker index={series()} x={x(index())} y={y(point.values[series()] ?? 0)} />
                  )}
                </For>
              </g>
            )}
          </For>
        </svg>
      </div>
    </div>
  );
}

/**
 * The chart's figures as a table with a caption. On a phone it sits folded under a "Lihat tabel"
 * button (still read by screen readers, which are told about it in the chart's label); on a wide
 * screen it is always shown beside the chart.
 */
export function DataTable(props: {
  testId: string;
  caption: string;
  head: string;
  columns: string[];
  rows: ChartRow[];
  total?: { label: string; values: number[] };
  showLabel: string;
  hideLabel: string;
  /** Under the table, folded with it (a "load more"). */
  footer?: JSX.Element;
}): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  return (
    <div class="chart-table">
      <button
        type="button"
        class="button button-secondary table-toggle"
        aria-expanded={open()}
        aria-controls={id}
        onClick={() => setOpen(!open())}
      >
        {open() ? props.hideLabel : props.showLabel}
      </button>
      <div id={id} class="table-scroll" classList={{ "table-folded": !open() }}>
        <table class="data-table" data-testid={props.testId}>
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.head}</th>
              <For each={props.columns}>{(column) => <th scope="col">{column}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(row) => (
                <tr>
                  <th scope="row">{row.label}</th>
                  <For each={row.values}>{(value) => <td>{formatCount(value)}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
          <Show when={props.total}>
            {(total) => (
              <tfoot>
                <tr>
                  <th scope="row">{total().label}</th>
                  <For each={total().values}>{(value) => <td>{formatCount(value)}</td>}</For>
                </tr>
              </tfoot>
            )}
          </Show>
        </table>
        {props.footer}
      </div>
    </div>
  );
}
