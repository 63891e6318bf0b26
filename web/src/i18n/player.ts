import { problemIn } from "../components/form";
import { translate as learn } from "./learn";
import { en } from "./player-en";
import { id } from "./player-id";
import { words } from "./words";

// The lesson player's words, on top of the learning dictionary and the shared one: the course page
// needs only the learning one, so the player's (the larger) stays out of its download.

export type { PlayerKey } from "./player-id";
export const { t, tn } = words({ id, en }, learn);
export type Key = Parameters<typeof t>[0];
export const problem = problemIn(t);
