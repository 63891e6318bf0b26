import { api, type RequestOptions } from "./api";
import type { Enrollment, Lesson, Submission, WorksheetField } from "./learning";
import { noteUnauthenticated } from "./session";

/** The trainer's side of learning: worksheets to review and each course's learners. */

export interface PendingSubmission extends Submission {
  courseId: string;
  lessonId: string;
  lessonTitle: string;
  learnerName: string;
}

export interface CourseLearner extends Enrollment {
  userId: string;
  name: string;
  pendingSubmissions: PendingSubmission[];
  /** The quizzes the learner has tried: attempts used and the best score. */
  quizzes: { lessonId: string; attempts: number; bestPercent: number; passed: boolean }[];
}

async function call<T>(path: string, options?: RequestOptions): Promise<T> {
  try {
    return await api<T>(path, options);
  } catch (failure) {
    noteUnauthenticated(failure);
    throw failure;
  }
}

/** Worksheets waiting for this trainer's review, the longest waiting first. */
export async function listPendingSubmissions(): Promise<PendingSubmission[]> {
  const { items } = await call<{ items: PendingSubmission[] }>("/api/trainer/submissions");
  return [...items].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

export type ReviewDecision = "accepted" | "revision";

export function reviewSubmission(
  submissionId: string,
  decision: ReviewDecision,
  feedback: string,
): Promise<Submission> {
  return call(`/api/submissions/${encodeURIComponent(submissionId)}/review`, {
    method: "POST",
    body: { decision, feedback },
  });
}

export async function listCourseLearners(courseId: string): Promise<CourseLearner[]> {
  const { items } = await call<{ items: CourseLearner[] }>(
    `/api/trainer/courses/${encodeURIComponent(courseId)}/learners`,
  );
  return items;
}

// A worksheet's field labels, for showing a learner's answers under the questions they answer.
// Several submissions usually share one worksheet: one request each, kept for the visit.
const worksheetRequests = new Map<string, Promise<WorksheetField[]>>();

export function worksheetFields(courseId: string, lessonId: string): Promise<WorksheetField[]> {
  const key = `${courseId}/${lessonId}`;
  let request = worksheetRequests.get(key);
  if (!request) {
    request = call<Lesson>(
      `/api/courses/${encodeURIComponent(courseId)}/lessons/${encodeURIComponent(lessonId)}`,
    ).then((lesson) => (lesson.content.kind === "worksheet" ? lesson.content.fields : []));
    request.catch(() => worksheetRequests.delete(key));
    worksheetRequests.set(key, request);
  }
  return request;
}
