#!/usr/bin/env node
// Verifies a Berdaya certificate credential (an Open Badges 3.0 VC-JWT) without the platform:
//   npx berdaya verify <credential-file> [--jwks <file|url>] [--offline]
// Checks the EdDSA signature against the JWKS (from --jwks, else the issuer's /.well-known/jwks.json),
// the validity window and, unless --offline, the revocation status at the issuer. Exit code 0 only when valid.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify } from "jose";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { jwks: { type: "string" }, offline: { type: "boolean", default: false } },
});
const [command, file] = positionals;

function done(valid, reason) {
  console.log(valid ? `VALID: ${reason}` : `INVALID: ${reason}`);
  process.exit(valid ? 0 : 1);
}

async function load(source) {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`${source} answered ${res.status}`);
    return res.json();
  }
  return JSON.parse(await readFile(source, "utf8"));
}

if (command !== "verify" || !file) {
  console.error("Usage: npx berdaya verify <credential-file> [--jwks <file|url>] [--offline]");
  process.exit(2);
}

const jwt = (await readFile(file, "utf8")).trim();
let header;
try {
  header = decodeProtectedHeader(jwt);
} catch {
  done(false, "not a VC-JWT (three base64url parts separated by dots)");
}
if (header.alg !== "EdDSA") done(false, `algorithm ${header.alg} refused: only EdDSA (Ed25519) is accepted`);

let payload;
try {
  payload = JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString("utf8"));
} catch {
  done(false, "the payload is not JSON");
}
const issuer = typeof payload.iss === "string" ? payload.iss : "";
const jwksSource = values.jwks ?? `${new URL(issuer).origin}/.well-known/jwks.json`;
let jwks;
try {
  jwks = await load(jwksSource);
} catch (error) {
  done(false, `cannot read the JWKS from ${jwksSource}: ${error.message}`);
}
if (!jwks.keys?.some((key) => key.kid === header.kid)) done(false, `key ${header.kid} is not in the JWKS`);

try {
  await jwtVerify(jwt, createLocalJWKSet(jwks), { algorithms: ["EdDSA"] });
} catch (error) {
  if (error instanceof errors.JWTClaimValidationFailed || error instanceof errors.JWTExpired) {
    done(false, `outside its validity window (${error.message})`);
  }
  done(false, "the signature does not match: the credential was altered or signed by someone else");
}

const vc = payload.vc ?? {};
const summary = `${vc.credentialSubject?.name ?? "?"} — ${vc.credentialSubject?.achievement?.name ?? "?"} — issued by ${vc.issuer?.name ?? issuer}`;
const statusUrl = vc.credentialStatus?.id;
if (statusUrl && !values.offline) {
  try {
    const status = await load(statusUrl);
    if (status.revoked) done(false, `revoked on ${status.revokedAt}: ${status.reason}`);
    if (status.status === "pending") done(false, "not yet approved by the association");
  } catch (error) {
    done(false, `the revocation status could not be checked (${error.message}); use --offline to skip it`);
  }
}
done(true, summary);
