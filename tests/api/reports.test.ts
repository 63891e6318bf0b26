import * as Report from "@berdaya/core/report";
import * as Recount from "@berdaya/core/report/recount";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCalls } from "../support/faults";
import { publishShortCourse } from "../support/learning";
import { call, json, login, startTestServer, type TestServer } from "../support/local";
import { comparable } from "../support/reports";

let server: TestServer;
let admin: string;
let trainer: string;
let shortCourse: { id: string; lessonId: string };

const regencies = ["Kota Bengkulu", "Kepahiang", "Seluma", "Mukomuko"];
const sectors = ["kuliner", "kriya", "jasa"];

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

let seq = 0;
async function register(extra: Record<string, unknown> = {}) {
  const res = await call(server, "POST", "/api/auth/register", {
    body: {
      name: `Anggota ${++seq}`,
      phone: `08137700${String(seq).padStart(4, "0")}`,
      password: "kopi-kepahiang-2026",
      ...extra,
    },
    client: `198.51.100.${seq % 250}`,
  });
  expect(res.status).toBe(201);
  return {
    cookie: (res.headers.getSetCookie()[0] as string).split(";")[0] as string,
    id: (await json(res)).user.id as string,
  };
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server, "admin@berdaya.test");
  trainer = await login(server, "pelatih2@berdaya.test");
  shortCourse = await publishShortCourse(server, trainer, admin);
});
afterAll(() => server?.stop());

const summary = async () => json(await call(server, "GET", "/api/admin/reports/summary", { cookie: admin }));

