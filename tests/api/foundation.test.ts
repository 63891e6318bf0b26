import * as Db from "@berdaya/core/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCalls } from "../support/faults";
import { json, startTestServer, type TestServer } from "../support/local";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const expectErrorShape = async (res: Response, status: number) => {
  expect(res.status).toBe(status);
  const body = await json(res);
  const { details, ...error } = body.error;
  expect(error).toEqual({ code: expect.any(String), message: expect.any(String) });
  if (details) expect(status).toBe(400);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|Error:/);
  return body.error as { code: string; message: string };
};

describe("health and errors", () => {
  it("answers the health check", async () => {
    const res = await server.request("/api/health");
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ ok: true });
  });

  it("answers unknown API routes with 404 in the error shape, in Bahasa Indonesia by default", async () => {
    const error = await expectErrorShape(await server.request("/api/nope"), 404);
    expect(error.message).toBe("Alamat ini tidak ditemukan.");
    const en = await expectErrorShape(
      await server.request("/api/nope", { headers: { "accept-language": "en-US,en;q=0.9" } }),
      404,
    );
    expect(en.message).toBe("This address does not exist.");
  });

  it("sets secure headers", async () => {
    const res = await server.request("/api/health");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("strict-transport-security")).toContain("max-age");
  });

  it("refuses a body over the limit with 413", async () => {
    const res = await server.request("/api/courses", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "x".repeat(200_000) }),
    });
    await expectErrorShape(res, 413);
  });

  it("refuses a body that is not JSON with 415", async () => {
    const res = await server.request("/api/courses", {
      method: "POST",
      headers: { "content-type": "text/plain", "sec-fetch-site": "same-origin" },
      body: "hello",
    });
    await expectErrorShape(res, 415);
  });
});

describe("catalog", () => {
  it("lists the seeded published courses in Bahasa Indonesia", async () => {
    const res = await server.request("/api/courses");
    expect(res.status).toBe(200);
    const page = await json(res);
    expect(page.items.length).toBeGreaterThanOrEqual(5);
    const ids = page.items.map((c: { id: string }) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "berpikir-kreatif",
        "inovasi-produk-scamper",
        "business-model-canvas",
        "jualan-whatsapp-business",
        "bpjs-ketenagakerjaan-pekerja-mandiri",
      ]),
    );
    for (const course of page.items) {
      expect(course.moduleCount).toBeGreaterThanOrEqual(2);
      expect(course.lessonCount).toBeGreaterThan(course.moduleCount);
      expect(course.durationMinutes).toBeGreaterThan(0);
      expect(course.trainer.name).toBeTruthy();
    }
  });

  it("pages with cursor and limit, visiting every course once", async () => {
    const all = (await json(await server.request("/api/courses?limit=100"))).items.map(
      (c: { id: string }) => c.id,
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const page = await json(await server.request(`/api/courses?limit=2${query}`));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c: { id: string }) => c.id));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it("filters by category and level", async () => {
    const page = await json(await server.request("/api/courses?category=inovasi"));
    expect(page.items.length).toBeGreaterThanOrEqual(2);
    expect(page.items.every((c: { category: string }) => c.category === "inovasi")).toBe(true);
    const beginners = await json(await server.request("/api/courses?level=pemula"));
    expect(beginners.items.every((c: { level: string }) => c.level === "pemula")).toBe(true);
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=abc", "limit"],
    ["category=sulap", "category"],
  ])("refuses ?%s with 400 naming the field", async (query, field) => {
    const res = await server.request(`/api/courses?${query}`);
    const body = await json(res.clone());
    await expectErrorShape(res, 400);
    expect(body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    // Worded for people: no keys or codes in the sentence.
    expect(body.error.message).not.toMatch(/'|_|\(/);
  });

  it("refuses a forged cursor with 400", async () => {
    const forged = Buffer.from(JSON.stringify({ pk: "x", sk: "y" })).toString("base64url");
    await expectErrorShape(await server.request(`/api/courses?cursor=${forged}`), 400);
    await expectErrorShape(await server.request("/api/courses?cursor=%%%not-a-cursor"), 400);
  });
});

