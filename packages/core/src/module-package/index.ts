import { checkMarkdownBounds, checkYamlBounds, textBounds } from "./bounds";
import { buildPlan, manifestFile, type PackagePlan } from "./plan";
import { defaultLimits, type Limits, type Problem } from "./problem";
import { parseYamlOffThread } from "./yaml";
import { readZip, type ZipContents } from "./zip";

export { replaceAssetRefs } from "./markdown";
export type { PackagePlan, PlannedAsset, PlannedContent, PlannedLesson } from "./plan";
export type { Limits, Problem, ProblemCode } from "./problem";
export { defaultLimits } from "./problem";
export { zipFolder } from "./zip";

export type ParseResult = { ok: true; plan: PackagePlan } | { ok: false; problems: Problem[] };

/**
 * Checks a module package (a zip with module.yaml, Markdown, images, PDFs, videos and quiz files) as a
 * whole and, when nothing is wrong, returns what the importer should create. The zip is untrusted: its
 * size, entry count, compression ratio and paths are checked before anything is inflated.
 */
export async function parsePackage(zip: Buffer, limits: Partial<Limits> = {}): Promise<ParseResult> {
  const contents = await readZip(zip, { ...defaultLimits, ...limits });
  if (contents.fatal) return { ok: false, problems: contents.problems };

  const root = packageRoot([...contents.files.keys(), ...contents.refused]);
  await checkTexts(contents, root + manifestFile);
  const lookup = (path: string) => {
    const full = root + path;
    if (contents.refused.has(full)) return "refused" as const;
    const file = contents.files.get(full);
    return file && { ...file, path };
  };
  const result = buildPlan(lookup, (path) => root + path);
  const problems = [...contents.problems, ...("problems" in result ? result.problems : [])];
  if (problems.length > 0 || !("plan" in result)) return { ok: false, problems };
  return { ok: true, plan: result.plan };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Holds every Markdown and YAML file to its bounds (size, nesting, node count) before any parser
 * sees it, and parses each YAML file ahead in its own turn of the event loop: a package with many
 * files never blocks the server for longer than one bounded file (ADR 0012).
 */
async function checkTexts(contents: ZipContents, manifestPath: string) {
  for (const [path, file] of [...contents.files]) {
    if (file.role !== "yaml" && file.role !== "markdown") continue;
    await nextTurn();
    const text = file.text ?? "";
    const problem =
      file.role === "markdown"
        ? checkMarkdownBounds(path, text)
        : checkYamlBounds(
            path,
            text,
            path === manifestPath ? textBounds.manifestBytes : textBounds.quizBytes,
          );
    if (problem) {
      contents.problems.push(problem);
      contents.refused.add(path);
      contents.files.delete(path);
      continue;
    }
    if (file.role === "yaml") file.yaml = await parseYamlOffThread(path, text);
  }
  await nextTurn();
}

/** Zipping a folder by hand often puts everything under that folder's name; such a zip is read from inside it. */
function packageRoot(paths: string[]): string {
  if (paths.includes(manifestFile)) return "";
  const manifests = paths.filter((p) => p.split("/").length === 2 && p.endsWith(`/${manifestFile}`));
  const root = manifests.length === 1 ? (manifests[0] ?? "").slice(0, -manifestFile.length) : "";
  return paths.every((p) => p.startsWith(root)) ? root : "";
}
