import { A, useParams } from "@solidjs/router";
import { createResource, type JSX } from "solid-js";
import { DraftStates } from "../components/draft-states";
import { DraftView } from "../components/draft-view";
import { Icon } from "../components/icon";
import { usePageTitle } from "../components/page-title";
import { TrainerOnly } from "../components/role-gate";
import { getEditable, getLesson } from "../data/authoring";
import { editorPath } from "../data/paths";
import { t } from "../i18n/authoring";
import "../authoring.css";

/** A trainer's course as learners will see it, before it goes to the association: nothing is sent from here. */
function Preview(props: { courseId: string }): JSX.Element {
  const [course, { refetch }] = createResource(() => props.courseId, getEditable);
  usePageTitle(() =>
    course.state === "ready" ? t("preview.pageTitle", { title: course().title }) : t("preview.title"),
  );
  return (
    <div class="course-page">
      <A href={editorPath(props.courseId)} class="back-link">
        <Icon name="back" />
        {t("preview.back")}
      </A>
      <div class="notice notice-review" role="note" data-testid="preview-notice">
        <p class="notice-title">{t("preview.title")}</p>
        <p>{t("preview.intro")}</p>
      </div>
      <DraftStates course={course} onRetry={() => void refetch()}>
        {(current) => <DraftView course={current()} load={getLesson} asLearner />}
      </DraftStates>
    </div>
  );
}

export default function CoursePreviewPage(): JSX.Element {
  const params = useParams<{ courseId: string }>();
  return <TrainerOnly>{() => <Preview courseId={params.courseId} />}</TrainerOnly>;
}
