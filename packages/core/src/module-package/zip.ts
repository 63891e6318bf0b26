import { readdir } from "node:fs/promises";
import { join } from "node:path";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import yazl from "yazl";
import { type DetectedType, detectType, headBytes, kindLimits } from "../upload/detect";
import type { Limits, Problem } from "./problem";
import type { parseYaml } from "./yaml";

export type Role = "markdown" | "yaml" | "image" | "document" | "video";

const byExtension: Record<string, { role: Role; type?: DetectedType }> = {
  md: { role: "markdown" },
  yaml: { role: "yaml" },
  yml: { role: "yaml" },
  png: { role: "image", type: "image/png" },
  jpg: { role: "image", type: "image/jpeg" },
  jpeg: { role: "image", type: "image/jpeg" },
  webp: { role: "image", type: "image/webp" },
  pdf: { role: "document", type: "application/pdf" },
  mp4: { role: "video", type: "video/mp4" },
  webm: { role: "video", type: "video/webm" },
};

/** The same ceilings as a single upload of that kind, so a package cannot carry what the upload form refuses. */
const maxBytesOf: Record<Role, number> = {
  markdown: 1024 * 1024,
  yaml: 1024 * 1024,
  image: kindLimits.image.maxBytes,
  document: kindLimits.document.maxBytes,
  video: kindLimits.video.maxBytes,
};

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

export const roleOf = (path: string) => byExtension[extensionOf(path)];

export interface PackageFile {
  /** Normalised path in the zip. */
  path: string;
  role: Role;
  data: Buffer;
  type?: DetectedType;
  /** Markdown and YAML only: the UTF-8 text, without a BOM, with \n line ends. */
  text?: string;
  /** YAML only: the file parsed ahead, once its bounds were checked (see parsePackage). */
  yaml?: ReturnType<typeof parseYaml>;
}

export interface ZipContents {
  files: Map<string, PackageFile>;
  /** Entries refused with a problem already, so references to them need no second one. */
  refused: Set<string>;
  problems: Problem[];
  /** Set when the zip could not be read as a whole, so nothing about its contents can be said. */
  fatal: boolean;
}

/** Files that operating systems add when they zip a folder; harmless, so skipped rather than refused. */
const systemFiles = new Set([".DS_Store", "Thumbs.db", "desktop.ini"]);

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;

/** A clean relative path, or undefined when the name could write outside the folder it is unpacked in. */
export function normalisePath(name: string): string | undefined {
  const unsafe =
    name.includes("\\") ||
    /^[a-zA-Z]:/.test(name) ||
    name.startsWith("/") ||
    Array.from(name).some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  if (unsafe) return undefined;
  const segments = name.split("/");
  if (segments.includes("..")) return undefined;
  return segments.filter((s) => s !== "" && s !== ".").join("/");
}

class TooLarge extends Error {}

