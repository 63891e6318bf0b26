// Fills a local data folder with a province's worth of data, for the bench and the scale checks:
//   npm run generate -- --members 10000 --courses 200 --enrollments 100000 [--data-dir .data] [--batch 2]
// Run it again with a new --batch to add more on top (ids, phones and courses then do not collide).
// Writes straight to the table in batches (members get the password "berdaya-demo"), adds
// certificates for completed enrollments, then recounts the report counters from what it wrote.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import * as Db from "@berdaya/core/db";
import { newId } from "@berdaya/core/id";
import { association, regencies, sectors } from "@berdaya/core/reference";
import * as Recount from "@berdaya/core/report/recount";
import { demoPassword } from "@berdaya/core/seed";
import * as User from "@berdaya/core/user";
import { startStores } from "../packages/api/src/local/server";

const { values } = parseArgs({
  options: {
    members: { type: "string", default: "1000" },
    courses: { type: "string", default: "20" },
    enrollments: { type: "string", default: "5000" },
    "data-dir": { type: "string", default: process.env.BERDAYA_DATA_DIR ?? ".data" },
    batch: { type: "string", default: "1" },
  },
});
const batch = Number(values.batch);
const members = Number(values.members);
const courseCount = Number(values.courses);
const enrollmentCount = Math.min(Number(values.enrollments), members * courseCount);

let seed = 42 + batch;
const random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
const year = Date.parse("2026-01-01T00:00:00Z");
const someDay = () =>
  new Date(year + Math.floor(random() * 320) * 86_400_000 + Math.floor(random() * 86_400_000)).toISOString();

/** Puts items 25 at a time, a few batches in flight, until DynamoDB has taken every one. */
async function putAll<T>(put: (items: T[]) => { go(): Promise<{ unprocessed: unknown[] }> }, items: T[]) {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  for (let i = 0; i < batches.length; i += 8) {
    await Promise.all(
      batches.slice(i, i + 8).map(async (batch) => {
        const { unprocessed } = await put(batch).go();
        if (unprocessed.length) throw new Error(`${unprocessed.length} items were not written`);
      }),
    );
  }
}

