import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import * as Certificate from "@berdaya/core/certificate";
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT } from "jose";
import jsQR from "jsqr";
import { PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCalls } from "../support/faults";
import { completeSeededCourse, seededCourse } from "../support/learning";
import { call, json, login, startTestServer, type TestServer } from "../support/local";

let server: TestServer;
let trainer: string;
let admin: string;
let learner: { cookie: string; id: string; phone: string };
let code: string;
const dir = mkdtempSync(join(tmpdir(), "berdaya-cert-"));

let seq = 0;
async function newLearner(name = "Siti Nurhaliza") {
  const phone = `08136600${String(++seq).padStart(4, "0")}`;
  const res = await call(server, "POST", "/api/auth/register", {
    body: { name, phone, password: "kopi-kepahiang-2026" },
    client: `192.0.2.${100 + seq}`,
  });
  return {
    cookie: (res.headers.getSetCookie()[0] as string).split(";")[0] as string,
    id: (await json(res)).user.id as string,
    phone,
  };
}

beforeAll(async () => {
  server = await startTestServer();
  trainer = await login(server, "pelatih1@berdaya.test");
  admin = await login(server, "admin@berdaya.test");
  learner = await newLearner();
  await completeSeededCourse(server, learner.cookie, trainer);
  const mine = await json(await call(server, "GET", "/api/me/certificates", { cookie: learner.cookie }));
  code = mine.items[0].code;
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const jwksNow = async () => json(await server.request("/.well-known/jwks.json"));
const credentialOf = async (c: string) => (await server.request(`/api/certificates/${c}/credential`)).text();
const verifyPost = (credential: string) => call(server, "POST", "/api/verify", { body: { credential } });
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("issuance", () => {
  it("issues one valid certificate with a readable, unguessable code when the enrollment completes", async () => {
    const mine = await json(await call(server, "GET", "/api/me/certificates", { cookie: learner.cookie }));
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      status: "valid",
      holder: "Siti Nurhaliza",
      course: { id: seededCourse.id },
    });
    expect(code).toMatch(/^BKL-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });

  it("keeps exactly one certificate per enrollment under retries and concurrent issuance", async () => {
    const enrollment = {
      userId: learner.id,
      courseId: seededCourse.id,
      completedAt: new Date().toISOString(),
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => Certificate.issueFor(enrollment)));
    expect(new Set(results.map((r) => r?.code))).toEqual(new Set([code]));
    expect(
      (await json(await call(server, "GET", "/api/me/certificates", { cookie: learner.cookie }))).items,
    ).toHaveLength(1);
  });

  it("keeps a certificate pending until an admin approves it when the course needs the association's approval", async () => {
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
        body: {
          title: "Apa itu PIRT",
          content: { kind: "text", body: "Sertifikat produksi pangan industri rumah tangga." },
        },
      }),
    );
    await call(server, "POST", `/api/courses/${course.id}/submit`, { cookie: trainer });
    await call(server, "POST", `/api/admin/courses/${course.id}/approve`, { cookie: admin });
    await call(server, "POST", `/api/courses/${course.id}/enroll`, { cookie: learner.cookie });
    await call(server, "POST", `/api/courses/${course.id}/lessons/${lesson.lessonId}/complete`, {
      cookie: learner.cookie,
    });
    const pending = (
      await json(await call(server, "GET", "/api/me/certificates", { cookie: learner.cookie }))
    ).items.find((c: { course: { id: string } }) => c.course.id === course.id);
    expect(pending.status).toBe("pending");
    // Not signed while pending: no verifier can be handed a credential for it.
    const unsigned = await server.request(`/api/certificates/${pending.code}/credential`);
    expect(unsigned.status).toBe(409);
    expect((await json(unsigned)).error.code).toBe("certificate_pending");
    const approved = await call(server, "POST", `/api/admin/certificates/${pending.code}/approve`, {
      cookie: admin,
    });
    expect((await json(approved)).status).toBe("valid");
    expect((await json(await server.request(`/api/verify/${pending.code}`))).status).toBe("valid");
    expect((await json(await verifyPost(await credentialOf(pending.code)))).valid).toBe(true);
  });
});

