import { Route, Router, useParams } from "@solidjs/router";
import { createEffect, type JSX, lazy, Suspense } from "solid-js";
import { Layout } from "./components/layout";
import { LessonPreview } from "./components/learn/lesson-preview";
import { LoadingState } from "./components/status";
import { preloadCourse } from "./data/courses";
import { preloadLesson } from "./data/lesson-preload";
import { preloadVerification } from "./data/verify";
import { locale, t } from "./i18n";
import CatalogPage from "./pages/catalog";
import NotFoundPage from "./pages/not-found";

// The course page carries the Markdown renderer and sanitiser: it loads only when a course is opened,
// so the catalog, the usual first page on a slow phone, stays small.
const CoursePage = lazy(() => import("./pages/course"));
// Account pages: each its own small chunk, none of them in the catalog's first download.
const LoginPage = lazy(() => import("./pages/login"));
const RegisterPage = lazy(() => import("./pages/register"));
const ProfilePage = lazy(() => import("./pages/profile"));
const ResetPasswordPage = lazy(() => import("./pages/reset-password"));
const AdminPage = lazy(() => import("./pages/admin"));
// Authoring and course review: the editor's dictionaries, styles and code load only with these pages.
const TrainerPage = lazy(() => import("./pages/trainer"));
const CourseEditorPage = lazy(() => import("./pages/course-editor"));
const CoursePreviewPage = lazy(() => import("./pages/course-preview"));
const AdminCoursesPage = lazy(() => import("./pages/admin-courses"));
const AdminCourseReviewPage = lazy(() => import("./pages/admin-course-review"));

// Learning: "Kursus saya", the lesson player and the trainer's reviews, each its own chunk.
const MyCoursesPage = lazy(() => import("./pages/learn/my-courses"));
const LessonPage = lazy(() => import("./pages/learn/lesson"));
const TrainerReviewsPage = lazy(() => import("./pages/learn/trainer-reviews"));
const TrainerLearnersPage = lazy(() => import("./pages/learn/trainer-learners"));
const NotificationsPage = lazy(() => import("./pages/notifications"));

// Certificates: the holder's list, the public verify pages (small: opened from a QR code on a phone),
// and the association's desk (dashboard, members, certificates, profile), each its own chunk.
const CertificatesPage = lazy(() => import("./pages/certificates"));
const VerifyPage = lazy(() => import("./pages/verify"));
const VerifyCodePage = lazy(() => import("./pages/verify-code"));
const AdminDashboardPage = lazy(() => import("./pages/admin-dashboard"));
const AdminMembersPage = lazy(() => import("./pages/admin-members"));
const AdminMemberPage = lazy(() => import("./pages/admin-member"));
const AdminCertificatesPage = lazy(() => import("./pages/admin-certificates"));
const AdminAssociationPage = lazy(() => import("./pages/admin-association"));

/** The lesson player, with the lesson's text shown while the player's code is still on its way. */
function LessonRoute(): JSX.Element {
  const params = useParams<{ courseId: string; lessonId: string }>();
  return (
    <Suspense
      fallback={
        <LessonPreview
          courseId={params.courseId}
          lessonId={params.lessonId}
          fallback={<LoadingState label={t("app.loading")} />}
        />
      }
    >
      <LessonPage />
    </Suspense>
  );
}

export function App(): JSX.Element {
  createEffect(() => {
    document.documentElement.lang = locale();
  });

  return (
    <Router root={Layout}>
      <Route path="/" component={CatalogPage} />
      <Route
        path="/courses/:courseId"
        component={CoursePage}
        // Starts the course request alongside the page's code (and on hovering a link to it).
        preload={({ params }) => {
          if (params.courseId) void preloadCourse(params.courseId).catch(() => {});
        }}
      />
      <Route path="/login" component={LoginPage} />
      <Route path="/register" component={RegisterPage} />
      <Route path="/profile" component={ProfilePage} />
      <Route path="/reset-password" component={ResetPasswordPage} />
      <Route path="/admin" component={AdminPage} />
      <Route path="/admin/courses" component={AdminCoursesPage} />
      <Route path="/admin/courses/:courseId" component={AdminCourseReviewPage} />
      <Route path="/trainer" component={TrainerPage} />
      <Route path="/trainer/courses/:courseId" component={CourseEditorPage} />
      <Route path="/trainer/courses/:courseId/preview" component={CoursePreviewPage} />
      <Route path="/learn" component={MyCoursesPage} />
      <Route
        path="/courses/:courseId/lessons/:lessonId"
        component={LessonRoute}
        // The course outline and the lesson start with the page's code; the lesson only on a real
        // visit, never on hovering a link (opening one moves the learner's place and redraws a quiz).
        preload={({ params, intent }) => {
          if (params.courseId) void preloadCourse(params.courseId).catch(() => {});
          if (intent !== "preload" && params.courseId && params.lessonId) {
            preloadLesson(params.courseId, params.lessonId);
          }
        }}
      />
      <Route path="/trainer/reviews" component={TrainerReviewsPage} />
      <Route path="/trainer/courses/:courseId/learners" component={TrainerLearnersPage} />
      <Route path="/certificates" component={CertificatesPage} />
      <Route path="/notifications" component={NotificationsPage} />
      <Route path="/verify" component={VerifyPage} />
      <Route
        path="/verify/:code"
        component={VerifyCodePage}
        // The lookup starts alongside the page's code: one round trip less on a slow connection.
        preload={({ params }) => {
          if (params.code) preloadVerification(params.code);
        }}
      />
      <Route path="/admin/dashboard" component={AdminDashboardPage} />
      <Route path="/admin/members" component={AdminMembersPage} />
      <Route path="/admin/members/:userId" component={AdminMemberPage} />
      <Route path="/admin/certificates" component={AdminCertificatesPage} />
      <Route path="/admin/association" component={AdminAssociationPage} />
      <Route path="*404" component={NotFoundPage} />
    </Router>
  );
}
