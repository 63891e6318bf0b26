import { locale } from "./index";

// The names of the association desk's pages, for the links between the admin pages (/admin links to
// them too). Small and apart from desk-id.ts, so /admin does not download the desk's dictionary.
const words = {
  id: {
    label: "Halaman admin",
    dashboard: "Dasbor",
    members: "Data anggota",
    certificates: "Sertifikat",
    association: "Profil asosiasi",
  },
  en: {
    label: "Admin pages",
    dashboard: "Dashboard",
    members: "Member records",
    certificates: "Certificates",
    association: "Association profile",
  },
} as const;

export type DeskPage = Exclude<keyof (typeof words)["id"], "label">;

export const deskPages: readonly DeskPage[] = ["dashboard", "members", "certificates", "association"];

export const deskNavLabel = (): string => words[locale()].label;
export const deskPageName = (page: DeskPage): string => words[locale()][page];
