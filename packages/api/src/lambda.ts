import "./aws-secrets";
import { handle } from "hono/aws-lambda";
import { leanApp } from "./lean";

/** The lean AWS entry: every route but the heavy ones; table and bucket come from the environment. */
export const handler = handle(leanApp);
