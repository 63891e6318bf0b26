import type { CertificatesDictionary } from "./certificates-id";

export const en: CertificatesDictionary = {
  "cert.title": "My certificates",
  "cert.intro":
    "Certificates from the courses you have completed. Each has a code and a link anyone can use to check that it is genuine.",
  "cert.loading": "Loading certificates…",
  "cert.empty": "You have no certificates yet. Complete all the required lessons of a course to earn one.",
  "cert.toCatalog": "Find a course",
  "cert.code": "Code",
  "cert.issuedOn": "Issued",
  "cert.trainer": "Trainer",
  "cert.pdf": "Download PDF",
  "cert.credential": "Download digital proof",
  "cert.credentialHint":
    "The digital proof is a signed file (.jwt format) that banks, institutions or future partners can check for authenticity, even without this site.",
  "cert.copy": "Copy link",
  "cert.linkLabel": "Verification link for the certificate “{title}”",
  "cert.copied": "The link is copied. Paste it into a message or a social media post.",
  "cert.copyManually": "The link is selected. Long-press it and choose Copy.",
  "cert.whatsapp": "Share on WhatsApp",
  "cert.whatsappMessage":
    "I have completed the course “{title}” on Berdaya ({issuer}). Check that my certificate is genuine: {url}",
  "cert.viewCheck": "See the verification page",
  "cert.pendingNote":
    "This certificate is awaiting approval by {issuer}. Once approved it is valid and can be downloaded and shared.",
  "cert.revokedNote": "This certificate was revoked by {issuer} on {date} and is no longer valid.",
  "cert.revokedReason": "Reason: {reason}",
  "cert.revokedHelp": "If you think this is a mistake, contact the association's staff.",
  "cert.checkOther": "Check someone else's certificate",
};