describe("course page", () => {
  it("returns a course with its modules and lesson outlines in order, in at most 2 DynamoDB calls, without lesson bodies or answer keys", async () => {
    let body = "";
    const calls = await countCalls(async () => {
      const res = await server.request("/api/courses/inovasi-produk-scamper");
      expect(res.status).toBe(200);
      body = await res.text();
    });
    expect(calls).toBeLessThanOrEqual(2);
    const course = JSON.parse(body);
    expect(course.title).toMatch(/SCAMPER/);
    expect(course.description.length).toBeGreaterThan(100);
    expect(course.modules.length).toBe(course.moduleCount);
    const lessons = course.modules.flatMap((m: { lessons: unknown[] }) => m.lessons);
    expect(lessons.length).toBe(course.lessonCount);
    expect(lessons.map((l: { kind: string }) => l.kind)).toEqual(
      expect.arrayContaining(["text", "quiz", "worksheet"]),
    );
    expect(body).not.toMatch(/"(correct|accepted|questions|body|fields)"/);
  });

  it("answers an unknown course with 404", async () => {
    const error = await expectErrorShape(await server.request("/api/courses/tidak-ada"), 404);
    expect(error.code).toBe("course_not_found");
  });

  it("answers a malformed course id with 400 without touching storage", async () => {
    const calls = await countCalls(async () => {
      const res = await server.request("/api/courses/BAD%20ID!");
      const body = await json(res.clone());
      await expectErrorShape(res, 400);
      expect(body.error.details[0].field).toBe("courseId");
    });
    expect(calls).toBe(0);
  });
});

describe("storage outage", () => {
  it("answers 503 with Retry-After when DynamoDB is unreachable", async () => {
    const config = Db.currentConfig();
    Db.configure({ ...config, endpoint: "http://127.0.0.1:9" });
    try {
      const res = await server.request("/api/courses");
      const error = await expectErrorShape(res, 503);
      expect(error.code).toBe("storage_unavailable");
      expect(res.headers.get("retry-after")).toBe("2");
    } finally {
      Db.configure(config);
    }
  });
});

describe("OpenAPI", () => {
  it("documents the routes from the same valibot schemas", async () => {
    const spec = await json(await server.request("/api/openapi.json"));
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(["/health", "/courses", "/courses/{courseId}"]),
    );
    const params = spec.paths["/courses"].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(["cursor", "limit", "category", "level"]));
    const docs = await server.request("/api/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("/api/courses/{courseId}");
  });

  it("describes every operation's successful answer, and no part of a JSON answer as unknown", async () => {
    const spec = await json(await server.request("/api/openapi.json"));
    const problems: string[] = [];
    // An empty schema ({}) or a loose object accepts anything: the answer's shape is not described.
    const unknownParts = (schema: unknown, at: string): string[] => {
      if (Array.isArray(schema)) return schema.flatMap((item, i) => unknownParts(item, `${at}[${i}]`));
      if (typeof schema !== "object" || schema === null) return [];
      const node = schema as Record<string, unknown>;
      const own =
        Object.keys(node).length === 0 || node.additionalProperties === true ? [at || "(root)"] : [];
      return [
        ...own,
        ...Object.entries(node).flatMap(([key, value]) =>
          key === "enum" || key === "const" || key === "required" ? [] : unknownParts(value, `${at}/${key}`),
        ),
      ];
    };
    let operations = 0;
    for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) {
      for (const [method, op] of Object.entries(item)) {
        operations++;
        const name = `${method.toUpperCase()} ${path}`;
        const responses = (
          op as { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }
        ).responses;
        const success = Object.entries(responses ?? {}).filter(([status]) => /^[23]\d\d$/.test(status));
        if (success.length === 0) problems.push(`${name}: no successful answer`);
        for (const [status, response] of success) {
          const bodiless = status === "204" || status.startsWith("3");
          if (bodiless) continue;
          const content = Object.entries(response.content ?? {});
          if (content.length === 0) problems.push(`${name} ${status}: no body described`);
          for (const [type, media] of content) {
            if (!media.schema) problems.push(`${name} ${status} ${type}: no schema`);
            if (/json/.test(type))
              for (const part of unknownParts(media.schema, ""))
                problems.push(`${name} ${status}: ${part} is unknown`);
          }
        }
      }
    }
    expect(operations).toBeGreaterThan(60);
    expect(problems).toEqual([]);
  });
});
