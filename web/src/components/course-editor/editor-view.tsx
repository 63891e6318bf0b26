import { A, useSearchParams } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { type Editable, getEditable } from "../../data/authoring";
import type { LessonKind } from "../../data/courses";
import { t } from "../../i18n/authoring";
import { CourseStatusBadge, sentBackReason } from "../course-status";
import { Icon } from "../icon";
import { PackageImport } from "../package-import";
import { usePageTitle } from "../page-title";
import { createUnsavedGuard, UnsavedPrompt } from "../unsaved";
import { CourseFieldsForm } from "./course-fields-form";
import { LessonPane } from "./lesson-pane";
import { Outline } from "./outline";
import { CoverSection, DeleteCourse, SubmitPanel } from "./side-panels";
import { lessonKinds, type Workspace } from "./workspace";

/** The editor of one loaded course: its fields or an open lesson, beside the outline and the side panels. */
export function EditorView(props: { course: Editable; apply: (next: Editable) => void }): JSX.Element {
  const [search, setSearch] = useSearchParams<{ lesson?: string; add?: string; module?: string }>();
  const guard = createUnsavedGuard();
  const course = props.course;
  const readOnly = () => course.state.draft === "in_review";
  const addRequest = () => {
    const kind = search.add as LessonKind | undefined;
    return kind && lessonKinds.includes(kind) && search.module && !readOnly()
      ? { kind, moduleId: search.module }
      : undefined;
  };
  const lessonOpen = () => Boolean(search.lesson || addRequest());

  const ws: Workspace = {
    course,
    readOnly,
    guard,
    apply: props.apply,
    refresh: async () => props.apply(await getEditable(course.id)),
    openLesson: (lessonId) => setSearch({ lesson: lessonId, add: undefined, module: undefined }),
    addLesson: (kind, moduleId) => setSearch({ add: kind, module: moduleId, lesson: undefined }),
    closeLesson: () => setSearch({ lesson: undefined, add: undefined, module: undefined }),
    openLessonId: () => search.lesson,
  };

  usePageTitle(() => t("edit.pageTitle", { title: course.title }));
  const reason = () => sentBackReason(course.state);

  return (
    <div class="editor-page">
      <A href="/trainer" class="back-link">
        <Icon name="back" />
        {t("nav.trainer")}
      </A>
      <header class="editor-header">
        <h1 lang={course.language}>{course.title}</h1>
        <div class="editor-header-meta">
          <CourseStatusBadge state={course.state} />
          <A
            href={`/trainer/courses/${encodeURIComponent(course.id)}/preview`}
            data-testid="course-preview-link"
          >
            {t("preview.open")}
          </A>
          <Show when={course.state.liveVersion !== null}>
            <A href={`/courses/${encodeURIComponent(course.id)}`}>{t("edit.viewLive")}</A>
            <A
              href={`/trainer/courses/${encodeURIComponent(course.id)}/learners`}
              data-testid="course-learners-link"
            >
              {t("edit.learners")}
            </A>
          </Show>
        </div>
      </header>
      <Show when={readOnly()}>
        <div class="notice notice-review" role="status" data-testid="review-notice">
          <p class="notice-title">{t("edit.inReviewTitle")}</p>
          <p>{t("edit.inReview")}</p>
        </div>
      </Show>
      <Show when={reason()}>
        {(text) => (
          <div class="sent-back" role="alert" data-testid="review-feedback">
            <p class="sent-back-title">{t("edit.sentBack")}</p>
            <p class="preserve-lines">{text()}</p>
            <p class="sent-back-hint">{t("edit.sentBackHint")}</p>
          </div>
        )}
      </Show>
      <Show when={!readOnly() && course.state.status === "published"}>
        <p class="notice">{course.state.draft ? t("edit.liveDraftNote") : t("edit.liveNote")}</p>
      </Show>
      <div class="editor-layout" classList={{ "lesson-open": lessonOpen() }}>
        <div class="editor-main">
          <Show
            when={lessonOpen()}
            fallback={
              <>
                <CourseFieldsForm ws={ws} />
                <CoverSection ws={ws} />
              </>
            }
          >
            <LessonPane ws={ws} lessonId={search.lesson} add={addRequest()} />
          </Show>
        </div>
        <div class="editor-side">
          <Outline ws={ws} />
          <Show when={!readOnly()}>
            <PackageImport courseId={course.id} onImported={props.apply} />
          </Show>
          <SubmitPanel ws={ws} />
          <DeleteCourse ws={ws} />
        </div>
      </div>
      <UnsavedPrompt guard={guard} />
    </div>
  );
}