describe("aggregates kept on write", () => {
  it("equal a recount from the source items after a random workload", async () => {
    const next = random(20261128);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)] as T;
    const members = [];
    for (let i = 0; i < 24; i++) {
      members.push(
        await register({
          ...(next() < 0.8 ? { regency: pick(regencies) } : {}),
          ...(next() < 0.7 ? { sector: pick(sectors) } : {}),
        }),
      );
    }
    const courses = [shortCourse.id, "berpikir-kreatif", "jualan-whatsapp-business"];
    for (const member of members) {
      for (const course of courses) {
        if (next() < 0.6)
          await call(server, "POST", `/api/courses/${course}/enroll`, { cookie: member.cookie });
      }
      if (next() < 0.5) {
        await call(server, "POST", `/api/courses/${shortCourse.id}/enroll`, { cookie: member.cookie });
        await call(
          server,
          "POST",
          `/api/courses/${shortCourse.id}/lessons/${shortCourse.lessonId}/complete`,
          { cookie: member.cookie },
        );
      }
      if (next() < 0.2)
        await call(server, "PATCH", "/api/me", {
          cookie: member.cookie,
          body: { regency: pick(regencies), sector: null },
        });
    }
    const certificates = (
      await json(await call(server, "GET", "/api/admin/certificates?limit=100", { cookie: admin }))
    ).items;
    for (const certificate of certificates.slice(0, 2)) {
      await call(server, "POST", `/api/admin/certificates/${certificate.code}/revoke`, {
        cookie: admin,
        body: { reason: "Uji laporan" },
      });
    }
    const applicant = members[0] as { cookie: string };
    const application = await json(
      await call(server, "POST", "/api/trainer-applications", {
        cookie: applicant.cookie,
        body: { motivation: "Saya ingin mengajar pembukuan warung di desa saya.", expertise: "Pembukuan" },
      }),
    );
    await call(server, "POST", `/api/admin/trainer-applications/${application.id}/approve`, {
      cookie: admin,
    });
    await call(server, "DELETE", "/api/me", {
      cookie: (members[1] as { cookie: string }).cookie,
      body: { password: "kopi-kepahiang-2026" },
    });

    const kept = await summary();
    expect(comparable(kept)).toEqual(comparable(Report.shape(await Recount.recount())));
    expect(kept.totals.members).toBe(5 + 2 + 24 - 1);
    expect(kept.totals.certificatesIssued).toBe(certificates.length);
    expect(kept.totals.certificatesRevoked).toBe(2);
    expect(kept.byRegency.map((r: { key: string }) => r.key)).toEqual(expect.arrayContaining(regencies));
    expect(kept.byCourse.find((r: { key: string }) => r.key === shortCourse.id)?.label).toBe(
      "Kas Harian Warung",
    );
  });

  it("rebuilds drifted counters from the source items", async () => {
    await Report.count("members", { regency: "Lebong", at: "2020-01-01T00:00:00Z" }, 7);
    expect((await summary()).totals).not.toEqual(Report.shape(await Recount.recount()).totals);
    await Recount.rebuild();
    expect(comparable(await summary())).toEqual(comparable(Report.shape(await Recount.recount())));
  });

  it("carries the top ten courses by enrollments, and lists every course a page at a time", async () => {
    // Course cells counted directly (as the requests count them), so there are more than ten.
    const at = new Date().toISOString();
    for (let i = 1; i <= 12; i++) {
      await Report.count("enrollments", { course: { id: `kursus-${i}`, title: `Kursus ${i}` }, at }, 100 + i);
    }
    // Published, never taken: no enrollment counted, still a course of the report.
    await Report.count("publishedCourses", { course: { id: "kursus-sepi", title: "Kursus Sepi" }, at });

    const top = await summary();
    expect(top.byCourse.map((r: { key: string }) => r.key)).toEqual(
      [12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((i) => `kursus-${i}`),
    );
    expect(top.byCourse[0]).toMatchObject({ label: "Kursus 12", enrollments: 112 });
    expect(top.moreCourses).toEqual(expect.any(String));

    const rows: Report.Row[] = [...top.byCourse];
    let cursor = top.moreCourses;
    while (cursor) {
      const res = await call(
        server,
        "GET",
        `/api/admin/reports/courses?limit=3&cursor=${encodeURIComponent(cursor)}`,
        {
          cookie: admin,
        },
      );
      expect(res.status).toBe(200);
      const page = await json(res);
      expect(page.items.length).toBeLessThanOrEqual(3);
      rows.push(...page.items);
      cursor = page.cursor;
    }
    // A page that reaches the last course says there is nothing after it.
    const rest = rows.length - top.byCourse.length;
    const lastPage = await json(
      await call(
        server,
        "GET",
        `/api/admin/reports/courses?limit=${rest}&cursor=${encodeURIComponent(top.moreCourses)}`,
        { cookie: admin },
      ),
    );
    expect(lastPage.items.map((r: Report.Row) => r.key)).toEqual(
      rows.slice(top.byCourse.length).map((r) => r.key),
    );
    expect(lastPage.cursor).toBeNull();
    const stored = (await Report.cellsStored()).filter((cell) => cell.dimension === "course");
    expect(rows.map((r) => r.key).sort()).toEqual(stored.map((cell) => cell.key).sort());
    expect(rows.map((r) => r.enrollments)).toEqual([...rows.map((r) => r.enrollments)].sort((a, b) => b - a));
    expect(rows.find((r) => r.key === "kursus-sepi")).toMatchObject({ enrollments: 0, publishedCourses: 1 });

    for (const query of ["cursor=bukan-kursor", "limit=0", "limit=101"]) {
      const res = await call(server, "GET", `/api/admin/reports/courses?${query}`, { cookie: admin });
      expect(res.status).toBe(400);
    }
    // The counted-only cells have no source items: a rebuild takes them out again.
    await Recount.rebuild();
    expect((await summary()).byCourse.some((r: { key: string }) => r.key.startsWith("kursus-"))).toBe(false);
  });

  it("answers the summary with a number of DynamoDB calls that does not grow with the data", async () => {
    const callsFor = () =>
      countCalls(async () => {
        expect((await call(server, "GET", "/api/admin/reports/summary", { cookie: admin })).status).toBe(200);
      });
    const before = await callsFor();
    for (let i = 0; i < 10; i++) {
      const member = await register({ regency: regencies[i % regencies.length] });
      await call(server, "POST", `/api/courses/${shortCourse.id}/enroll`, { cookie: member.cookie });
    }
    expect(await callsFor()).toBe(before);
    // The session, its member, the few places and months, the top courses.
    expect(before).toBeLessThanOrEqual(4);
  });
});

