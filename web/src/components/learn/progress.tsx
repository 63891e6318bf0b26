import type { JSX } from "solid-js";
import "./learn.css";

/** A progress bar with its percentage; the label names what is measured for screen readers. */
export function ProgressBar(props: {
  value: number;
  label: string;
  testId?: string;
  done?: boolean;
  children?: JSX.Element;
}): JSX.Element {
  const value = () => Math.max(0, Math.min(100, Math.round(props.value)));
  return (
    <div class="learn-progress" classList={{ "learn-progress-done": props.done }} data-testid={props.testId}>
      <div
        class="learn-progress-track"
        role="progressbar"
        aria-label={props.label}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow={value()}
        aria-valuetext={`${value()}%`}
      >
        <span class="learn-progress-fill" style={{ width: `${value()}%` }} />
      </div>
      <div class="learn-progress-text">{props.children}</div>
    </div>
  );
}
