import { problemIn } from "../components/form";
import { translate as shared } from "./index";
import { en } from "./learn-en";
import { id } from "./learn-id";
import { words } from "./words";

// The learning pages' words (the lesson player, "Kursus saya", enrolling) live in their own
// dictionaries, loaded with those pages; they build on the shared one.

export type { LearnKey } from "./learn-id";
export const { t, tn, translate } = words({ id, en }, shared);
export type Key = Parameters<typeof t>[0];
export const problem = problemIn(t);
