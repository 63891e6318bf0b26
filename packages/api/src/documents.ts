import { Hono } from "hono";
import type { AppEnv } from "./context";
import { makeApp } from "./make-app";
import { docs } from "./routes/docs";
import { certificatePdf, packageImport, reportExport } from "./routes/documents";

/**
 * The heavy, rare routes: the certificate PDF, module-package import, the CSV export and the API's
 * own documentation. On AWS they run in their own function (docs/decisions/0015).
 */
export const documentsApi = new Hono<AppEnv>()
  .route("/certificates", certificatePdf)
  .route("/courses", packageImport)
  .route("/admin", reportExport)
  .route("/", docs);

export const documentsApp = makeApp(documentsApi);
