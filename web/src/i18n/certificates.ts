import { en } from "./certificates-en";
import { id } from "./certificates-id";
import { translate as verify } from "./verify";
import { words } from "./words";

// "Sertifikat saya"'s words live in their own dictionaries, loaded with that page; they build on the
// verify words (statuses), which build on the shared ones.

export type { CertificatesKey } from "./certificates-id";
export const { t, translate } = words({ id, en }, verify);
export type Key = Parameters<typeof t>[0];
