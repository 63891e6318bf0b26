import { problemIn } from "../components/form";
import { translate as learn } from "./learn";
import { en } from "./learn-trainer-en";
import { id } from "./learn-trainer-id";
import { words } from "./words";

// The trainer's review and learner pages have a few words of their own, on top of the learning
// dictionary (progress, statuses) and the shared one.

export type { TrainerLearnKey } from "./learn-trainer-id";
export const { t, tn } = words({ id, en }, learn);
export type Key = Parameters<typeof t>[0];
export const problem = problemIn(t);
