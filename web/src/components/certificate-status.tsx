import type { JSX } from "solid-js";
import type { CertificateStatus } from "../data/verify";
import { t } from "../i18n/verify";

const marks: Record<CertificateStatus, string> = {
  valid: "M5 12.5l4.5 4.5L19 7.5",
  pending: "M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM12 7v5l3 2",
  revoked: "M6.5 6.5l11 11M17.5 6.5l-11 11",
};

/** "Sah" / "Menunggu persetujuan" / "Dicabut": a badge with a sign as well as a colour. */
export function CertificateStatusBadge(props: { status: CertificateStatus; testId?: string }): JSX.Element {
  return (
    <span
      class={`cert-badge cert-badge-${props.status}`}
      data-testid={props.testId}
      data-status={props.status}
    >
      <svg
        class="cert-badge-mark"
        viewBox="0 0 24 24"
        width="14"
        height="14"
        fill="none"
        stroke="currentColor"
        stroke-width="3"
        stroke-linecap="round"
        stroke-linejoin="round"
        aria-hidden="true"
      >
        <path d={marks[props.status]} />
      </svg>
      {t(`cert.status.${props.status}`)}
    </span>
  );
}