describe("CSV export", () => {
  it("exports members as UTF-8 with a BOM, a header row, local times and formula cells neutralised", async () => {
    await register({
      name: '=HYPERLINK("http://jahat.example","klik")',
      businessName: "+62 Kopi, Teh & Gula",
      regency: "Kaur",
    });
    const res = await call(server, "GET", "/api/admin/reports/export.csv?kind=members", { cookie: admin });
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the BOM, as Excel does.
    const lines = new TextDecoder().decode(bytes).trim().split("\r\n");
    expect(lines[0]).toBe(
      '"ID anggota","Nama","Nomor HP","Email","Peran","Nama usaha","Bidang usaha","Kabupaten/kota","Terdaftar"',
    );
    const total = (await summary()).totals;
    expect(lines.length - 1).toBe(total.members + 1);
    const evil = lines.find((l) => l.includes("HYPERLINK")) as string;
    expect(evil).toContain(`"'=HYPERLINK(""http://jahat.example"",""klik"")"`);
    expect(evil).toContain(`"'+62 Kopi, Teh & Gula"`);
    expect(evil).toMatch(/,"\d{4}-\d{2}-\d{2} \d{2}:\d{2} WIB"$/);
    expect(
      lines.some((l) => l.startsWith("=") || l.includes(",=") || l.includes(",+") || l.includes(",@")),
    ).toBe(false);
  });

  it("exports enrollments and certificates, and refuses an unknown kind", async () => {
    const enrollments = await (
      await call(server, "GET", "/api/admin/reports/export.csv?kind=enrollments", { cookie: admin })
    ).text();
    expect(enrollments.split("\r\n")[0]).toBe(
      '"ID anggota","Nama","ID kursus","Judul kursus","Kabupaten/kota","Bidang usaha","Status","Mulai","Selesai"',
    );
    expect(enrollments.trim().split("\r\n").length - 1).toBe((await summary()).totals.enrollments);
    const certificates = await (
      await call(server, "GET", "/api/admin/reports/export.csv?kind=certificates", { cookie: admin })
    ).text();
    expect(certificates.trim().split("\r\n").length - 1).toBe((await summary()).totals.certificatesIssued);
    expect(
      (await call(server, "GET", "/api/admin/reports/export.csv?kind=rahasia", { cookie: admin })).status,
    ).toBe(400);
  });
});

describe("members and the association's profile", () => {
  it("filters members by regency and sector and shows one member's enrollments and certificates", async () => {
    const member = await register({ regency: "Lebong", sector: "kriya" });
    await call(server, "POST", `/api/courses/${shortCourse.id}/enroll`, { cookie: member.cookie });
    await call(server, "POST", `/api/courses/${shortCourse.id}/lessons/${shortCourse.lessonId}/complete`, {
      cookie: member.cookie,
    });
    const filtered = await json(
      await call(server, "GET", "/api/admin/members?regency=Lebong&sector=kriya&limit=100", {
        cookie: admin,
      }),
    );
    expect(
      filtered.items.every(
        (m: { regency: string; sector: string }) => m.regency === "Lebong" && m.sector === "kriya",
      ),
    ).toBe(true);
    expect(filtered.items.map((m: { id: string }) => m.id)).toContain(member.id);
    const detail = await json(
      await call(server, "GET", `/api/admin/members/${member.id}`, { cookie: admin }),
    );
    expect(detail.enrollments).toMatchObject([
      { courseId: shortCourse.id, courseTitle: "Kas Harian Warung", status: "completed" },
    ]);
    expect(detail.certificates).toMatchObject([{ courseTitle: "Kas Harian Warung", status: "valid" }]);
  });

  it("lets admins edit the profile that certificates and the issuer Profile use, with clear 400s", async () => {
    const res = await call(server, "PATCH", "/api/admin/association", {
      cookie: admin,
      body: {
        signerName: "Drs. H. Bambang Irawan",
        signerTitle: "Ketua Umum",
        address: "Jl. Suprapto No. 9, Kota Bengkulu",
      },
    });
    expect(res.status).toBe(200);
    expect(await json(await server.request("/api/issuer"))).toMatchObject({
      address: { streetAddress: "Jl. Suprapto No. 9, Kota Bengkulu" },
    });
    expect(
      (
        await call(server, "PATCH", "/api/admin/association", {
          cookie: admin,
          body: { issuerUrl: "bukan url" },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call(server, "PATCH", "/api/admin/association", {
          cookie: trainer,
          body: { name: "Asosiasi Lain" },
        })
      ).status,
    ).toBe(403);
  });
});