describe("verification by code", () => {
  it("shows the holder, course, issuer and date; the code works in any case and with spaces", async () => {
    for (const typed of [code, code.toLowerCase(), code.replaceAll("-", " ")]) {
      const res = await server.request(`/api/verify/${encodeURIComponent(typed)}`);
      expect(res.status).toBe(200);
      expect(await json(res)).toMatchObject({
        code,
        status: "valid",
        holder: "Siti Nurhaliza",
        course: { title: expect.stringContaining("Berpikir Kreatif") },
        issuer: { name: "Asosiasi UMKM Provinsi Bengkulu" },
      });
    }
  });

  it("answers an unknown code with 404 and a malformed code with 400 without a storage lookup", async () => {
    expect((await server.request("/api/verify/BKL-2222-3333-4444")).status).toBe(404);
    const calls = await countCalls(async () => {
      for (const bad of ["BKL-0000-1111-IIII", "x", "BKL-ABCD-EFGH"])
        expect((await server.request(`/api/verify/${bad}`)).status).toBe(400);
    });
    expect(calls).toBe(0);
  });
});

describe("the signed credential", () => {
  it("is an Open Badges 3.0 credential (ES256) that verifies with jose knowing only the public JWKS", async () => {
    const jwt = await credentialOf(code);
    const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(await jwksNow()), {
      algorithms: ["ES256"],
    });
    expect(protectedHeader.alg).toBe("ES256");
    expect(protectedHeader.kid).toMatch(new RegExp(`^${server.url}/api/keys/`));
    // biome-ignore lint/suspicious/noExplicitAny: the test walks the credential's JSON freely
    const vc = payload.vc as Record<string, any>;
    expect(vc["@context"].slice(0, 2)).toEqual([
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]);
    expect(vc.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(vc.issuer).toMatchObject({ type: ["Profile"], name: "Asosiasi UMKM Provinsi Bengkulu" });
    expect(vc.credentialSubject.type).toEqual(["AchievementSubject"]);
    expect(vc.credentialSubject.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(vc.credentialSubject.identifier).toEqual([
      { type: "IdentityObject", identityType: "name", hashed: false, identityHash: "Siti Nurhaliza" },
    ]);
    for (const piece of [
      learner.phone,
      learner.phone.slice(1),
      `+62${learner.phone.slice(1)}`,
      "sha256$",
      "salt",
    ])
      expect(JSON.stringify(payload)).not.toContain(piece);
    expect(vc.credentialSubject.achievement).toMatchObject({
      type: ["Achievement"],
      criteria: { narrative: expect.any(String) },
      image: { type: "Image", id: expect.stringContaining("/api/achievements/") },
    });
    expect(vc.credentialStatus).toEqual({
      id: `${server.url}/api/revocations`,
      type: "1EdTechRevocationList",
    });
    expect(vc.validFrom).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(payload).toMatchObject({
      iss: vc.issuer.id,
      jti: vc.id,
      sub: vc.credentialSubject.id,
      nbf: Date.parse(vc.validFrom) / 1000,
    });
    const issuer = await json(await server.request("/api/issuer"));
    expect(issuer).toMatchObject({
      id: vc.issuer.id,
      type: ["Profile"],
      name: "Asosiasi UMKM Provinsi Bengkulu",
    });
    expect((await json(await verifyPost(jwt))).valid).toBe(true);
  });

  it("gives a member the same pseudonymous subject id on every certificate", async () => {
    const first = decodeJwt(await credentialOf(code));
    const again = await Certificate.issueFor({
      userId: learner.id,
      courseId: seededCourse.id,
      completedAt: new Date().toISOString(),
    });
    expect(again?.subjectId).toBe(first.sub);
  });

  it("refuses any tampering: header, payload, signature, algorithm", async () => {
    const jwt = await credentialOf(code);
    const [header, payload, signature] = jwt.split(".") as [string, string, string];
    const claims = decodeJwt(jwt);
    const forged = {
      header: `${b64({ alg: "ES256", kid: "lain", typ: "JWT" })}.${payload}.${signature}`,
      payload: `${header}.${b64({ ...claims, vc: { ...(claims.vc as object), name: "Sertifikat palsu" } })}.${signature}`,
      signature: `${header}.${payload}.${signature.slice(0, -4)}AAAA`,
      none: `${b64({ alg: "none", typ: "JWT" })}.${payload}.`,
      hmac: await new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256", kid: decodeJwt(jwt).kid as string })
        .sign(new TextEncoder().encode("kunci-rahasia-yang-ditebak-123456")),
    };
    const expectedFailure: Record<keyof typeof forged, string> = {
      header: "key",
      payload: "signature",
      signature: "signature",
      none: "algorithm",
      hmac: "algorithm",
    };
    for (const [name, token] of Object.entries(forged) as [keyof typeof forged, string][]) {
      const result = await json(await verifyPost(token));
      expect({ name, valid: result.valid, failed: result.failed }).toEqual({
        name,
        valid: false,
        failed: expectedFailure[name],
      });
      await expect(
        jwtVerify(token, createLocalJWKSet(await jwksNow()), { algorithms: ["ES256", "EdDSA"] }),
      ).rejects.toThrow();
    }
  });

  it("says invalid, naming the key, for a credential signed with a key not in the JWKS", async () => {
    const { privateKey } = generateKeyPairSync("ed25519");
    const claims = decodeJwt(await credentialOf(code));
    const stranger = await new SignJWT(claims)
      .setProtectedHeader({ alg: "EdDSA", kid: "kunci-asing" })
      .sign(privateKey);
    expect(await json(await verifyPost(stranger))).toMatchObject({ valid: false, failed: "key" });
  });

  it("refuses a string that is not a JWT with 400 and a credential over 64 KB with 413", async () => {
    const notJwt = await verifyPost("ini bukan kredensial");
    expect(notJwt.status).toBe(400);
    expect((await json(notJwt)).error.code).toBe("credential_not_jwt");
    const huge = await verifyPost(`${"a".repeat(40_000)}.${"b".repeat(40_000)}.c`);
    expect(huge.status).toBe(413);
  });

  it("rotates keys: new certificates use the new key and old ones still verify", async () => {
    const before = await credentialOf(code);
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const previous = process.env.BERDAYA_SIGNING_KEY;
    process.env.BERDAYA_SIGNING_KEY = JSON.stringify({
      ...privateKey.export({ format: "jwk" }),
      kid: "rotasi-2",
    });
    Certificate.resetSigningKey();
    try {
      const next = await newLearner("Rahmat Hidayat");
      await completeSeededCourse(server, next.cookie, trainer);
      const newCode = (await json(await call(server, "GET", "/api/me/certificates", { cookie: next.cookie })))
        .items[0].code;
      const after = await credentialOf(newCode);
      expect(decodeJwt(after)).toBeTruthy();
      const kids = (await jwksNow()).keys.map((k: { kid: string }) => k.kid);
      expect(kids).toContain(`${server.url}/api/keys/rotasi-2`);
      expect(decodeProtectedHeader(after).kid).toBe(`${server.url}/api/keys/rotasi-2`);
      expect(kids.length).toBeGreaterThanOrEqual(2);
      expect((await json(await verifyPost(after))).valid).toBe(true);
      expect((await json(await verifyPost(before))).valid).toBe(true);
    } finally {
      process.env.BERDAYA_SIGNING_KEY = previous;
      Certificate.resetSigningKey();
    }
  });

  it("verifies offline with the CLI: exit 0 only when valid", async () => {
    const file = join(dir, "sertifikat.jwt");
    const jwks = join(dir, "jwks.json");
    writeFileSync(file, await credentialOf(code));
    writeFileSync(jwks, JSON.stringify(await jwksNow()));
    const run = (path: string) =>
      spawnSync(
        join("node_modules", ".bin", "berdaya"),
        ["verify", path, "--jwks", jwks, "--issuer", server.url, "--offline"],
        { encoding: "utf8" },
      );
    const ok = run(file);
    expect(ok.stdout).toMatch(/^VALID: Siti Nurhaliza/);
    expect(ok.stdout).toContain("revocation NOT checked");
    expect(ok.status).toBe(0);
    const tampered = join(dir, "palsu.jwt");
    const [h, p, s] = (await credentialOf(code)).split(".") as [string, string, string];
    writeFileSync(tampered, `${h}.${p}.${s.slice(0, -4)}AAAA`);
    const bad = run(tampered);
    expect(bad.stdout).toMatch(/^INVALID \(signature\): the signature/);
    expect(bad.status).toBe(1);
  });
});

describe("the PDF", () => {
  it("is one landscape page whose QR code decodes to the verify URL", async () => {
    const res = await server.request(`/api/certificates/${code}/pdf`);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeGreaterThan(height);
    const images = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(
        (o): o is PDFRawStream =>
          o instanceof PDFRawStream && o.dict.get(PDFName.of("Subtype")) === PDFName.of("Image"),
      );
    const qr = images[0] as PDFRawStream;
    const w = Number(qr.dict.get(PDFName.of("Width"))?.toString());
    const h = Number(qr.dict.get(PDFName.of("Height"))?.toString());
    const rgb = inflateSync(qr.contents);
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let i = 0; i < w * h; i++)
      rgba.set([rgb[i * 3] as number, rgb[i * 3 + 1] as number, rgb[i * 3 + 2] as number, 255], i * 4);
    expect(jsQR(rgba, w, h)?.data).toBe(
      `${(await json(await server.request(`/api/verify/${code}`))).verifyUrl}`,
    );
    expect(jsQR(rgba, w, h)?.data).toMatch(new RegExp(`/verify/${code}$`));
  });
});

