import { type JSX, Show } from "solid-js";
import type { CourseSummary } from "../data/courses";
import { formatDuration, languageLabel } from "../i18n";
import { t, tn } from "../i18n/learn";
import { CategoryBadge, LevelBadge } from "./course-meta";
import { Icon } from "./icon";
import { LearnIcon } from "./learn/learn-icon";

/** A published course's title, summary and facts, shown while its details load and after. */
export function CourseHeader(props: { course: CourseSummary; children?: JSX.Element }): JSX.Element {
  return (
    <header class="course-header">
      <h1 data-testid="course-title" lang={props.course.language}>
        {props.course.title}
      </h1>
      <p class="lead" lang={props.course.language}>
        {props.course.summary}
      </p>
      <dl class="course-meta">
        <div>
          <dt>{t("course.category")}</dt>
          <dd>
            <CategoryBadge category={props.course.category} />
          </dd>
        </div>
        <div>
          <dt>{t("course.level")}</dt>
          <dd>
            <LevelBadge level={props.course.level} />
          </dd>
        </div>
        <div>
          <dt>{t("course.duration")}</dt>
          <dd>
            <Icon name="clock" />
            {formatDuration(props.course.durationMinutes)}
          </dd>
        </div>
        <div>
          <dt>{t("course.trainer")}</dt>
          <dd>
            <Icon name="user" />
            {props.course.trainer.name}
          </dd>
        </div>
        <div>
          <dt>{t("course.language")}</dt>
          <dd>
            <Icon name="globe" />
            {languageLabel(props.course.language)}
          </dd>
        </div>
        <Show when={typeof props.course.learnerCount === "number"}>
          <div>
            <dt>{t("learn.learnersLabel")}</dt>
            <dd data-testid="learner-count">
              <LearnIcon name="users" />
              {tn("learn.learnerCount", props.course.learnerCount)}
            </dd>
          </div>
        </Show>
      </dl>
      {props.children}
    </header>
  );
}
