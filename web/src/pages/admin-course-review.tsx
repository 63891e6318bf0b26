import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, type JSX, Match, Switch } from "solid-js";
import { DraftStates } from "../components/draft-states";
import { DraftView } from "../components/draft-view";
import { FormSuccess } from "../components/form";
import { Icon } from "../components/icon";
import { usePageTitle } from "../components/page-title";
import { ReviewPanel } from "../components/review-panel";
import { AdminOnly } from "../components/role-gate";
import {
  approveCourse,
  type Editable,
  getReviewCourse,
  getReviewLesson,
  rejectCourse,
} from "../data/authoring";
import { refreshInbox } from "../data/notifications";
import { coursePath } from "../data/paths";
import { problem, t } from "../i18n/authoring";
import "../authoring.css";

function Decision(props: { course: Editable; onDecided: (course?: Editable) => void }): JSX.Element {
  const [decided, setDecided] = createSignal<"approved" | "rejected">();

  return (
    <section class="panel decision-panel" aria-labelledby="decision-title">
      <h2 id="decision-title">{t("review.decision")}</h2>
      <Switch>
        <Match when={decided() === "approved"}>
          <FormSuccess>
            <p>{t("review.approved", { title: props.course.title })}</p>
            <div class="button-row">
              <A href={coursePath(props.course.id)} class="button">
                {t("edit.viewLive")}
              </A>
              <A href="/admin/courses" class="button button-secondary">
                {t("review.backToQueue")}
              </A>
            </div>
          </FormSuccess>
        </Match>
        <Match when={decided() === "rejected"}>
          <FormSuccess>
            <p>{t("review.rejected", { title: props.course.title })}</p>
            <A href="/admin/courses" class="button button-secondary">
              {t("review.backToQueue")}
            </A>
          </FormSuccess>
        </Match>
        <Match when={props.course.state.draft !== "in_review"}>
          <p class="status status-empty">{t("review.notInReview")}</p>
        </Match>
        <Match when={true}>
          <p>{t("review.decisionIntro")}</p>
          <ReviewPanel
            id="review-reason"
            kind="course"
            label={t("review.reason")}
            hint={t("review.reasonHint")}
            rows={4}
            reasonTestId="review-reason"
            tooShort={() => problem("review.reasonRequired")}
            approve={{
              label: t("review.approve"),
              testId: "review-approve",
              run: async () => {
                await approveCourse(props.course.id);
                void refreshInbox({ fresh: true });
                setDecided("approved");
                props.onDecided();
              },
            }}
            reject={{
              label: t("review.reject"),
              testId: "review-reject",
              run: async (reason) => {
                const course = await rejectCourse(props.course.id, reason);
                void refreshInbox({ fresh: true });
                setDecided("rejected");
                props.onDecided(course);
              },
            }}
          />
        </Match>
      </Switch>
    </section>
  );
}

export default function AdminCourseReviewPage(): JSX.Element {
  const params = useParams<{ courseId: string }>();
  return (
    <AdminOnly>
      {() => {
        const [course, { refetch, mutate }] = createResource(() => params.courseId, getReviewCourse);
        usePageTitle(() =>
          course.state === "ready" ? t("review.pageTitle", { title: course().title }) : t("review.title"),
        );
        return (
          <div class="course-page">
            <A href="/admin/courses" class="back-link">
              <Icon name="back" />
              {t("review.title")}
            </A>
            <DraftStates course={course} onRetry={() => void refetch()} heading>
              {(current) => (
                <DraftView course={current()} load={getReviewLesson}>
                  <Decision course={current()} onDecided={(next) => (next ? mutate(next) : void refetch())} />
                </DraftView>
              )}
            </DraftStates>
          </div>
        );
      }}
    </AdminOnly>
  );
}
