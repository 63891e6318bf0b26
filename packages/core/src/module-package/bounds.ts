import type { Problem } from "./problem";

/**
 * How much structure a text file in a package may have before any parser sees it (ADR 0012). Each
 * check is one linear pass over the text, so a hostile file costs milliseconds to refuse; within
 * these bounds the YAML parser and the image scan stay well under a fraction of a second per file.
 */
export const textBounds = {
  /** module.yaml: 50 lessons fit in a few KB. */
  manifestBytes: 64 * 1024,
  /** A quiz file: 200 questions with long options. */
  quizBytes: 128 * 1024,
  /** A Markdown file: a text lesson's body is at most 100,000 characters. */
  markdownBytes: 256 * 1024,
  /** Nesting of YAML collections (block indentation, compact "- -" and flow brackets together). */
  yamlDepth: 24,
  /** YAML nodes, roughly: keys, list items and flow entries. */
  yamlNodes: 5_000,
  yamlAliases: 100,
  /** Markdown nesting of blockquotes and lists, which renderers walk recursively. */
  markdownDepth: 16,
  markdownImages: 500,
} as const;

const problemOf = (
  file: string,
  message: Problem["message"],
  params: Record<string, number>,
  line?: number,
): Problem => ({ file, ...(line === undefined ? {} : { line }), message, params });

/**
 * Checks a YAML file's size, nesting depth, node count and alias count without parsing it. The scan
 * knows just enough YAML to be fair to real files: quoted scalars and comments are skipped, and the
 * lines of a block scalar (| or >) are text, not structure.
 */
export function checkYamlBounds(file: string, text: string, maxBytes: number): Problem | undefined {
  const bytes = Buffer.byteLength(text);
  if (bytes > maxBytes) return problemOf(file, "text_too_large", { maxBytes });
  const { yamlDepth, yamlNodes, yamlAliases } = textBounds;
  const indents: number[] = [];
  let flow = 0;
  let nodes = 0;
  let aliases = 0;
  let blockScalarIndent = -1;
  let quote: '"' | "'" | undefined;
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    const indent = line.length - line.trimStart().length;
    const content = line.slice(indent);
    if (blockScalarIndent >= 0) {
      if (content === "" || indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    if (quote === undefined && flow === 0) {
      if (content === "" || content.startsWith("#")) continue;
      while (indents.length && (indents.at(-1) as number) >= indent) indents.pop();
      indents.push(indent);
    }
    let compact = 0;
    let deepestFlow = flow;
    let atValueStart = quote === undefined && flow === 0;
    for (let i = 0; i < content.length; i++) {
      const c = content[i] as string;
      if (quote) {
        if (c === quote && quote === "'" && content[i + 1] === "'") i++;
        else if (c === "\\" && quote === '"') i++;
        else if (c === quote) quote = undefined;
        continue;
      }
      const before = i === 0 ? " " : (content[i - 1] as string);
      const after = content[i + 1] ?? " ";
      if (c === "#" && /\s/.test(before)) break;
      // A quote opens a quoted scalar only where a node starts; elsewhere it is part of plain text.
      if ((c === '"' || c === "'") && atValueStart) {
        quote = c;
        continue;
      }
      if ((c === "[" || c === "{") && (flow > 0 || atValueStart)) {
        flow++;
        deepestFlow = Math.max(deepestFlow, flow);
        nodes++;
        atValueStart = true;
        continue;
      }
      if ((c === "]" || c === "}") && flow > 0) flow--;
      else if (c === "," && flow > 0) {
        nodes++;
        atValueStart = true;
        continue;
      } else if ((c === "-" || c === "?") && atValueStart && /\s/.test(after)) {
        compact++;
        nodes++;
        continue;
      } else if (c === ":" && /\s/.test(after)) {
        nodes++;
        atValueStart = true;
        const rest = content.slice(i + 1).trim();
        if (flow === 0 && /^[|>][-+0-9]*\s*(#.*)?$/.test(rest)) blockScalarIndent = indent + compact * 2;
        continue;
      } else if (c === "*" && atValueStart) aliases++;
      if (!/\s/.test(c)) atValueStart = false;
    }
    if (flow === 0 && quote === undefined && /^(-\s+)*[|>][-+0-9]*\s*$/.test(content))
      blockScalarIndent = indent;
    const depth = indents.length + compact + deepestFlow;
    if (depth > yamlDepth) return problemOf(file, "too_deep", { max: yamlDepth }, n + 1);
    if (nodes > yamlNodes) return problemOf(file, "too_many_nodes", { max: yamlNodes }, n + 1);
    if (aliases > yamlAliases) return problemOf(file, "too_many_nodes", { max: yamlAliases }, n + 1);
  }
  return undefined;
}

/**
 * Checks a Markdown file's size, its nesting of blockquotes and lists (which the learner's browser
 * renders recursively) and its number of images, before the image scan runs.
 */
export function checkMarkdownBounds(file: string, text: string): Problem | undefined {
  const { markdownBytes, markdownDepth, markdownImages } = textBounds;
  if (Buffer.byteLength(text) > markdownBytes)
    return problemOf(file, "text_too_large", { maxBytes: markdownBytes });
  let images = 0;
  for (let i = text.indexOf("!["); i !== -1; i = text.indexOf("![", i + 2)) {
    if (++images > markdownImages) return problemOf(file, "too_many_nodes", { max: markdownImages });
  }
  const lines = text.split("\n");
  let fence: string | undefined;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    // Code inside a fence is shown as written: its indentation is not structure.
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    let depth = 0;
    let column = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line[i] as string;
      if (c === " ") column++;
      else if (c === "\t") column += 4;
      else if (c === ">") {
        depth++;
        column = 0;
      } else if ((c === "-" || c === "*" || c === "+") && line[i + 1] === " ") {
        depth++;
        column = 0;
      } else break;
    }
    // A list nested by indentation: every 2 columns of leading space is another possible level.
    depth += Math.floor(column / 2);
    if (depth > markdownDepth) return problemOf(file, "too_deep", { max: markdownDepth }, n + 1);
  }
  return undefined;
}
