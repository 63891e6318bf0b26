import { type AnswerOf, call, client } from "./api";
import type { Submission, WorksheetField } from "./learning";

/** The trainer's side of learning: worksheets to review and each course's learners. */

export type PendingSubmission = AnswerOf<typeof client.trainer.submissions.$get>["items"][number];
export type CourseLearner = AnswerOf<
  (typeof client.trainer.courses)[":courseId"]["learners"]["$get"]
>["items"][number];
export type ReviewDecision = Parameters<
  (typeof client.submissions)[":submissionId"]["review"]["$post"]
>[0]["json"]["decision"];

/** Worksheets waiting for this trainer's review, the longest waiting first. */
export async function listPendingSubmissions(): Promise<PendingSubmission[]> {
  const { items } = await call(client.trainer.submissions.$get());
  return [...items].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

export function reviewSubmission(
  submissionId: string,
  decision: ReviewDecision,
  feedback: string,
): Promise<Submission> {
  return call(
    client.submissions[":submissionId"].review.$post({
      param: { submissionId },
      json: { decision, feedback },
    }),
  );
}

export async function listCourseLearners(courseId: string): Promise<CourseLearner[]> {
  const { items } = await call(client.trainer.courses[":courseId"].learners.$get({ param: { courseId } }));
  return items;
}

// A worksheet's field labels, for showing a learner's answers under the questions they answer.
// Several submissions usually share one worksheet: one request each, kept for the visit.
const worksheetRequests = new Map<string, Promise<WorksheetField[]>>();

export function worksheetFields(courseId: string, lessonId: string): Promise<WorksheetField[]> {
  const key = `${courseId}/${lessonId}`;
  let request = worksheetRequests.get(key);
  if (!request) {
    request = call(
      client.courses[":courseId"].lessons[":lessonId"].$get({ param: { courseId, lessonId } }),
    ).then((lesson) => (lesson.content.kind === "worksheet" ? lesson.content.fields : []));
    request.catch(() => worksheetRequests.delete(key));
    worksheetRequests.set(key, request);
  }
  return request;
}
