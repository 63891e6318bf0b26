import type { JSX } from "solid-js";
import type { CourseSummary } from "../data/courses";
import { categoryLabel, formatDuration, levelLabel, t, tn } from "../i18n";
import { Icon } from "./icon";

// Only known categories get a colour; anything new falls back to the neutral badge.
const categories = new Set([
  "kreativitas",
  "inovasi",
  "pemasaran",
  "keuangan",
  "legalitas",
  "perlindungan-pekerja",
]);

export function CategoryBadge(props: { category: string }): JSX.Element {
  return (
    <span class={categories.has(props.category) ? `badge badge-${props.category}` : "badge"}>
      {categoryLabel(props.category)}
    </span>
  );
}

export function LevelBadge(props: { level: string }): JSX.Element {
  return (
    <span class={`level level-${props.level}`}>
      <Icon name="level" />
      {levelLabel(props.level)}
    </span>
  );
}

export function CourseFacts(props: { course: CourseSummary }): JSX.Element {
  return (
    <ul class="facts">
      <li>
        <Icon name="clock" />
        <span class="visually-hidden">{t("course.duration")}: </span>
        {formatDuration(props.course.durationMinutes)}
      </li>
      <li>
        <Icon name="layers" />
        {tn("course.modules", props.course.moduleCount)} · {tn("course.lessons", props.course.lessonCount)}
      </li>
      <li>
        <Icon name="user" />
        <span class="visually-hidden">{t("course.trainer")}: </span>
        {props.course.trainer.name}
      </li>
    </ul>
  );
}
