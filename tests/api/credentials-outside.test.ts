import { execFile, execFileSync, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Db from "@berdaya/core/db";
import Ajv2019 from "ajv/dist/2019.js";
import addFormats from "ajv-formats";
import { decodeJwt, decodeProtectedHeader, importJWK, type JWK, jwtVerify, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeSeededCourse } from "../support/learning";
import { call, json, login, startTestServer, type TestServer } from "../support/local";

/**
 * Certificates as a verifier outside Berdaya sees them: over real HTTP, with only `jose`, the official
 * 1EdTech schema, the CLI, `pdftotext`, and a plain GET of the verify page.
 *
 * The schema is pinned in fixtures/ob_v3p0_achievementcredential_schema.json: 1EdTech's
 * https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json
 * (its $id names the json-ld path), as downloaded into github.com/educredentials/obv3-examples at
 * schemas/ob_v3p0_achievementcredential_schema.json (commit a5a6b6d5eb043d37ef004a16fb84fed65b15de6a).
 */
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures/ob_v3p0_achievementcredential_schema.json"), "utf8"),
);

let server: TestServer;
let trainer: string;
let admin: string;
const dir = mkdtempSync(join(tmpdir(), "berdaya-outside-"));
const webDir = mkdtempSync(join(tmpdir(), "berdaya-spa-"));
writeFileSync(join(webDir, "index.html"), "<!doctype html><title>Berdaya</title><div id=app>SPA-SHELL</div>");

let seq = 0;
async function certified(name: string) {
  const phone = `08137700${String(++seq).padStart(4, "0")}`;
  const res = await call(server, "POST", "/api/auth/register", {
    body: { name, phone, password: "kopi-kepahiang-2026" },
    headers: { "x-forwarded-for": `198.51.100.${10 + seq}` },
  });
  const cookie = (res.headers.getSetCookie()[0] as string).split(";")[0] as string;
  await completeSeededCourse(server, cookie, trainer);
  const mine = await json(await call(server, "GET", "/api/me/certificates", { cookie }));
  return { code: mine.items[0].code as string, phone };
}

beforeAll(async () => {
  server = await startTestServer({ webDir });
  trainer = await login(server, "pelatih1@berdaya.test");
  admin = await login(server, "admin@berdaya.test");
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(webDir, { recursive: true, force: true });
});

/** Over the network, as a page on another origin would ask. */
const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url.startsWith("http") ? url : `${server.url}${url}`, {
    headers: { origin: "https://pemeriksa.example", ...headers },
    redirect: "manual",
  });
const credentialOf = async (code: string) => (await get(`/api/certificates/${code}/credential`)).text();
const verifyPost = async (credential: string) =>
  json(await call(server, "POST", "/api/verify", { body: { credential } }));
const revoke = (code: string, reason = "Data peserta tidak benar") =>
  call(server, "POST", `/api/admin/certificates/${code}/revoke`, { cookie: admin, body: { reason } });

/**
 * A verifier built from jose and the URLs the credential names, nothing of Berdaya's: the kid URL for
 * the key, OB 3.0 §8.2.4's claim checks, the credentialStatus list for revocation.
 */
async function outsideVerify(jwt: string, trustedIssuer: string) {
  const header = decodeProtectedHeader(jwt);
  if (header.alg !== "ES256") return "algorithm";
  const keyRes = await get(header.kid as string);
  expect(keyRes.headers.get("access-control-allow-origin")).toBe("*");
  const jwk = (await keyRes.json()) as JWK;
  expect(jwk.d).toBeUndefined();
  const { payload } = await jwtVerify(jwt, await importJWK(jwk, "ES256"), { algorithms: ["ES256"] });
  // biome-ignore lint/suspicious/noExplicitAny: a verifier reads the credential's JSON freely
  const vc = payload.vc as any;
  if (payload.iss !== trustedIssuer || vc.issuer.id !== payload.iss) return "issuer";
  if (payload.jti !== vc.id || payload.sub !== vc.credentialSubject.id) return "claims";
  if (payload.nbf !== Date.parse(vc.validFrom) / 1000) return "nbf";
  const listRes = await get(vc.credentialStatus.id, { accept: "application/json" });
  expect(listRes.headers.get("access-control-allow-origin")).toBe("*");
  const list = await listRes.json();
  expect(list.id).toBe(vc.credentialStatus.id);
  if (vc.credentialStatus.type !== "1EdTechRevocationList") return "status type";
  const revoked = list.revokedCredential.some(
    (entry: { id: string; revoked?: boolean }) => entry.id === vc.id && entry.revoked !== false,
  );
  return revoked ? "revoked" : "valid";
}

