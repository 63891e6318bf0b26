import { A, useLocation, useNavigate } from "@solidjs/router";
import { type JSX, Match, Show, Switch } from "solid-js";
import { ApiError } from "../../data/api";
import type { CourseDetail } from "../../data/courses";
import {
  certificateHref,
  type Enrollment,
  type EnrollmentView,
  enroll,
  lessonHref,
  lessonsInOrder,
  resumeLessonId,
} from "../../data/learning";
import { currentMember } from "../../data/session";
import { locale } from "../../i18n";
import { t, tn } from "../../i18n/learn";
import { createSubmitter, FormError } from "../form";
import { formatDate } from "../format";
import { authHref } from "../return-path";
import { errorMessage } from "../status";
import { LearnIcon } from "./learn-icon";
import { ProgressBar } from "./progress";

/**
 * "Ikuti kursus": enrolls a logged-in member; anyone else logs in first and comes back to this page
 * (as does a member whose session ran out meanwhile).
 */
export function createEnrollAction(courseId: () => string, onEnrolled?: (enrollment: Enrollment) => void) {
  const submitter = createSubmitter();
  const navigate = useNavigate();
  const location = useLocation();
  const toLogin = () => navigate(authHref("/login", `${location.pathname}${location.search}`));
  return {
    pending: submitter.pending,
    error: submitter.error,
    async run() {
      if (!currentMember()) return toLogin();
      await submitter.run(async () => {
        try {
          // Not `onEnrolled?.(await enroll(…))`: an optional call skips its arguments when absent.
          const enrollment = await enroll(courseId());
          onEnrolled?.(enrollment);
        } catch (failure) {
          if (failure instanceof ApiError && failure.status === 401) {
            toLogin();
            return;
          }
          throw failure;
        }
      });
    },
  };
}

export function EnrollButton(props: {
  action: ReturnType<typeof createEnrollAction>;
  class?: string;
}): JSX.Element {
  return (
    <button
      type="button"
      class={props.class ?? "button"}
      data-testid="enroll"
      disabled={props.action.pending()}
      onClick={() => void props.action.run()}
    >
      <Show when={props.action.pending()}>
        <span class="spinner spinner-small" aria-hidden="true" />
      </Show>
      {props.action.pending() ? t("learn.enrolling") : t("learn.enroll")}
    </button>
  );
}

/** Congratulations for a finished course, with the way to its certificate and to "Kursus saya". */
export function CourseCompleted(props: { enrollment: Enrollment }): JSX.Element {
  return (
    <div
      class="learn-callout learn-callout-success learn-completed"
      data-testid="course-completed"
      role="status"
    >
      <p class="learn-callout-title">
        <LearnIcon name="award" />
        {t("learn.completed.title")}
      </p>
      <Show when={props.enrollment.completedAt}>
        {(at) => <p>{t("learn.completed.on", { date: formatDate(at(), locale()) })}</p>}
      </Show>
      <p>{t("learn.completed.next")}</p>
      <div class="button-row">
        <A href={certificateHref(props.enrollment.courseId)} class="button" data-testid="to-certificate">
          <LearnIcon name="award" />
          {t("learn.toCertificate")}
        </A>
        <A href="/learn" class="button button-secondary">
          {t("learn.toMyCourses")}
        </A>
      </div>
    </div>
  );
}

/** How many of the course's required lessons are done, out of how many. */
export function requiredDone(course: CourseDetail, enrollment: Enrollment): { done: number; total: number } {
  const required = lessonsInOrder(course).filter((lesson) => lesson.required);
  const done = new Set(enrollment.completedLessons);
  return { done: required.filter((lesson) => done.has(lesson.id)).length, total: required.length };
}

export function CourseProgress(props: { course: CourseDetail; enrollment: Enrollment }): JSX.Element {
  const counts = () => requiredDone(props.course, props.enrollment);
  return (
    <ProgressBar
      value={props.enrollment.progress}
      label={t("learn.progressLabel")}
      testId="course-progress"
      done={props.enrollment.status === "completed"}
    >
      <strong>{t("learn.progressPercent", { percent: props.enrollment.progress })}</strong>
      <span>
        {" · "}
        {tn("learn.requiredDone", counts().total, { done: counts().done })}
      </span>
    </ProgressBar>
  );
}

/**
 * The course page's call to action: enroll, or for an enrolled member their progress and the way
 * back to where they stopped.
 */
export function CourseEnrollment(props: {
  course: CourseDetail;
  view: EnrollmentView;
  /** Called once the member is enrolled, so the page can show the new learner count. */
  onEnrolled?: () => void;
}): JSX.Element {
  const action = createEnrollAction(
    () => props.course.id,
    () => props.onEnrolled?.(),
  );
  const resume = (enrollment: Enrollment) => resumeLessonId(props.course, enrollment);
  const hasLessons = () => lessonsInOrder(props.course).length > 0;

  return (
    <section class="learn-enrollment" aria-label={t("learn.enrollmentLabel")}>
      <Switch
        fallback={
          <div class="learn-enrollment-loading" aria-hidden="true">
            <span class="skeleton-line" />
            <span class="skeleton-line" />
          </div>
        }
      >
        <Match when={props.view.state() === "errored"}>
          <p class="inline-error learn-left" role="alert">
            {errorMessage(props.view.error())}{" "}
            <button type="button" class="link-button" onClick={() => props.view.retry()}>
              {t("error.retry")}
            </button>
          </p>
        </Match>
        <Match when={props.view.state() === "ready" && props.view.enrollment()}>
          {(enrollment) => (
            <>
              <CourseProgress course={props.course} enrollment={enrollment()} />
              <Show when={enrollment().status === "completed"}>
                <CourseCompleted enrollment={enrollment()} />
              </Show>
              <Show when={resume(enrollment())}>
                {(lessonId) => (
                  <A
                    href={lessonHref(props.course.id, lessonId())}
                    class="button learn-resume"
                    classList={{ "button-secondary": enrollment().status === "completed" }}
                    data-testid="resume"
                  >
                    {enrollment().status === "completed"
                      ? t("learn.review")
                      : enrollment().lastLessonId
                        ? t("learn.resume")
                        : t("learn.start")}
                    <LearnIcon name="next" />
                  </A>
                )}
              </Show>
            </>
          )}
        </Match>
        <Match when={props.view.state() === "ready"}>
          <Show when={hasLessons()} fallback={<p class="section-note">{t("learn.notOpenYet")}</p>}>
            <div class="learn-enroll-box">
              <EnrollButton action={action} class="button learn-enroll-button" />
              <p class="field-hint">{currentMember() ? t("learn.enrollNote") : t("learn.enrollNoteLogin")}</p>
              <FormError error={action.error()} />
            </div>
          </Show>
        </Match>
      </Switch>
      <Show when={typeof props.course.certificateApproval === "boolean"}>
        <p class="learn-certificate-note" data-testid="certificate-rule">
          <LearnIcon name="award" />
          <span>
            <strong>{t("learn.certificateLabel")}:</strong>{" "}
            {props.course.certificateApproval ? t("learn.certificateApproval") : t("learn.certificateAuto")}
          </span>
        </p>
      </Show>
    </section>
  );
}
