import type { JSX } from "solid-js";

/** Up and down buttons that move an item within its list (a module, a lesson, a question). */
export function MoveButtons(props: {
  label: (direction: "up" | "down") => string;
  index: number;
  count: number;
  disabled?: boolean;
  onMove: (to: number) => void;
}): JSX.Element {
  return (
    <>
      <button
        type="button"
        class="icon-button"
        aria-label={props.label("up")}
        disabled={props.disabled || props.index === 0}
        onClick={() => props.onMove(props.index - 1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="icon-button"
        aria-label={props.label("down")}
        disabled={props.disabled || props.index >= props.count - 1}
        onClick={() => props.onMove(props.index + 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </>
  );
}
