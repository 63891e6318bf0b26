import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { type CourseSummary, coursePath } from "../data/courses";
import { CategoryBadge, CourseFacts, LevelBadge } from "./course-meta";

export function CourseCard(props: { course: CourseSummary }): JSX.Element {
  return (
    <article class="card" data-testid="course-card">
      <Show when={props.course.coverUrl}>
        {(src) => (
          <img
            class="card-cover"
            src={src()}
            alt=""
            width="640"
            height="360"
            loading="lazy"
            decoding="async"
          />
        )}
      </Show>
      <div class="card-body">
        <div class="card-tags">
          <CategoryBadge category={props.course.category} />
          <LevelBadge level={props.course.level} />
        </div>
        <h2 class="card-title" lang={props.course.language}>
          <A href={coursePath(props.course.id)} class="card-link">
            {props.course.title}
          </A>
        </h2>
        <p class="card-summary" lang={props.course.language}>
          {props.course.summary}
        </p>
        <CourseFacts course={props.course} />
      </div>
    </article>
  );
}
