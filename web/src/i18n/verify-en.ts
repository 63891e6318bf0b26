import type { VerifyDictionary } from "./verify-id";

export const en: VerifyDictionary = {
  "cert.status.valid": "Valid",
  "cert.status.pending": "Awaiting approval",
  "cert.status.revoked": "Revoked",

  "verify.title": "Check a certificate",
  "verify.intro":
    "Check that a Berdaya certificate is genuine and still valid. Type the code printed on the certificate, or paste the link from its QR code.",
  "verify.codeLabel": "Certificate code or link",
  "verify.codeHint": "For example: BKL-7ESJ-77G9-6VWA. Upper or lower case and spaces do not matter.",
  "verify.credentialTitle": "Or check a credential file",
  "verify.credentialIntro":
    "Have a digital credential file (.jwt) from the certificate's holder? Paste its contents or choose the file to check its digital signature.",
  "verify.credentialLabel": "Paste the credential",
  "verify.fileLabel": "Choose a credential file",
  "verify.fileHint": "A .jwt or .txt file, up to 64 KB.",
  "verify.fileChosen": "File chosen: {name}",
  "verify.fileRemove": "Remove file",
  "verify.submit": "Check",
  "verify.checking": "Checking…",
  "verify.needInput": "Type a certificate code, or paste a credential, first.",
  "verify.badCode":
    "This code is incomplete or mistyped. A certificate code is the association's short name and three groups of four letters or digits, for example BKL-7ESJ-77G9-6VWA.",
  "verify.notCredential":
    "This is not a digital credential. A credential is a long text in three parts separated by dots, from the .jwt file the holder downloaded.",
  "verify.fileTooLarge": "The file is too large to be a credential (64 KB at most).",
  "verify.fileUnreadable": "The file could not be read. Try choosing it again.",

  "verify.loading": "Checking the certificate…",
  "verify.pageTitleCode": "Certificate {code}",
  "verify.valid.title": "Valid certificate",
  "verify.valid.body": "This certificate was issued by {issuer} and is still valid.",
  "verify.valid.credential":
    "This credential's digital signature is genuine, it was issued by {issuer}, and the certificate is still valid.",
  "verify.revoked.title": "Certificate revoked",
  "verify.revoked.body": "This certificate was revoked by {issuer} on {date} and is no longer valid.",
  "verify.pending.title": "Awaiting the association's approval",
  "verify.pending.body":
    "This certificate has been issued but not yet approved by {issuer}, so it cannot be treated as valid yet.",
  "verify.invalid.title": "Credential not valid",
  "verify.failed.algorithm": "This credential is not signed the way Berdaya signs credentials.",
  "verify.failed.key": "This credential is signed with an unknown key, not the association's signing key.",
  "verify.failed.signature":
    "Its digital signature does not match: the credential's contents were changed or damaged.",
  "verify.failed.issuer": "This credential was not issued by this association.",
  "verify.failed.validity": "This credential is outside its validity period.",
  "verify.failed.revocation": "The association has no record of a certificate for this credential.",
  "verify.checksTitle": "Checks",
  "verify.check.algorithm": "Signing method recognised",
  "verify.check.key": "Signing key belongs to the association",
  "verify.check.signature": "Digital signature intact",
  "verify.check.issuer": "Issued by the association",
  "verify.check.validity": "Within its validity period",
  "verify.check.status": "On record, approved and not revoked",
  "verify.check.passed": "passed",
  "verify.check.failed": "failed",
  "verify.check.skipped": "not checked",
  "verify.holder": "Holder",
  "verify.holderHidden": "name not shown",
  "verify.course": "Course",
  "verify.trainer": "Trainer",
  "verify.issuer": "Issuer",
  "verify.issuedAt": "Issued on",
  "verify.approvedAt": "Approved on",
  "verify.revokedAt": "Revoked on",
  "verify.revokeReason": "Reason for revoking",
  "verify.code": "Certificate code",
  "verify.checkedAt": "Checked on {date}.",
  "verify.another": "Check another certificate",
  "verify.notFound.title": "Certificate not found",
  "verify.notFound.body":
    "There is no certificate with the code {code}. Check the code carefully: after the association's short name, codes never use the digits 0 and 1 or the letters O, I and L.",
  "verify.malformed.title": "Not a valid code",
  "verify.malformed.body":
    "“{code}” is not a certificate code. A code is the association's short name and three groups of four letters or digits, for example BKL-7ESJ-77G9-6VWA.",
};
