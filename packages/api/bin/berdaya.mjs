#!/usr/bin/env node
// Verifies a Berdaya certificate credential (an Open Badges 3.0 VC-JWT) without the platform, trusting
// only the issuer it is told to trust. Run `npx berdaya --help` for the options and exit codes.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { decodeProtectedHeader, errors, importJWK, jwtVerify } from "jose";

const help = `Usage: npx berdaya verify <credential-file> [--issuer <url>] [--jwks <file|url>] [--offline]

Verifies a certificate's signed credential (Open Badges 3.0, VC-JWT, ES256) and trusts only:
  --issuer <url>      the association's site, e.g. https://sertifikat.asosiasi.id: its issuer id
                      (<url>/api/issuer) must be the credential's iss, and its keys
                      (<url>/.well-known/jwks.json, unless --jwks is given) must have signed it.
                      Default: the BERDAYA_ISSUER_URL environment variable.
  --jwks <file|url>   the trusted public keys; without --issuer, any issuer holding one of them.
  --offline           skip the revocation list (says so: revocation is then NOT checked).

Checks: algorithm (ES256; EdDSA only for a trusted legacy key), key (kid in the trusted keys, on the
issuer's origin), signature, issuer, claims (iss, jti, sub, nbf, exp against the credential), validity
window, and revocation (the issuer's 1EdTechRevocationList).

Exit codes:
  0  VALID
  1  INVALID (the line says which check failed)
  2  usage error (missing file or no trusted issuer)
  3  could not check: the keys or the revocation list could not be read`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      issuer: { type: "string" },
      jwks: { type: "string" },
      offline: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
} catch (error) {
  console.error(`${error.message}\n\n${help}`);
  process.exit(2);
}
const { positionals, values } = parsed;
if (values.help) {
  console.log(help);
  process.exit(0);
}
const [command, file] = positionals;
if (command !== "verify" || !file) {
  console.error(help);
  process.exit(2);
}

function done(code, line) {
  console.log(line);
  process.exit(code);
}
const invalid = (check, reason) => done(1, `INVALID (${check}): ${reason}`);

async function load(source) {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source, { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`${source} answered ${res.status}`);
    return res.json();
  }
  return JSON.parse(await readFile(source, "utf8"));
}

const issuerUrl = (values.issuer ?? process.env.BERDAYA_ISSUER_URL ?? "").replace(/\/+$/, "");
if (!issuerUrl && !values.jwks) {
  console.error("No trusted issuer: pass --issuer <url> or --jwks <file|url> (or set BERDAYA_ISSUER_URL).");
  process.exit(2);
}
let trustedOrigin = null;
if (issuerUrl) {
  try {
    trustedOrigin = new URL(issuerUrl).origin;
  } catch {
    console.error(`--issuer must be a URL, not ${issuerUrl}`);
    process.exit(2);
  }
}
const trustedIssuer = issuerUrl ? `${issuerUrl}/api/issuer` : null;

let jwt;
try {
  jwt = (await readFile(file, "utf8")).trim();
} catch (error) {
  console.error(`Cannot read ${file}: ${error.message}`);
  process.exit(2);
}
let header;
let payload;
try {
  header = decodeProtectedHeader(jwt);
  payload = JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString("utf8"));
} catch {
  invalid("format", "not a VC-JWT (three base64url parts separated by dots, JSON inside)");
}
if (header.alg !== "ES256" && header.alg !== "EdDSA")
  invalid("algorithm", `${header.alg} is not accepted (ES256; EdDSA only for legacy keys)`);
if (trustedIssuer && payload.iss !== trustedIssuer)
  invalid(
    "issuer",
    `the credential names ${payload.iss} as issuer, which is not the trusted ${trustedIssuer}`,
  );
if (typeof header.kid !== "string" || !header.kid) invalid("key", "the credential names no key (kid)");
if (trustedOrigin && /^https?:\/\//.test(header.kid) && new URL(header.kid).origin !== trustedOrigin)
  invalid("key", `the key ${header.kid} is on another origin than the trusted issuer ${trustedOrigin}`);

const jwksSource = values.jwks ?? `${issuerUrl}/.well-known/jwks.json`;
let jwks;
try {
  jwks = await load(jwksSource);
} catch (error) {
  done(3, `CANNOT CHECK: the trusted keys could not be read from ${jwksSource} (${error.message})`);
}
const jwk = (jwks.keys ?? []).find((key) => key.kid === header.kid);
if (!jwk) invalid("key", `the key ${header.kid} is not one of the trusted keys (${jwksSource})`);
if ((header.alg === "ES256" && jwk.kty !== "EC") || (header.alg === "EdDSA" && jwk.kty !== "OKP"))
  invalid("algorithm", `${header.alg} does not fit the trusted key's type ${jwk.kty}`);

try {
  await jwtVerify(jwt, await importJWK(jwk, header.alg), { algorithms: [header.alg], clockTolerance: 5 });
} catch (error) {
  if (error instanceof errors.JWTExpired) invalid("validity", "expired");
  if (error instanceof errors.JWTClaimValidationFailed) invalid("validity", error.message);
  invalid("signature", "the signature does not match: the credential was altered or signed by someone else");
}

const vc = payload.vc;
if (!vc || typeof vc !== "object") invalid("claims", "no vc claim");
if (vc.issuer?.id !== payload.iss) invalid("claims", "iss does not match issuer.id");
if (vc.id !== payload.jti) invalid("claims", "jti does not match the credential id");
if (vc.credentialSubject?.id !== payload.sub) invalid("claims", "sub does not match credentialSubject.id");
const validFrom = Date.parse(vc.validFrom) / 1000;
const nbfExpected = header.alg === "EdDSA" ? Math.floor(validFrom) : validFrom;
if (payload.nbf !== nbfExpected) invalid("claims", "nbf does not equal validFrom");
if (vc.validUntil !== undefined || payload.exp !== undefined) {
  if (payload.exp !== Date.parse(vc.validUntil) / 1000) invalid("claims", "exp does not equal validUntil");
  if (Date.parse(vc.validUntil) < Date.now()) invalid("validity", `expired on ${vc.validUntil}`);
}
if (validFrom * 1000 > Date.now() + 5000) invalid("validity", `not valid before ${vc.validFrom}`);

const subject = vc.credentialSubject ?? {};
const name =
  subject.identifier?.find?.((id) => id.identityType === "name" && id.hashed === false)?.identityHash ??
  subject.name ??
  "?";
const summary = `${name} — ${subject.achievement?.name ?? "?"} — issued by ${vc.issuer?.name ?? payload.iss}`;

const status = vc.credentialStatus;
if (values.offline) done(0, `VALID: ${summary} (revocation NOT checked: --offline)`);
if (!status?.id) done(0, `VALID: ${summary} (the credential has no revocation list)`);
if (trustedOrigin && new URL(status.id).origin !== trustedOrigin)
  invalid("revocation", `the revocation list ${status.id} is not on the trusted issuer's origin`);
let list;
try {
  list = await load(status.id);
} catch (error) {
  done(
    3,
    `CANNOT CHECK: the revocation list ${status.id} could not be read (${error.message}); --offline skips it`,
  );
}
if (status.type === "1EdTechRevocationList") {
  const entry = (list.revokedCredential ?? []).find((item) => item.id === vc.id && item.revoked !== false);
  if (entry) invalid("revocation", `revoked${entry.revocationReason ? `: ${entry.revocationReason}` : ""}`);
} else if (list.revoked) {
  invalid("revocation", `revoked on ${list.revokedAt}: ${list.reason}`);
}
done(0, `VALID: ${summary}`);
