/**
 * One thing wrong with a package. `message` is a stable code the API translates; `file` is the entry's
 * path in the zip, or "" when the problem is the zip as a whole.
 */
export interface Problem {
  file: string;
  line?: number;
  message: ProblemCode;
  params?: Record<string, string | number>;
}

export type ProblemCode =
  | "zip_corrupt"
  | "too_many_entries"
  | "too_large_total"
  | "compression_ratio"
  | "unsupported_compression"
  | "file_too_large"
  | "unsafe_path"
  | "symlink"
  | "encrypted"
  | "duplicate_path"
  | "unknown_file_type"
  | "content_mismatch"
  | "not_utf8"
  | "missing_manifest"
  | "yaml_syntax"
  | "text_too_large"
  | "too_deep"
  | "too_many_nodes"
  | "too_complex"
  | "manifest_field"
  | "missing_file"
  | "not_an_image"
  | "invalid_quiz";

export interface Limits {
  /** Sum of the uncompressed sizes of all entries. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Uncompressed size over compressed size, per entry. */
  maxRatio: number;
}

export const defaultLimits: Limits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 500,
  maxRatio: 100,
};
