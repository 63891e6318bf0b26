// npm run openapi — writes packages/api/src/openapi.json, the HTTP contract served at /api/openapi.json.
// The routes describe themselves with doc() and validate() (packages/api/src/validate.ts); here, at
// build time, hono-openapi turns those valibot schemas into OpenAPI, so no schema-to-JSON library is
// loaded when the API runs (docs/decisions/0015). tests/api/openapi.test.ts fails when the file is stale.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { findTargetHandler } from "hono/utils/handler";
import { generateSpecs, resolver, uniqueSymbol } from "hono-openapi";
import { api } from "../packages/api/src/app";
import { type RouteDoc, routeDoc } from "../packages/api/src/validate";

export const specFile = join(import.meta.dirname, "../packages/api/src/openapi.json");

const documentation = {
  info: {
    title: "Berdaya API",
    version: "1.0.0",
    description:
      'The HTTP contract of Berdaya. Errors always have the shape {"error": {"code", "message"}}; ' +
      "lists take ?cursor= and ?limit= (at most 100).",
  },
  servers: [{ url: "/api" }],
};

/** What hono-openapi's describeRoute() or validator() would have attached for this route's own doc. */
function openapiOf(described: RouteDoc) {
  if ("target" in described) return { target: described.target, ...resolver(described.schema) };
  const { tag, summary, access, ok } = described;
  return {
    spec: {
      tags: [tag],
      summary,
      description: `Access: ${access}.`,
      ...(access === "public" ? {} : { security: [{ session: [] }] }),
      responses: {
        [ok?.status ?? 200]: {
          description: ok?.description ?? "OK",
          ...(ok?.schema || ok?.type
            ? {
                content: {
                  [ok.type ?? "application/json"]: {
                    schema: ok.schema ? resolver(ok.schema) : { type: "string", format: "binary" },
                  },
                },
              }
            : {}),
        },
      },
    },
  };
}

/** The OpenAPI document of the whole API, as JSON text. */
export async function openapiJson(): Promise<string> {
  for (const route of api.routes) {
    const handler = findTargetHandler(route.handler) as unknown as Record<symbol, unknown>;
    const described = handler[routeDoc] as RouteDoc | undefined;
    if (described) handler[uniqueSymbol] = openapiOf(described);
  }
  // export.csv is an API route, not a static file: keep paths with a dot in the spec.
  const spec = await generateSpecs(api, { documentation, excludeStaticFile: false });
  return `${JSON.stringify(spec, null, 2)}\n`;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(specFile, await openapiJson());
  console.log(`wrote ${specFile}`);
}
