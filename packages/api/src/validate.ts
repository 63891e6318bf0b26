import type { ValidationTargets } from "hono";
import { describeRoute, resolver, validator } from "hono-openapi";
import type { BaseIssue, GenericSchema } from "valibot";
import { langOf } from "./context";
import { errorBody, validationMessage, validationProblems } from "./errors";

/**
 * Validates one part of the request with a valibot schema and documents it in /api/openapi.json,
 * so the checks and the contract come from the same schema. Failures answer 400 in the error shape.
 */
export function validate<T extends keyof ValidationTargets, S extends GenericSchema>(target: T, schema: S) {
  return validator(target, schema, (result, c) => {
    if (!result.success) {
      const lang = langOf(c.req.header("accept-language"));
      const issues = result.error as unknown as BaseIssue<unknown>[];
      const body = errorBody("invalid_input", validationMessage(lang, issues));
      return c.json({ error: { ...body.error, details: validationProblems(lang, issues) } }, 400);
    }
  });
}

/**
 * A route's OpenAPI entry: summary, tag, who may call it, and its successful answer: JSON described by
 * the same valibot schema the core function returns (its declared type), or a file of another `type`.
 * Answers without a body (204, redirects) name only their status.
 */
export function doc(
  tag: string,
  summary: string,
  access: "public" | "member" | "trainer" | "admin",
  ok?: { status?: number; schema?: GenericSchema; type?: string; description?: string },
) {
  const type = ok?.type ?? "application/json";
  const body = ok?.schema ? resolver(ok.schema) : { type: "string" as const, format: "binary" };
  return describeRoute({
    tags: [tag],
    summary,
    description: `Access: ${access}.`,
    ...(access === "public" ? {} : { security: [{ session: [] }] }),
    responses: {
      [ok?.status ?? 200]: {
        description: ok?.description ?? "OK",
        ...(ok?.schema || ok?.type ? { content: { [type]: { schema: body } } } : {}),
      },
    },
  });
}
