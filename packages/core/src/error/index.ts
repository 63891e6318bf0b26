/**
 * Domain errors. Core throws these; the HTTP layer maps each `kind` to a status and a
 * translated message in one place (packages/api/src/errors.ts).
 */
export type ErrorKind =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "too_large"
  | "rate_limited"
  | "unavailable";

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** A stable, machine-readable code, also the key of the translated message. */
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    /** Itemised problems (a module package's, one per file), each with its own code and params. */
    readonly details?: {
      file: string;
      line?: number;
      message: string;
      params?: Record<string, string | number>;
    }[],
  ) {
    super(code);
    this.name = "DomainError";
  }
}

export const invalid = (code: string, params?: Record<string, string | number>) =>
  new DomainError("invalid", code, params);
export const notFound = (code: string, params?: Record<string, string | number>) =>
  new DomainError("not_found", code, params);
export const conflict = (code: string, params?: Record<string, string | number>) =>
  new DomainError("conflict", code, params);
export const forbidden = (code: string, params?: Record<string, string | number>) =>
  new DomainError("forbidden", code, params);
