import type * as v from "valibot";
import { type Document, isNode, LineCounter, parseDocument } from "yaml";
import type { Problem } from "./problem";

export type Path = (string | number)[];

export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  value: unknown;
}

/** Parses one YAML file, or returns a "yaml_syntax" problem per error, each with its line. */
export function parseYaml(file: string, text: string): { yaml: ParsedYaml } | { problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lines.linePos(error.pos[0]).line,
        message: "yaml_syntax",
        params: { reason: error.code.toLowerCase() },
      })),
    };
  }
  try {
    return { yaml: { doc, lines, value: doc.toJS({ maxAliasCount: 100 }) } };
  } catch {
    return { problems: [{ file, message: "yaml_syntax", params: { reason: "too_many_aliases" } }] };
  }
}

/** The line of the node at `path`, or of its nearest ancestor that exists (a missing key points at its map). */
export function lineOf(yaml: ParsedYaml, path: Path): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? yaml.doc.contents : yaml.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return yaml.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

export const fieldOf = (path: Path) => path.join(".");

type Issue = v.BaseIssue<unknown>;

export const issuePath = (issue: Issue): Path =>
  (issue.path ?? [])
    .map((item) => item.key)
    .filter((key): key is string | number => {
      return typeof key === "string" || typeof key === "number";
    });

/**
 * A stable reason code for a valibot issue. Messages that already are codes (the custom messages in the
 * schemas, like "no_correct_answer") pass through; valibot's own English sentences become codes here.
 */
export function reasonOf(issue: Issue): { reason: string; limit?: number } {
  if (/^[a-z_]+$/.test(issue.message)) return { reason: issue.message };
  const limit = typeof issue.requirement === "number" ? { limit: issue.requirement } : {};
  switch (issue.type) {
    case "strict_object":
    case "object":
      if (issue.expected === "never") return { reason: "unknown_field" };
      return { reason: issue.input === undefined ? "required" : "wrong_type" };
    case "min_length":
      return { reason: "too_short", ...limit };
    case "max_length":
      return { reason: "too_long", ...limit };
    case "min_value":
      return { reason: "too_small", ...limit };
    case "max_value":
      return { reason: "too_large", ...limit };
    case "integer":
      return { reason: "not_integer" };
    case "regex":
      return { reason: "invalid_format" };
    case "literal":
    case "picklist":
      return { reason: issue.input === undefined ? "required" : "invalid_value" };
    case "variant":
      if (issue.input === undefined) return { reason: "required" };
      return { reason: issue.expected === "Object" ? "wrong_type" : "invalid_value" };
    default:
      return { reason: "wrong_type" };
  }
}
