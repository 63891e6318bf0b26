import { Route, Router } from "@solidjs/router";
import { createEffect, type JSX, lazy } from "solid-js";
import { Layout } from "./components/layout";
import { preloadCourse } from "./data/courses";
import { locale } from "./i18n";
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
const AdminCoursesPage = lazy(() => import("./pages/admin-courses"));
const AdminCourseReviewPage = lazy(() => import("./pages/admin-course-review"));

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
      <Route path="*404" component={NotFoundPage} />
    </Router>
  );
}
