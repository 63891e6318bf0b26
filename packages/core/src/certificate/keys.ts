import { createPublicKey } from "node:crypto";
import type { JWK } from "jose";
import { isConditionFailure, service } from "../db/index";
import { notFound } from "../error/index";
import { links } from "./links";

/** What new certificates are signed with: ES256 (ECDSA P-256), which 1EdTech's validator accepts. */
export const alg = "ES256";
/** Certificates issued before ES256 were signed with Ed25519; their public keys stay published. */
export const legacyAlg = "EdDSA";

/** jose, imported when a key is first loaded or a credential checked, not on every cold start (docs/decisions/0015). */
export const jose = () => import("jose");

/**
 * The certificate signing key: a P-256 private JWK with a `kid` (a short name), from
 * BERDAYA_SIGNING_KEY (a file in .data/ locally, an SST secret on AWS). Its public half is stored on
 * first use and published for ever; rotating means setting a new private key with a new name.
 */
let current: { name: string; privateKey: CryptoKey | Uint8Array; publicJwk: JWK } | undefined;

/** Where the private JWK comes from: the environment, unless the platform names a slower source. */
let source = async (): Promise<string | undefined> => process.env.BERDAYA_SIGNING_KEY;

/**
 * Reads the key from `read` when BERDAYA_SIGNING_KEY is not set, on first use: on AWS the SST secret,
 * fetched from SSM only by a request that signs, not by every cold start (docs/decisions/0015).
 */
export function signingKeySource(read: () => Promise<string>) {
  source = async () => process.env.BERDAYA_SIGNING_KEY ?? read();
}
let published = false;

/** The current key, loaded from the environment; nothing is written. */
async function loaded() {
  if (!current) {
    const raw = await source();
    if (!raw) throw new Error("BERDAYA_SIGNING_KEY is not set");
    const jwk = JSON.parse(raw) as PublicJwk;
    if (jwk.kty !== "EC" || jwk.crv !== "P-256" || !jwk.d || !jwk.kid || jwk.kid.includes("/"))
      throw new Error("signing key: expected a P-256 (ES256) private JWK with a short kid (no '/')");
    const { d: _private, ...rest } = jwk;
    const publicJwk = {
      ...(createPublicKey({ key: rest, format: "jwk" }).export({ format: "jwk" }) as JWK),
      kid: jwk.kid,
      alg,
      use: "sig",
    };
    const { importJWK } = await jose();
    current = { name: jwk.kid, privateKey: await importJWK(jwk, alg), publicJwk };
  }
  return current;
}

/** The key to sign with; its public half is stored (once) before anything is signed with it. */
export async function signingKey() {
  const current = await loaded();
  if (!published) {
    await service.entities.SigningKey.create({
      kid: current.name,
      publicJwk: current.publicJwk,
      createdAt: new Date().toISOString(),
    })
      .go()
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
    published = true;
  }
  return current;
}

/** Forget the loaded key (tests and key rotation set a new BERDAYA_SIGNING_KEY). */
export function resetSigningKey() {
  current = undefined;
  published = false;
}

/**
 * A stored public key as served: ES256 keys under their absolute kid URL (which answers with this
 * JWK); legacy Ed25519 keys under the bare kid the certificates signed with them carry.
 */
/** A stored public key: always with its type (RFC 7517 §4.1) and id. */
type PublicJwk = JWK & { kty: string; kid: string };

function served(stored: PublicJwk, issuerUrl: string): PublicJwk {
  return stored.alg === legacyAlg ? stored : { ...stored, kid: links(issuerUrl).key(stored.kid) };
}

/**
 * Every public key certificates were ever signed with, and the current one: the JWKS. Reading it
 * writes nothing (the current key is stored when it first signs).
 */
export async function jwks(issuerUrl: string): Promise<{ keys: PublicJwk[] }> {
  const [now, { data }] = await Promise.all([
    // A stage whose key is not (yet) ES256 still serves the keys its certificates were signed with.
    loaded().catch(() => null),
    service.entities.SigningKey.query.byKid({}).go({ pages: "all" }),
  ]);
  const stored = data.map((key) => key.publicJwk as PublicJwk);
  if (now && !stored.some((key) => key.kid === now.name)) stored.push(now.publicJwk as PublicJwk);
  return { keys: stored.map((key) => served(key, issuerUrl)) };
}

/** One public key by its short name: what a kid URL dereferences to. */
export async function publicKey(name: string, issuerUrl: string): Promise<PublicJwk> {
  const now = await loaded().catch(() => null);
  if (now && name === now.name) return served(now.publicJwk as PublicJwk, issuerUrl);
  const { data } = await service.entities.SigningKey.query.byKid({ kid: name }).go();
  const stored = data.find((key) => key.kid === name);
  if (!stored) throw notFound("key_not_found");
  return served(stored.publicJwk as PublicJwk, issuerUrl);
}
