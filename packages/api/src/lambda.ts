import "./aws-secrets";
import { handle } from "hono/aws-lambda";
import { app } from "./app";

/** The AWS entry: the same app as local mode; table and bucket come from the environment. */
export const handler = handle(app);
