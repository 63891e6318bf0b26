import { createPublicKey } from "node:crypto";
import { importJWK, type JWK } from "jose";
import { isConditionFailure, service } from "../db/index";

/**
 * The certificate signing key: an Ed25519 private JWK with a `kid`, from BERDAYA_SIGNING_KEY (a file
 * in .data/ locally, an SST secret on AWS). Its public half is published in the JWKS on first use;
 * rotating means setting a new private key, and the old public key stays in the JWKS.
 */
let current: { kid: string; privateKey: CryptoKey | Uint8Array; publicJwk: JWK } | undefined;
let published = false;

export async function signingKey() {
  if (!current) {
    const raw = process.env.BERDAYA_SIGNING_KEY;
    if (!raw) throw new Error("BERDAYA_SIGNING_KEY is not set");
    const jwk = JSON.parse(raw) as JWK & { kid: string };
    if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || !jwk.d || !jwk.kid)
      throw new Error("signing key: expected an Ed25519 private JWK with a kid");
    const publicJwk = {
      ...(createPublicKey({ key: jwk, format: "jwk" }).export({ format: "jwk" }) as JWK),
      kid: jwk.kid,
      alg: "EdDSA",
      use: "sig",
    };
    current = { kid: jwk.kid, privateKey: await importJWK(jwk, "EdDSA"), publicJwk };
  }
  if (!published) {
    await service.entities.SigningKey.create({
      kid: current.kid,
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

/** Every public key certificates were ever signed with: the JWKS. */
export async function jwks(): Promise<{ keys: JWK[] }> {
  await signingKey();
  const { data } = await service.entities.SigningKey.query.byKid({}).go({ pages: "all" });
  return { keys: data.map((key) => key.publicJwk as JWK) };
}
