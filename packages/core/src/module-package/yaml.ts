import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type * as v from "valibot";
import * as yamlModule from "yaml";
import type { Problem } from "./problem";

export type Path = (string | number)[];

/** A YAML file's value and the line of each node, by its dotted path ("questions.2.correct"). */
export interface ParsedYaml {
  value: unknown;
  lines: Record<string, number>;
}

interface PlainYaml {
  errors: { line?: number; code: string }[];
  value?: unknown;
  lines: Record<string, number>;
}

/**
 * Parses YAML into plain data (value, node lines, errors). Self-contained, with no outer names:
 * it also runs in the parsing worker, sent there as source text.
 */
function plainParse(yaml: typeof yamlModule, text: string, maxAliasCount: number): PlainYaml {
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) => ({
        line: lineCounter.linePos(error.pos[0]).line,
        code: error.code.toLowerCase(),
      })),
      lines: {},
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch {
    return { errors: [{ code: "too_many_aliases" }], lines: {} };
  }
  const lines: Record<string, number> = {};
  const stack: [unknown, string][] = [[doc.contents, ""]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, string];
    if (!yaml.isNode(node)) continue;
    if (node.range) lines[path] = lineCounter.linePos(node.range[0]).line;
    if (yaml.isMap(node)) {
      for (const pair of node.items) {
        const key = yaml.isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        stack.push([pair.value, path ? `${path}.${key}` : key]);
      }
    } else if (yaml.isSeq(node)) {
      node.items.forEach((item, index) => {
        stack.push([item, path ? `${path}.${index}` : String(index)]);
      });
    }
  }
  return { errors: [], value, lines };
}

const maxAliasCount = 100;

function toResult(file: string, plain: PlainYaml): { yaml: ParsedYaml } | { problems: Problem[] } {
  if (plain.errors.length > 0) {
    return {
      problems: plain.errors.map((error) => ({
        file,
        ...(error.line === undefined ? {} : { line: error.line }),
        message: "yaml_syntax",
        params: { reason: error.code },
      })),
    };
  }
  return { yaml: { value: plain.value, lines: plain.lines } };
}

/** Parses one YAML file here and now, or returns a "yaml_syntax" problem per error, each with its line. */
export function parseYaml(file: string, text: string): { yaml: ParsedYaml } | { problems: Problem[] } {
  return toResult(file, plainParse(yamlModule, text, maxAliasCount));
}

/** How long one file may take in the parsing worker before it is refused (and the worker replaced). */
export const parseTimeLimitMs = 3_000;

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (result: PlainYaml | "failed") => void>();

/**
 * One worker thread parses package YAML off the event loop. Where the yaml package cannot be found
 * as a file (a bundled Lambda, which serves one request at a time anyway), parsing stays inline.
 */
function parser(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const yamlPath = createRequire(import.meta.url).resolve("yaml");
    const source = [
      "var __name = (f) => f;",
      'const { parentPort, workerData } = require("node:worker_threads");',
      "const yaml = require(workerData.yamlPath);",
      `const plainParse = ${plainParse.toString()};`,
      'parentPort.on("message", ({ id, text, maxAliasCount }) => {',
      "  parentPort.postMessage({ id, result: plainParse(yaml, text, maxAliasCount) });",
      "});",
    ].join("\n");
    const started = new Worker(source, {
      eval: true,
      workerData: { yamlPath },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    started.unref();
    started.on("message", ({ id, result }: { id: number; result: PlainYaml }) => {
      waiting.get(id)?.(result);
    });
    const fail = () => {
      if (worker === started) worker = undefined;
      for (const resolve of waiting.values()) resolve("failed");
    };
    started.on("error", fail);
    started.on("exit", fail);
    worker = started;
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Parses one YAML file in the worker with a time limit, so a file that is slow to parse never holds
 * up the server's other requests (ADR 0012). A file over the limit is refused as too complex.
 */
export async function parseYamlOffThread(
  file: string,
  text: string,
): Promise<{ yaml: ParsedYaml } | { problems: Problem[] }> {
  const thread = parser();
  if (!thread) return parseYaml(file, text);
  const id = ++nextId;
  const result = await new Promise<PlainYaml | "failed">((resolve) => {
    const timer = setTimeout(() => {
      if (!waiting.has(id)) return;
      waiting.delete(id);
      resolve("failed");
      if (worker === thread) worker = undefined;
      void thread.terminate();
    }, parseTimeLimitMs);
    waiting.set(id, (outcome) => {
      clearTimeout(timer);
      waiting.delete(id);
      resolve(outcome);
    });
    thread.postMessage({ id, text, maxAliasCount });
  });
  if (result === "failed") {
    return { problems: [{ file, message: "too_complex", params: { seconds: parseTimeLimitMs / 1000 } }] };
  }
  return toResult(file, result);
}

/** The line of the node at `path`, or of its nearest ancestor that exists (a missing key points at its map). */
export function lineOf(yaml: ParsedYaml, path: Path): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = yaml.lines[path.slice(0, n).join(".")];
    if (line !== undefined) return line;
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
