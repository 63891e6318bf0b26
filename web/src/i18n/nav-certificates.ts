import { locale } from "./index";

// The header's link to "Sertifikat saya": the only certificate words the first download needs, so
// they are kept here rather than in the pages' own dictionaries (certificates-id.ts, -en.ts). One
// word, as the header's row on a 360 px phone is already full.
const label = { id: "Sertifikat", en: "Certificates" } as const;

export const certificatesNavLabel = (): string => label[locale()];
