/**
 * Every entity of the single table, each defined beside its domain (`src/<domain>/entities.ts`, with
 * its access patterns). Keys are built there and only there (ElectroDB composites); a domain reaches
 * another domain's data only through that domain's functions (`architecture.test.ts`).
 */
import { ResetToken, Session } from "../account/entities";
import { Association } from "../association/entities";
import { Certificate, CertificateClaim, Revocation, SigningKey } from "../certificate/entities";
import { Course, CourseReview, CourseVersion, Lesson, LessonContent, Module } from "../course/entities";
import { FollowUp } from "../follow-up/entities";
import { IdempotencyRecord } from "../idempotency/entities";
import { Enrollment, QuizAttempt, QuizState, Submission } from "../learning/entities";
import { Counter } from "../rate-limit/entities";
import { Stat } from "../report/entities";
import { TrainerApplication } from "../trainer-application/entities";
import { Upload } from "../upload/entities";
import { Identity, User } from "../user/entities";

export const entities = {
  User,
  Identity,
  Course,
  CourseReview,
  CourseVersion,
  Module,
  Lesson,
  LessonContent,
  Upload,
  Enrollment,
  QuizState,
  QuizAttempt,
  Submission,
  Certificate,
  CertificateClaim,
  SigningKey,
  Revocation,
  Stat,
  Association,
  Session,
  Counter,
  TrainerApplication,
  ResetToken,
  FollowUp,
  IdempotencyRecord,
};
