import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The shape of core, kept by a test: modules import each other without circles, and each entity is
 * read and written only by the domain that defines it (authoring being the course domain's editing side).
 */
const root = import.meta.dirname;
const domains = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const sourcesOf = (domain: string) =>
  readdirSync(join(root, domain))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => readFileSync(join(root, domain, file), "utf8"));

/** Folders that may use a domain's entities besides the domain itself. */
const sharedWith: Record<string, string[]> = {
  course: ["authoring", "seed"],
  association: ["seed"],
};

describe("core's architecture", () => {
  it("has no import circles between modules", () => {
    const modules = domains.flatMap((domain) =>
      readdirSync(join(root, domain))
        .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
        .map((file) => `${domain}/${file.slice(0, -3)}`),
    );
    const imports = new Map(
      modules.map((module) => {
        const [domain] = module.split("/") as [string];
        const source = readFileSync(join(root, `${module}.ts`), "utf8");
        // Type-only imports are erased before anything runs, so they cannot form a circle.
        const targets = [...source.matchAll(/^import (?!type )[^;]*? from "(\.\.?\/[\w\-/]+)"/gms)].map(
          (m) => {
            const path = m[1] as string;
            return path.startsWith("../") ? path.slice(3) : `${domain}/${path.slice(2)}`;
          },
        );
        return [module, targets];
      }),
    );
    const circles = new Set<string>();
    const done = new Set<string>();
    const visit = (module: string, path: string[]) => {
      if (path.includes(module)) {
        circles.add([...path.slice(path.indexOf(module)), module].join(" → "));
        return;
      }
      if (done.has(module)) return;
      for (const next of imports.get(module) ?? []) visit(next, [...path, module]);
      done.add(module);
    };
    for (const module of modules) visit(module, []);
    expect([...circles]).toEqual([]);
  });

  it("lets only the owning domain touch an entity", () => {
    const owner = new Map<string, string>();
    for (const domain of domains) {
      for (const source of sourcesOf(domain))
        for (const m of source.matchAll(/export const (\w+) = new Entity\(/g))
          owner.set(m[1] as string, domain);
    }
    expect(owner.size).toBeGreaterThan(20);
    const trespasses = domains.flatMap((domain) =>
      sourcesOf(domain).flatMap((source) =>
        [
          ...[...source.matchAll(/service\.entities\.(\w+)/g)].map((m) => m[1] as string),
          ...[...source.matchAll(/const \{([^}]+)\} = service\.entities/g)].flatMap((m) =>
            (m[1] as string).split(",").map((name) => name.trim()),
          ),
        ]
          .filter((entity) => {
            const home = owner.get(entity) as string;
            return home !== domain && !(sharedWith[home] ?? []).includes(domain);
          })
          .map((entity) => `${domain} uses ${entity} (${owner.get(entity)})`),
      ),
    );
    expect([...new Set(trespasses)]).toEqual([]);
  });
});
