import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openapiJson, specFile } from "../../scripts/openapi";

describe("the built OpenAPI document", () => {
  it("is what the routes describe today (run `npm run openapi` after changing a route)", async () => {
    expect(JSON.parse(readFileSync(specFile, "utf8"))).toEqual(JSON.parse(await openapiJson()));
  });
});
