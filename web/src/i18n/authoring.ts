import { problemIn } from "../components/form";
import { en } from "./authoring-en";
import { id } from "./authoring-id";
import { translate } from "./index";
import { words } from "./words";

// The course editor's and the course review's words live in their own dictionaries, loaded with
// those pages, so the catalog's first download does not carry them; they build on the shared one.

export type { AuthoringKey } from "./authoring-id";
export const { t, tn } = words({ id, en }, translate);
export type Key = Parameters<typeof t>[0];
export const problem = problemIn(t);
