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
      <Route path="*404" component={NotFoundPage} />
    </Router>
  );
}
