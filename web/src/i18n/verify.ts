import { translate as shared } from "./index";
import { en } from "./verify-en";
import { id } from "./verify-id";
import { words } from "./words";

// The verify pages' words and the certificate statuses, in their own small dictionaries loaded with
// the pages that show them; they build on the shared one.

export type { VerifyKey } from "./verify-id";
export const { t, translate } = words({ id, en }, shared);
export type Key = Parameters<typeof t>[0];
