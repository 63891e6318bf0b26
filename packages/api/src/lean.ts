import { Hono } from "hono";
import type { AppEnv } from "./context";
import { makeApp } from "./make-app";
import { admin } from "./routes/admin";
import { auth } from "./routes/auth";
import { authoring, trainer } from "./routes/authoring";
import {
  achievements,
  badgeAdmin,
  certificates,
  issuer,
  keys,
  myCertificates,
  revocations,
  verify,
  verifyPage,
  wellKnown,
} from "./routes/certificates";
import { courses } from "./routes/courses";
import { health } from "./routes/health";
import { learning, myEnrollments, submissions, trainerLearning } from "./routes/learning";
import { me } from "./routes/me";
import { reference } from "./routes/reference";
import { trainerApplications } from "./routes/trainer-applications";
import { files, uploads } from "./routes/uploads";

/**
 * Every route but the heavy, rare ones (src/documents.ts): what members, trainers and the association
 * use all day. On AWS this is the lean function (docs/decisions/0015).
 */
export const leanApi = new Hono<AppEnv>()
  .route("/health", health)
  .route("/reference", reference)
  .route("/auth", auth)
  .route("/me/enrollments", myEnrollments)
  .route("/me/certificates", myCertificates)
  .route("/me", me)
  .route("/trainer-applications", trainerApplications)
  .route("/courses", courses)
  .route("/courses", authoring)
  .route("/courses", learning)
  .route("/trainer", trainer)
  .route("/trainer", trainerLearning)
  .route("/submissions", submissions)
  .route("/uploads", uploads)
  .route("/files", files)
  .route("/certificates", certificates)
  .route("/verify", verify)
  .route("/issuer", issuer)
  .route("/revocations", revocations)
  .route("/keys", keys)
  .route("/achievements", achievements)
  .route("/admin/courses", badgeAdmin)
  .route("/admin", admin);

/** Outside /api: the JWKS and the server-rendered verify page (a QR code works without JavaScript). */
export const outside = (app: Hono<AppEnv>) =>
  app.route("/.well-known", wellKnown).route("/verify", verifyPage);

export const leanApp = makeApp(leanApi, outside);
