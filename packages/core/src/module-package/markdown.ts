import type { Problem } from "./problem";
import type { PackageFile } from "./zip";

/** `![alt](destination "title")`, with the destination optionally in angle brackets. */
// Every repetition is bounded, so each "![" costs at most a few thousand steps (ADR 0012).
const imagePattern =
  /!\[([^\]]{0,1000})\]\(\s{0,64}(<[^>\n]{0,2048}>|[^\s)]{1,2048})((?:\s{1,64}(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'))?\s{0,64})\)/g;
const schemePattern = /^[a-zA-Z][a-zA-Z0-9+.-]*:|^\/\/|^#/;
const assetPattern = /(!\[[^\]]{0,1000}\]\(\s{0,64}<?)asset:([^\s)>]{1,2048})/g;

export const assetRef = (path: string) =>
  `asset:${encodeURI(path).replace(/\(/g, "%28").replace(/\)/g, "%29")}`;

/**
 * Replaces every `asset:<path>` image destination that the package parser wrote with a real URL,
 * typically the uploaded file's.
 */
export function replaceAssetRefs(markdown: string, urlOf: (path: string) => string): string {
  return markdown.replace(assetPattern, (_, start: string, encoded: string) => {
    let path = encoded;
    try {
      path = decodeURI(encoded);
    } catch {}
    return `${start}${urlOf(path)}`;
  });
}

export interface ImageRefs {
  markdown: string;
  images: string[];
  problems: Problem[];
}

/**
 * Finds the images a Markdown file shows, checks each is an image in the package, and rewrites its
 * destination to `asset:<package path>`. Paths are relative to the Markdown file's folder, or to the
 * package root when they start with "/". External URLs are left alone.
 */
export function resolveImages(
  file: PackageFile,
  zipPathOf: (path: string) => string,
  lookup: (path: string) => PackageFile | "refused" | undefined,
): ImageRefs {
  const text = file.text ?? "";
  const images: string[] = [];
  const problems: Problem[] = [];
  const folder = file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/")) : "";
  const lineAt = lineFinder(text);
  const markdown = text.replace(
    imagePattern,
    (whole, alt: string, rawDestination: string, title: string, offset: number) => {
      const destination = rawDestination.startsWith("<")
        ? rawDestination.slice(1, -1).trim()
        : rawDestination;
      if (destination === "" || schemePattern.test(destination)) return whole;
      const problem = (message: Problem["message"]) => {
        problems.push({
          file: zipPathOf(file.path),
          line: lineAt(offset),
          message,
          params: { path: destination },
        });
        return whole;
      };
      const path = resolveRelative(folder, decodeSafely(destination.replace(/[?#].*$/, "")));
      if (path === undefined) return problem("unsafe_path");
      const target = lookup(path);
      if (target === "refused") return whole;
      if (!target) return problem("missing_file");
      if (target.role !== "image") return problem("not_an_image");
      if (!images.includes(path)) images.push(path);
      return `![${alt}](${assetRef(path)}${title})`;
    },
  );
  return { markdown, images, problems };
}

function decodeSafely(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** Joins a reference to a folder; undefined when it climbs out of the package. */
export function resolveRelative(folder: string, reference: string): string | undefined {
  if (reference.includes("\\") || /^[a-zA-Z]:/.test(reference)) return undefined;
  const segments = reference.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const segment of reference.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.length > 0 ? segments.join("/") : undefined;
}

function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