describe("revocation", () => {
  it("shows on the verify API, the credential check and the status entry on the next request", async () => {
    const other = await newLearner("Yusuf Ramadhan");
    await completeSeededCourse(server, other.cookie, trainer);
    const theirs = (await json(await call(server, "GET", "/api/me/certificates", { cookie: other.cookie })))
      .items[0].code;
    const jwt = await credentialOf(theirs);
    expect(
      (
        await call(server, "POST", `/api/admin/certificates/${theirs}/revoke`, {
          cookie: trainer,
          body: { reason: "x" },
        })
      ).status,
    ).toBe(403);
    const revoked = await call(server, "POST", `/api/admin/certificates/${theirs}/revoke`, {
      cookie: admin,
      body: { reason: "Data peserta tidak benar" },
    });
    expect(revoked.status).toBe(200);
    expect(await json(await server.request(`/api/verify/${theirs}`))).toMatchObject({
      status: "revoked",
      revokeReason: "Data peserta tidak benar",
      revokedAt: expect.any(String),
    });
    expect(await json(await verifyPost(jwt))).toMatchObject({ valid: false, failed: "revocation" });
    expect(await json(await server.request(`/api/certificates/${theirs}/status`))).toMatchObject({
      revoked: true,
    });
    expect((await json(await server.request("/api/revocations"))).revokedCredential).toContainEqual({
      id: decodeJwt(jwt).jti,
      revoked: true,
      revocationReason: "Data peserta tidak benar",
    });
    const list = await json(
      await call(server, "GET", `/api/admin/certificates?q=${encodeURIComponent("yusuf")}`, {
        cookie: admin,
      }),
    );
    expect(list.items.map((c: { code: string }) => c.code)).toEqual([theirs]);
  });

  it("keeps a deleted member's certificate verifiable by code, without their name", async () => {
    const leaving = await newLearner("Dedi Kurniawan");
    await completeSeededCourse(server, leaving.cookie, trainer);
    const theirs = (await json(await call(server, "GET", "/api/me/certificates", { cookie: leaving.cookie })))
      .items[0].code;
    await call(server, "DELETE", "/api/me", {
      cookie: leaving.cookie,
      body: { password: "kopi-kepahiang-2026" },
    });
    const view = await json(await server.request(`/api/verify/${theirs}`));
    expect(view).toMatchObject({ status: "valid", holder: null });
    expect((await server.request(`/api/certificates/${theirs}/credential`)).status).toBe(404);
  });
});