export async function readZip(zip: Buffer, limits: Limits): Promise<ZipContents> {
  const contents: ZipContents = { files: new Map(), refused: new Set(), problems: [], fatal: false };
  const fail = (problem: Problem) => {
    contents.problems.push(problem);
    contents.fatal = true;
    return contents;
  };

  let zipfile: ZipFile;
  try {
    zipfile = await yauzl.fromBufferPromise(zip, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch {
    return fail({ file: "", message: "zip_corrupt" });
  }

  try {
    if (zipfile.entryCount > limits.maxEntries) {
      return fail({
        file: "",
        message: "too_many_entries",
        params: { count: zipfile.entryCount, max: limits.maxEntries },
      });
    }
    let entries: Entry[];
    try {
      entries = await listEntries(zipfile);
    } catch {
      return fail({ file: "", message: "zip_corrupt" });
    }

    const declaredTotal = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    const toRead: { entry: Entry; path: string; role: Role; type?: DetectedType }[] = [];
    const seen = new Set<string>();
    for (const entry of entries) {
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        true,
      );
      const path = normalisePath(name);
      const problem = (message: Problem["message"], params?: Problem["params"]) => {
        contents.problems.push({ file: path ?? name, message, ...(params ? { params } : {}) });
        if (path) contents.refused.add(path);
      };
      if (path === undefined) {
        problem("unsafe_path");
        continue;
      }
      if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
        problem("symlink");
        continue;
      }
      if (entry.isEncrypted()) {
        problem("encrypted");
        continue;
      }
      const segments = path.split("/");
      if (
        name.endsWith("/") ||
        path === "" ||
        segments[0] === "__MACOSX" ||
        systemFiles.has(segments.at(-1) ?? "")
      ) {
        continue;
      }
      if (seen.has(path)) {
        problem("duplicate_path");
        continue;
      }
      seen.add(path);
      const known = roleOf(path);
      if (!known) {
        problem("unknown_file_type");
        continue;
      }
      if (entry.compressionMethod !== METHOD_STORED && entry.compressionMethod !== METHOD_DEFLATED) {
        problem("unsupported_compression");
        continue;
      }
      const ratio = entry.compressedSize === 0 ? 0 : entry.uncompressedSize / entry.compressedSize;
      if (ratio > limits.maxRatio || (entry.compressedSize === 0 && entry.uncompressedSize > 0)) {
        problem("compression_ratio", { ratio: Math.round(ratio), max: limits.maxRatio });
        continue;
      }
      if (entry.uncompressedSize > maxBytesOf[known.role]) {
        problem("file_too_large", { maxBytes: maxBytesOf[known.role] });
        continue;
      }
      toRead.push({ entry, path, ...known });
    }

    if (declaredTotal > limits.maxTotalBytes) {
      return fail({ file: "", message: "too_large_total", params: { maxBytes: limits.maxTotalBytes } });
    }

    // Counted again while inflating: the sizes above are only what the central directory claims.
    const budget = { left: limits.maxTotalBytes };
    for (const { entry, path, role, type } of toRead) {
      let data: Buffer;
      try {
        data = await readEntry(zipfile, entry, budget);
      } catch (error) {
        if (error instanceof TooLarge) {
          return fail({ file: "", message: "too_large_total", params: { maxBytes: limits.maxTotalBytes } });
        }
        contents.problems.push({ file: path, message: "zip_corrupt" });
        contents.refused.add(path);
        continue;
      }
      const checked = checkContent(path, role, type, data);
      if ("problem" in checked) {
        contents.problems.push(checked.problem);
        contents.refused.add(path);
      } else {
        contents.files.set(path, checked.file);
      }
    }
    return contents;
  } finally {
    zipfile.close();
  }
}

function listEntries(zipfile: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zipfile.on("entry", (entry: Entry) => {
      entries.push(entry);
      zipfile.readEntry();
    });
    zipfile.once("end", () => resolve(entries));
    zipfile.once("error", reject);
    zipfile.readEntry();
  });
}

async function readEntry(zipfile: ZipFile, entry: Entry, budget: { left: number }): Promise<Buffer> {
  const stream = await zipfile.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget.left -= chunk.length;
      if (budget.left < 0) throw new TooLarge();
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function checkContent(
  path: string,
  role: Role,
  type: DetectedType | undefined,
  data: Buffer,
): { file: PackageFile } | { problem: Problem } {
  if (type) {
    if (detectType(data.subarray(0, headBytes)) !== type) {
      return { problem: { file: path, message: "content_mismatch", params: { expected: type } } };
    }
    return { file: { path, role, type, data } };
  }
  let text: string;
  try {
    text = utf8.decode(data);
  } catch {
    return { problem: { file: path, message: "not_utf8" } };
  }
  return { file: { path, role, data, text: text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") } };
}

/** Zips a folder (files only, sorted, with a fixed timestamp so the same folder gives the same bytes). */
export async function zipFolder(dir: string): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date(Date.UTC(2020, 0, 1));
  for (const path of await filesUnder(dir, "")) {
    const role = roleOf(path)?.role;
    zip.addFile(join(dir, path), path, { mtime, compress: role !== "image" && role !== "video" });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function filesUnder(dir: string, prefix: string): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const paths: string[] = [];
  for (const entry of entries) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) paths.push(...(await filesUnder(dir, path)));
    else if (entry.isFile()) paths.push(path);
  }
  return paths;
}