describe("the credential, to an outside verifier", () => {
  it("passes the official 1EdTech OB 3.0 AchievementCredential schema", async () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const { code } = await certified("Ṡiti Ōktaviani");
    const vc = decodeJwt(await credentialOf(code)).vc;
    const ok = validate(vc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect((vc as { credentialSchema: unknown }).credentialSchema).toEqual([
      { id: schema.$id.replace("/json-ld/", "/json/"), type: "1EdTechJsonSchemaValidator2019" },
    ]);
    // The schema is not a rubber stamp: the old phone identifier fails it.
    const old = structuredClone(vc) as { credentialSubject: { identifier: { identityType: string }[] } };
    (old.credentialSubject.identifier[0] as { identityType: string }).identityType = "phoneNumber";
    expect(validate(old)).toBe(false);
  });

  it("verifies with jose and the served URLs alone, and reads a revocation from the list on the next request", async () => {
    const { code } = await certified("Rahmat Hidayat");
    const jwt = await credentialOf(code);
    const issuer = `${server.url}/api/issuer`;
    expect(await outsideVerify(jwt, issuer)).toBe("valid");
    expect((await revoke(code)).status).toBe(200);
    expect(await outsideVerify(jwt, issuer)).toBe("revoked");
    expect(await verifyPost(jwt)).toMatchObject({ valid: false, failed: "revocation" });
  });

  it("serves keys, issuer, status list, credential and verify API to any origin, and nothing that needs a session", async () => {
    const { code } = await certified("Wulan Sari");
    for (const path of [
      "/.well-known/jwks.json",
      "/api/issuer",
      "/api/revocations",
      `/api/certificates/${code}/credential`,
      `/api/certificates/${code}/status`,
      `/api/verify/${code}`,
    ]) {
      const res = await get(path);
      expect({ path, status: res.status, cors: res.headers.get("access-control-allow-origin") }).toEqual({
        path,
        status: 200,
        cors: "*",
      });
    }
    for (const path of ["/api/me", "/api/me/certificates", "/api/admin/association"])
      expect((await get(path)).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("resolves achievement.id to JSON for a JSON client and to the course page for a browser; the badge is a PNG", async () => {
    const { code } = await certified("Agus Salim");
    // biome-ignore lint/suspicious/noExplicitAny: the test walks the credential's JSON freely
    const achievement = (decodeJwt(await credentialOf(code)).vc as any).credentialSubject.achievement;
    const asJson = await get(achievement.id, { accept: "application/ld+json, application/json" });
    expect(asJson.status).toBe(200);
    expect(await asJson.json()).toMatchObject({
      id: achievement.id,
      type: ["Achievement"],
      name: achievement.name,
      criteria: { narrative: expect.any(String) },
      image: { id: achievement.image.id, type: "Image" },
    });
    const asPage = await get(achievement.id, { accept: "text/html,application/xhtml+xml" });
    expect(asPage.status).toBe(303);
    expect(asPage.headers.get("location")).toBe(achievement.criteria.id);
    const image = await get(achievement.image.id);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect([...new Uint8Array(await image.arrayBuffer()).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});

describe("forgeries and bad credentials", () => {
  const attacker = "https://sertifikat-palsu.example";
  let genuine: string;
  let claims: ReturnType<typeof decodeJwt>;
  // biome-ignore lint/suspicious/noExplicitAny: the test rewrites the credential's JSON freely
  let vc: any;
  let ourKey: CryptoKey | Uint8Array;
  let ourKid: string;
  beforeAll(async () => {
    const { code } = await certified("Dewi Lestari");
    genuine = await credentialOf(code);
    claims = decodeJwt(genuine);
    vc = claims.vc;
    ourKid = decodeProtectedHeader(genuine).kid as string;
    ourKey = await importJWK(JSON.parse(process.env.BERDAYA_SIGNING_KEY as string), "ES256");
  });
  const signWith = (key: CryptoKey | Uint8Array | object, kid: string, payload: Record<string, unknown>) =>
    new SignJWT(payload).setProtectedHeader({ alg: "ES256", kid, typ: "JWT" }).sign(key as CryptoKey);

  const forgery = async () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const forgedVc = { ...vc, issuer: { ...vc.issuer, id: `${attacker}/api/issuer`, url: attacker } };
    return signWith(privateKey, `${attacker}/api/keys/k1`, {
      ...claims,
      iss: forgedVc.issuer.id,
      vc: forgedVc,
    });
  };

  it("calls a forgery (attacker's key, attacker's iss) invalid in the API and the CLI", async () => {
    const forged = await forgery();
    expect(await verifyPost(forged)).toMatchObject({
      valid: false,
      failed: "key",
      reason: "kid_other_origin",
    });
    const file = join(dir, "palsu.jwt");
    writeFileSync(file, forged);
    const cli = (...args: string[]) =>
      spawnSync(join("node_modules", ".bin", "berdaya"), ["verify", file, ...args], {
        encoding: "utf8",
        env: { ...process.env, BERDAYA_ISSUER_URL: "" },
      });
    const trusted = cli("--issuer", server.url);
    expect(trusted.stdout).toMatch(/^INVALID \(issuer\): .*not the trusted/);
    expect(trusted.status).toBe(1);
    const defaulted = spawnSync(join("node_modules", ".bin", "berdaya"), ["verify", file], {
      encoding: "utf8",
      env: { ...process.env, BERDAYA_ISSUER_URL: server.url },
    });
    expect(defaulted.stdout).toMatch(/^INVALID \(issuer\)/);
    expect(defaulted.status).toBe(1);
    const untold = cli();
    expect(untold.status).toBe(2);
    expect(untold.stderr).toContain("--issuer");
    // The attacker's own JWKS is not trusted just because the attacker's credential names it.
    const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const theirJwks = join(dir, "jwks-penyerang.json");
    writeFileSync(
      theirJwks,
      JSON.stringify({ keys: [{ ...publicKey.export({ format: "jwk" }), kid: "x" }] }),
    );
    expect(cli("--issuer", server.url, "--jwks", theirJwks).status).toBe(1);
  });

  it("names the failed check for an unknown kid, a kid on another origin, and each claim that does not match", async () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const past = Math.floor(Date.now() / 1000) - 86_400;
    const cases: [string, Promise<string>, { failed: string; reason: string }][] = [
      [
        "unknown kid",
        signWith(privateKey, `${server.url}/api/keys/tidak-ada`, claims),
        { failed: "key", reason: "kid_unknown" },
      ],
      [
        "kid on another origin",
        signWith(ourKey, `${attacker}/api/keys/k1`, claims),
        { failed: "key", reason: "kid_other_origin" },
      ],
      [
        "untrusted iss",
        signWith(ourKey, ourKid, { ...claims, iss: `${attacker}/api/issuer` }),
        { failed: "issuer", reason: "issuer_untrusted" },
      ],
      [
        "iss vs issuer.id",
        signWith(ourKey, ourKid, { ...claims, vc: { ...vc, issuer: { ...vc.issuer, id: `${attacker}/x` } } }),
        { failed: "claims", reason: "iss_mismatch" },
      ],
      [
        "jti",
        signWith(ourKey, ourKid, { ...claims, jti: `${vc.id}x` }),
        { failed: "claims", reason: "jti_mismatch" },
      ],
      [
        "sub",
        signWith(ourKey, ourKid, { ...claims, sub: "urn:uuid:lain" }),
        { failed: "claims", reason: "sub_mismatch" },
      ],
      [
        "nbf",
        signWith(ourKey, ourKid, { ...claims, nbf: (claims.nbf as number) - 1 }),
        { failed: "claims", reason: "nbf_mismatch" },
      ],
      [
        "validUntil in the past",
        signWith(ourKey, ourKid, {
          ...claims,
          exp: past,
          vc: { ...vc, validUntil: new Date(past * 1000).toISOString().replace(".000Z", "Z") },
        }),
        { failed: "validity", reason: "expired" },
      ],
    ];
    for (const [name, token, expected] of cases) {
      const result = await verifyPost(await token);
      expect({ name, valid: result.valid, failed: result.failed, reason: result.reason }).toEqual({
        name,
        valid: false,
        ...expected,
      });
    }
  });

  it("verifies online in the CLI: VALID when genuine, INVALID naming revocation once revoked", async () => {
    const { code } = await certified("Bambang Pamungkas");
    const file = join(dir, `${code}.jwt`);
    writeFileSync(file, await credentialOf(code));
    // Asynchronously: the CLI asks this very process's server for the keys and the revocation list.
    const run = () =>
      new Promise<{ stdout: string; status: number }>((done) =>
        execFile(
          join("node_modules", ".bin", "berdaya"),
          ["verify", file, "--issuer", server.url],
          (error, stdout) => done({ stdout, status: error ? Number(error.code) : 0 }),
        ),
      );
    const ok = await run();
    expect(ok.stdout).toMatch(/^VALID: Bambang Pamungkas — /);
    expect(ok.status).toBe(0);
    await revoke(code, "Salah nama");
    const revoked = await run();
    expect(revoked.stdout).toMatch(/^INVALID \(revocation\): revoked: Salah nama/);
    expect(revoked.status).toBe(1);
    const help = spawnSync(join("node_modules", ".bin", "berdaya"), ["--help"], { encoding: "utf8" });
    expect(help.stdout).toContain("Exit codes");
  });
});

describe("certificates signed before ES256", () => {
  it("keep verifying with their Ed25519 key, and are re-issued with ES256 and no phone hash when next read", async () => {
    const { code, phone } = await certified("Rina Agustina");
    // What a certificate looked like before: EdDSA, a bare kid, a salted phone hash, nbf cut from ms.
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const kid = "local-1764000000000";
    await Db.service.entities.SigningKey.create({
      kid,
      publicJwk: { ...publicKey.export({ format: "jwk" }), kid, alg: "EdDSA", use: "sig" },
      createdAt: "2026-11-01T00:00:00.000Z",
    }).go();
    const current = decodeJwt(await credentialOf(code));
    // biome-ignore lint/suspicious/noExplicitAny: the old credential's JSON, rebuilt freely
    const oldVc: any = structuredClone(current.vc);
    oldVc.validFrom = "2026-11-02T03:04:05.678Z";
    oldVc.credentialSubject.identifier = [
      {
        type: "IdentityObject",
        identityType: "phoneNumber",
        hashed: true,
        identityHash: "sha256$00",
        salt: "ab",
      },
    ];
    const old = await new SignJWT({ vc: oldVc })
      .setProtectedHeader({ alg: "EdDSA", kid, typ: "JWT" })
      .setIssuer(oldVc.issuer.id)
      .setJti(oldVc.id)
      .setSubject(oldVc.credentialSubject.id)
      .setNotBefore(Math.floor(Date.parse(oldVc.validFrom) / 1000))
      .sign(privateKey);
    await Db.service.entities.Certificate.patch({ code })
      .set({ credential: old, kid })
      .remove(["subjectId", "issuerUrl", "validFrom"])
      .go();

    const jwks = await (await get("/.well-known/jwks.json")).json();
    expect(jwks.keys).toContainEqual(expect.objectContaining({ kid, alg: "EdDSA", kty: "OKP" }));
    expect(await verifyPost(old)).toMatchObject({ valid: true });

    const reissued = await credentialOf(code);
    expect(decodeProtectedHeader(reissued)).toMatchObject({
      alg: "ES256",
      kid: expect.stringContaining("/api/keys/"),
    });
    expect(reissued).not.toBe(old);
    const payload = decodeJwt(reissued);
    expect(JSON.stringify(payload)).not.toContain("phoneNumber");
    expect(JSON.stringify(payload)).not.toContain(phone.slice(1));
    expect(payload.sub).toBe(current.sub);
    expect(await credentialOf(code)).toBe(reissued);
    expect(await verifyPost(reissued)).toMatchObject({ valid: true });
    expect(await verifyPost(old)).toMatchObject({ valid: true });
  });
});

const pdfText = (bytes: ArrayBuffer) => {
  const file = join(dir, `c-${Date.now()}-${Math.random()}.pdf`);
  writeFileSync(file, new Uint8Array(bytes));
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
};

describe("the PDF", () => {
  it("prints a Latin-extended name exactly, with place and date, signer, duration in JP", async () => {
    const { code } = await certified("Ṡiti Ōktaviani");
    const text = pdfText(await (await get(`/api/certificates/${code}/pdf`)).arrayBuffer());
    expect(text).toContain("Ṡiti Ōktaviani");
    expect(text).toMatch(/Bengkulu, \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(text).toContain("Hj. Rahmawati Sari, S.E.");
    expect(text).toContain("Ketua Asosiasi UMKM Provinsi Bengkulu");
    expect(text).toMatch(/\d+ JP \(jam pelajaran\)/);
    expect(text).not.toContain("DICABUT");
  });

  it("marks a pending certificate as not yet valid", async () => {
    const course = await json(
      await call(server, "POST", "/api/courses", {
        cookie: trainer,
        body: { title: "Izin Edar PIRT", category: "legalitas", level: "pemula", certificateApproval: true },
      }),
    );
    const module = await json(
      await call(server, "POST", `/api/courses/${course.id}/modules`, {
        cookie: trainer,
        body: { title: "Dasar" },
      }),
    );
    const lesson = await json(
      await call(server, "POST", `/api/courses/${course.id}/modules/${module.id}/lessons`, {
        cookie: trainer,
        body: { title: "Apa itu PIRT", content: { kind: "text", body: "Pangan industri rumah tangga." } },
      }),
    );
    await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie: trainer });
    await call(server, "POST", `/api/admin/courses/${course.id}/approve`, { cookie: admin });
    const learner = await login(server, "081200000005");
    await call(server, "POST", `/api/courses/${course.id}/enroll`, { cookie: learner });
    await call(server, "POST", `/api/courses/${course.id}/lessons/${lesson.lessonId}/complete`, {
      cookie: learner,
    });
    const pending = (
      await json(await call(server, "GET", "/api/me/certificates", { cookie: learner }))
    ).items.find((c: { course: { id: string } }) => c.course.id === course.id);
    expect(pending.status).toBe("pending");
    const text = pdfText(await (await get(`/api/certificates/${pending.code}/pdf`)).arrayBuffer());
    expect(text).toContain("BELUM SAH / PENDING");
    expect((await get(`/verify/${pending.code}`)).status).toBe(200);
    expect(await (await get(`/verify/${pending.code}`)).text()).toContain("Menunggu persetujuan asosiasi");
  });

  it("marks a revoked certificate DICABUT / REVOKED across the page", async () => {
    const { code } = await certified("Yusuf Ramadhan");
    await revoke(code);
    const text = pdfText(await (await get(`/api/certificates/${code}/pdf`)).arrayBuffer());
    expect(text).toContain("DICABUT / REVOKED");
    expect(text).toContain("This certificate was revoked");
  });

  it("keeps what a certificate was issued with when the association's profile changes afterwards", async () => {
    const before = await certified("Hendra Gunawan");
    const changed = await call(server, "PATCH", "/api/admin/association", {
      cookie: admin,
      body: { signerName: "Drs. Budi Santoso", signerTitle: "Ketua Baru Asosiasi", place: "Curup" },
    });
    expect(changed.status).toBe(200);
    try {
      const after = await certified("Intan Permata");
      const old = pdfText(await (await get(`/api/certificates/${before.code}/pdf`)).arrayBuffer());
      expect(old).toContain("Hj. Rahmawati Sari, S.E.");
      expect(old).not.toContain("Budi Santoso");
      expect(old).toMatch(/Bengkulu, \d/);
      const fresh = pdfText(await (await get(`/api/certificates/${after.code}/pdf`)).arrayBuffer());
      expect(fresh).toContain("Drs. Budi Santoso");
      expect(fresh).toMatch(/Curup, \d/);
      expect(await json(await get(`/api/verify/${before.code}`))).toMatchObject({
        signer: { name: "Hj. Rahmawati Sari, S.E." },
        place: "Bengkulu",
      });
    } finally {
      await call(server, "PATCH", "/api/admin/association", {
        cookie: admin,
        body: {
          signerName: "Hj. Rahmawati Sari, S.E.",
          signerTitle: "Ketua Asosiasi UMKM Provinsi Bengkulu",
          place: "Bengkulu",
        },
      });
    }
  });
});

describe("the verify page without JavaScript", () => {
  it("is rendered by the server ahead of the SPA: holder, course, checks, links and og: tags", async () => {
    const { code } = await certified("Ṡiti Ōktaviani");
    const res = await get(`/verify/${code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).not.toContain("SPA-SHELL");
    expect(page).toContain("Ṡiti Ōktaviani");
    expect(page).toContain("Berpikir Kreatif");
    expect(page).toContain("Sertifikat sah");
    expect(page).toMatch(/<meta property="og:title" content="[^"]*Berpikir Kreatif[^"]*"/);
    expect(page).toMatch(/<meta property="og:description" content="[^"]*Ṡiti Ōktaviani[^"]*"/);
    expect(page).toMatch(/<meta property="og:image" content="http[^"]+\/api\/achievements\/[^"]+\/image"/);
    expect(page).toContain("Tanda tangan digital cocok dengan kunci publik penerbit: ya");
    expect(page).toContain(`/api/certificates/${code}/credential`);
    expect(page).toContain(`/api/certificates/${code}/pdf`);
    expect(page).toContain("/api/issuer");
    expect(page).toContain("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME");
    expect(page).toContain("https://wa.me/?text=");
    const english = await (await get(`/verify/${code}?lang=en`)).text();
    expect(english).toContain("Valid certificate");
    expect(english).toContain("What was checked");
    expect(await (await get(`/verify/${code}`, { "accept-language": "en-US,en;q=0.9" })).text()).toContain(
      "Valid certificate",
    );
    // The SPA still has /verify itself (the form) and every other client-side route.
    expect(await (await get("/verify")).text()).toContain("SPA-SHELL");
  });

  it("shows a revocation on the next request, and answers unknown and malformed codes with 404 and 400", async () => {
    const { code } = await certified("Lina Marlina");
    await revoke(code, "Kursus diulang");
    const page = await (await get(`/verify/${code}`)).text();
    expect(page).toContain("Sertifikat dicabut");
    expect(page).toContain("Kursus diulang");
    expect(page).toContain("Tanda tangan digital cocok dengan kunci publik penerbit: ya");
    expect(page).toContain("Tidak dicabut (daftar pencabutan diperiksa sekarang): tidak");
    expect(page).not.toContain("linkedin.com");
    const unknown = await get("/verify/BKL-2222-3333-4444");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Sertifikat tidak ditemukan");
    expect((await get("/verify/bukan-kode")).status).toBe(400);
  });
});
