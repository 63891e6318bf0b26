import { sValidator } from "@hono/standard-validator";
import type { MiddlewareHandler, ValidationTargets } from "hono";
import type { BaseIssue, GenericSchema, GenericSchemaAsync } from "valibot";
import { langOf } from "./context";
import { errorBody, validationMessage, validationProblems } from "./errors";

/**
 * What a route says about itself for /api/openapi.json. Only the build script (scripts/openapi.ts)
 * reads it, so no schema-to-JSON library is loaded when the API runs (docs/decisions/0015).
 */
export const routeDoc = Symbol("routeDoc");

export type Access = "public" | "member" | "trainer" | "admin";

export type RouteDoc =
  | { target: keyof ValidationTargets; schema: GenericSchema | GenericSchemaAsync }
  | {
      tag: string;
      summary: string;
      access: Access;
      ok?: RouteAnswer;
    };

/** A route's successful answer, for its OpenAPI entry. */
export interface RouteAnswer {
  status?: number;
  schema?: GenericSchema;
  /** A non-JSON answer's media type (a PDF, a VC-JWT, a PNG, a CSV). */
  type?: string;
  description?: string;
}

/**
 * Validates one part of the request with a valibot schema, which also documents it in
 * /api/openapi.json, so the checks and the contract come from the same schema. Failures answer 400
 * in the error shape.
 */
export function validate<T extends keyof ValidationTargets, S extends GenericSchema | GenericSchemaAsync>(
  target: T,
  schema: S,
) {
  const middleware = sValidator(target, schema, (result, c) => {
    if (!result.success) {
      const lang = langOf(c.req.header("accept-language"));
      const issues = result.error as unknown as BaseIssue<unknown>[];
      const body = errorBody("invalid_input", validationMessage(lang, issues));
      return c.json({ error: { ...body.error, details: validationProblems(lang, issues) } }, 400);
    }
  });
  return Object.assign(middleware, { [routeDoc]: { target, schema } satisfies RouteDoc });
}

/**
 * A route's OpenAPI entry: summary, tag, who may call it, and its successful answer: JSON described by
 * the same valibot schema the core function returns (its declared type), or a file of another `type`.
 * Answers without a body (204, redirects) name only their status.
 */
export function doc(tag: string, summary: string, access: Access, ok?: RouteAnswer): MiddlewareHandler {
  const middleware: MiddlewareHandler = async (_c, next) => {
    await next();
  };
  return Object.assign(middleware, { [routeDoc]: { tag, summary, access, ok } satisfies RouteDoc });
}
