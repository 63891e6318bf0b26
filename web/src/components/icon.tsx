import type { JSX } from "solid-js";

// Outline icons on a 24×24 grid, drawn with the text colour; decorative, so hidden from screen readers.
const paths = {
  clock: "M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM12 7v5l3 2",
  layers: "M12 3 2 8l10 5 10-5-10-5ZM2 13l10 5 10-5",
  user: "M16 8a4 4 0 1 1-8 0 4 4 0 0 1 8 0ZM4 21c0-4 4-6 8-6s8 2 8 6",
  level: "M6 20v-4M12 20v-9M18 20V4",
  globe: "M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18",
  back: "M19 12H5M11 6l-6 6 6 6",
  text: "M5 6h14M5 10h14M5 14h14M5 18h9",
  video: "M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2ZM10 9v6l5-3-5-3Z",
  document: "M6 3h8l5 5v13H6V3ZM14 3v5h5M9 13h6M9 17h6",
  quiz: "M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17.5v.01",
  worksheet: "M4 20h4L19 9l-4-4L4 16v4ZM13 7l4 4",
  refresh: "M20 11a8 8 0 1 0-2.3 5.7M20 5v6h-6",
  bell: "M6 16V11a6 6 0 1 1 12 0v5l2 2H4l2-2ZM10 21h4",
} as const;

export type IconName = keyof typeof paths;

export function Icon(props: { name: IconName; class?: string }): JSX.Element {
  return <OutlineIcon d={paths[props.name]} class={props.class} />;
}

/** Any outline icon path, drawn the same way; pages with icons of their own keep their paths beside them. */
export function OutlineIcon(props: { d: string; class?: string | undefined }): JSX.Element {
  return (
    <svg
      class={props.class ? `icon ${props.class}` : "icon"}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d={props.d} />
    </svg>
  );
}
