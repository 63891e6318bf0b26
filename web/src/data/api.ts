import { locale } from "../i18n";

/** One itemised problem in an error answer (a module package's: the file, the line, what is wrong). */
export interface ApiProblem {
  file?: string;
  line?: number;
  code?: string;
  message: string;
  params?: Record<string, unknown>;
}

/** The API answered with an error: `{"error": {"code", "message", "details"?}}` and a 4xx/5xx status. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds, from Retry-After on 429 and 503. */
    readonly retryAfter?: number,
    readonly details: readonly ApiProblem[] = [],
  ) {
    super(message);
  }
}

/** The request never got an answer: no connection, or one too slow to wait for. */
export class OfflineError extends Error {
  override readonly name = "OfflineError";
  constructor(readonly reason: "offline" | "timeout") {
    super(reason === "offline" ? "The network is unreachable" : "The server did not answer in time");
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** More request headers (an Idempotency-Key). */
  headers?: Record<string, string>;
}

// Long enough for a slow 3G answer, short enough that a learner is not left staring at a spinner.
const timeoutMs = 30_000;

export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") search.set(name, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorBody(body: unknown): body is { error: { code: string; message: string; details?: unknown } } {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

function isProblem(value: unknown): value is ApiProblem {
  return typeof value === "object" && value !== null && typeof (value as ApiProblem).message === "string";
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get("Retry-After");
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Calls the Berdaya API on the same origin and returns its JSON answer. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const abort = () => controller.abort();
  options.signal?.addEventListener("abort", abort, { once: true });

  // A failure before the whole answer is in is the network's fault, not the server's.
  const networkError = (error: unknown) => {
    if (timedOut) return new OfflineError("timeout");
    if (options.signal?.aborted) return error;
    return new OfflineError("offline");
  };

  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": locale(),
    ...options.headers,
  };
  // The API takes unsafe requests only as JSON (its CSRF defence), even those without a body.
  const method = options.method ?? "GET";
  if (options.body !== undefined || method !== "GET") headers["Content-Type"] = "application/json";

  try {
    let response: Response;
    let text: string;
    try {
      response = await fetch(apiUrl(path, options.query), {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: "same-origin",
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      throw networkError(error);
    }

    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }

    if (!response.ok) {
      const retryAfter = retryAfterSeconds(response);
      if (isErrorBody(body)) {
        const { details } = body.error;
        throw new ApiError(
          response.status,
          body.error.code,
          body.error.message,
          retryAfter,
          Array.isArray(details) ? details.filter(isProblem) : [],
        );
      }
      throw new ApiError(
        response.status,
        `http_${response.status}`,
        response.statusText || `HTTP ${response.status}`,
        retryAfter,
      );
    }
    if (response.status === 204) return undefined as T;
    if (body === undefined) {
      throw new ApiError(response.status, "invalid_response", "The server did not answer with JSON");
    }
    return body as T;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", abort);
  }
}
