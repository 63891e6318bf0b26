import { Hono } from "hono";
import type { AppEnv } from "./context";
import { documentsApi } from "./documents";
import { leanApi, outside } from "./lean";
import { makeApp } from "./make-app";

/**
 * The whole API, as local mode and the tests run it: the lean routes and the heavy ones in one app.
 * On AWS, API Gateway sends each route to the function that holds it (stacks/api.ts).
 */
export const api = new Hono<AppEnv>().route("/", leanApi).route("/", documentsApi);

export const app = makeApp(api, outside);

/** The routes under /api with their schemas, for the web's typed client (ADR 18): a type, never called. */
function clientRoutes() {
  return new Hono<AppEnv>().route("/api", api);
}
export type App = ReturnType<typeof clientRoutes>;