const stores = await startStores(resolve(values["data-dir"]));
try {
  const started = Date.now();
  const { entities } = Db.service;
  const passwordHash = await User.hashPassword(demoPassword);
  const users = Array.from({ length: members }, (_, i) => {
    const createdAt = someDay();
    const name = `Anggota Uji ${batch}-${i + 1}`;
    return {
      userId: newId(),
      name,
      searchName: User.foldText(name),
      phone: `+6285${String(batch).padStart(2, "0")}${String(1_000_000 + i).padStart(7, "0")}`,
      role: "learner" as const,
      passwordHash,
      regency: pick(regencies),
      sector: pick(sectors),
      createdAt,
      updatedAt: createdAt,
    };
  });
  await putAll((batch) => entities.User.put(batch), users);
  await putAll(
    (batch) => entities.Identity.put(batch),
    users.map((u) => ({ identifier: u.phone, userId: u.userId, createdAt: u.createdAt })),
  );
  console.log(`${members} anggota (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const courses = Array.from({ length: courseCount }, (_, i) => ({
    courseId: `kursus-uji-${batch}-${i + 1}`,
    title: `Kursus Uji ${batch}-${i + 1}`,
  }));
  for (const course of courses) {
    const key = { courseId: course.courseId, version: 1 };
    const createdAt = someDay();
    const lessons = [1, 2, 3, 4].map((n) => ({
      ...key,
      lessonId: `l${n}`,
      moduleId: n <= 2 ? "m1" : "m2",
      title: `Pelajaran ${n}`,
      kind: "text" as const,
      durationMinutes: 10,
      position: n,
      required: true,
      mustBeAccepted: false,
    }));
    await entities.CourseVersion.put({
      ...key,
      title: course.title,
      summary: "Kursus untuk uji skala.",
      description: "Uji skala.",
      category: pick(["kreativitas", "inovasi", "pemasaran", "keuangan"]),
      level: "pemula",
      language: "id",
      certificateApproval: false,
      updatedAt: createdAt,
    }).go();
    await entities.Module.put([
      { ...key, moduleId: "m1", title: "Modul 1", summary: "", position: 0 },
      { ...key, moduleId: "m2", title: "Modul 2", summary: "", position: 1 },
    ]).go();
    await entities.Lesson.put(lessons).go();
    await entities.LessonContent.put(
      lessons.map((l) => ({
        ...key,
        lessonId: l.lessonId,
        content: { kind: "text", body: `Isi ${l.title}.` },
      })),
    ).go();
    await entities.Course.put({
      courseId: course.courseId,
      trainerId: "pelatih1-demo",
      trainerName: "Dewi Anggraini",
      status: "published",
      liveVersion: 1,
      title: course.title,
      summary: "Kursus untuk uji skala.",
      category: "inovasi",
      level: "pemula",
      language: "id",
      searchText: User.foldText(`${course.title} kursus untuk uji skala`),
      durationMinutes: 40,
      moduleCount: 2,
      lessonCount: 4,
      requiredLessons: lessons.map((l) => l.lessonId),
      learnerCount: 0,
      certificateApproval: false,
      publishedAt: createdAt,
      createdAt,
      updatedAt: createdAt,
    }).go();
  }
  console.log(`${courseCount} kursus (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const pairs = new Set<string>();
  while (pairs.size < enrollmentCount)
    pairs.add(`${Math.floor(random() * members)}:${Math.floor(random() * courseCount)}`);
  const enrollments = [...pairs].map((pair) => {
    const [u, c] = pair.split(":").map(Number) as [number, number];
    const user = users[u] as (typeof users)[number];
    const course = courses[c] as (typeof courses)[number];
    const enrolledAt = someDay();
    const completed = random() < 0.4;
    return {
      user,
      course,
      enrolledAt,
      completed,
      completedAt: completed ? new Date(Date.parse(enrolledAt) + 86_400_000).toISOString() : undefined,
    };
  });
  await putAll(
    (batch) => entities.Enrollment.put(batch),
    enrollments.map((e) => ({
      userId: e.user.userId,
      courseId: e.course.courseId,
      learnerName: e.user.name,
      regency: e.user.regency,
      sector: e.user.sector,
      status: e.completed ? ("completed" as const) : ("active" as const),
      completedLessons: e.completed ? ["l1", "l2", "l3", "l4"] : ["l1"],
      enrolledAt: e.enrolledAt,
      updatedAt: e.enrolledAt,
      ...(e.completedAt ? { completedAt: e.completedAt } : {}),
    })),
  );
  const certified = enrollments.filter((e) => e.completed);
  const codes = certified.map(() =>
    `GEN-${newId().slice(0, 4).toUpperCase()}-${newId().slice(0, 4).toUpperCase()}-${newId().slice(0, 4).toUpperCase()}`.replace(
      /[01IL O]/g,
      "X",
    ),
  );
  await putAll(
    (batch) => entities.Certificate.put(batch),
    certified.map((e, i) => ({
      code: codes[i] as string,
      userId: e.user.userId,
      courseId: e.course.courseId,
      holderName: e.user.name,
      regency: e.user.regency,
      sector: e.user.sector,
      courseTitle: e.course.title,
      courseSummary: "Kursus untuk uji skala.",
      trainerName: "Dewi Anggraini",
      // What issuance keeps of the association's profile (as the local server's demo has it).
      issuerName: association.name,
      issuerUrl: "http://localhost:3000",
      signerName: association.signerName,
      signerTitle: association.signerTitle,
      status: "valid" as const,
      issuedAt: e.completedAt as string,
      searchText: User.foldText(`${codes[i]} ${e.user.name} ${e.course.title}`),
    })),
  );
  await putAll(
    (batch) => entities.CertificateClaim.put(batch),
    certified.map((e, i) => ({
      userId: e.user.userId,
      courseId: e.course.courseId,
      code: codes[i] as string,
    })),
  );
  console.log(
    `${enrollments.length} pendaftaran, ${certified.length} sertifikat (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  const { totals } = await Recount.rebuild();
  console.log(
    `laporan dihitung ulang: ${JSON.stringify(totals)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (codes[0]) console.log(`contoh kode: ${codes[0]}`);
} finally {
  await stores.close();
}
