import type { JSX } from "solid-js";
import type { CourseState } from "../data/authoring";
import { t } from "../i18n/authoring";

type Variant = "draft" | "review" | "live" | "live-draft" | "unpublished";

function variantOf(state: CourseState): Variant {
  if (state.draft === "in_review") return "review";
  if (state.status === "published") return state.draft ? "live-draft" : "live";
  if (state.status === "unpublished") return "unpublished";
  return "draft";
}

const labels = {
  draft: "status.draft",
  review: "status.review",
  live: "status.live",
  "live-draft": "status.liveDraft",
  unpublished: "status.unpublished",
} as const;

/** Draf / Ditinjau / Terbit / Terbit + draf baru. */
export function CourseStatusBadge(props: { state: CourseState }): JSX.Element {
  return (
    <span class={`status-badge status-${variantOf(props.state)}`} data-testid="course-status">
      {t(labels[variantOf(props.state)])}
    </span>
  );
}

/** The association's reason, while the draft it sent back has not been submitted again. */
export function sentBackReason(state: CourseState): string | null {
  return state.draft === "editing" && state.reviewReason ? state.reviewReason : null;
}
