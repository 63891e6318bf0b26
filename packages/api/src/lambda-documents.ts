import "./aws-secrets";
import { handle } from "hono/aws-lambda";
import { documentsApp } from "./documents";

/** The heavy AWS entry: certificate PDF, module-package import, CSV export, the API's documentation. */
export const handler = handle(documentsApp);
