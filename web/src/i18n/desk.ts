import { problemIn } from "../components/form";
import { en } from "./desk-en";
import { id } from "./desk-id";
import { translate as verify } from "./verify";
import { words } from "./words";

// The association desk's words (dashboard, members, certificates, profile) live in their own
// dictionaries, loaded with those pages; they build on the verify words (certificate statuses),
// which build on the shared ones.

export type { DeskKey } from "./desk-id";
export const { t, tn, translate } = words({ id, en }, verify);
export type Key = Parameters<typeof t>[0];
export const problem = problemIn(t);
