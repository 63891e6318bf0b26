import type { App } from "@berdaya/api";
import { type ClientResponse, hc } from "hono/client";
import type { SuccessStatusCode } from "hono/utils/http-status";
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

type QueryValue = string | number | boolean | null | undefined;

/** A query for the typed client: empty values left out, the rest as the strings a URL carries. */
export function query<Q extends Record<string, QueryValue>>(values: Q): QueryOf<Q> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined && value !== null && value !== "")
      .map(([name, value]) => [name, String(value)]),
  ) as QueryOf<Q>;
}
type QueryOf<Q> = {
  [K in keyof Q]?: Exclude<Q[K], null | undefined> extends string ? Exclude<Q[K], null | undefined> : string;
};

// Long enough for a slow 3G answer, short enough that a learner is not left staring at a spinner.
const timeoutMs = 30_000;

function isProblem(value: unknown): value is ApiProblem {
  return typeof value === "object" && value !== null && typeof (value as ApiProblem).message === "string";
}

function retryAfterSeconds(response: Response): number | undefined {
  const seconds = Number(response.headers.get("Retry-After") || Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

const parse = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

/** What a failed answer means: the API's error shape, or the bare HTTP status. */
function failureOf(response: Response, body: unknown): ApiError {
  const { status } = response;
  const retryAfter = retryAfterSeconds(response);
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (typeof error?.code !== "string" || typeof error.message !== "string")
    return new ApiError(status, `http_${status}`, response.statusText || `HTTP ${status}`, retryAfter);
  const details = Array.isArray(error.details) ? error.details.filter(isProblem) : [];
  return new ApiError(status, error.code, error.message, retryAfter, details);
}

const unauthenticatedListeners = new Set<() => void>();

/** Called whenever an answer says the session ended (expired, or logged out in another tab). */
export function onUnauthenticated(listener: () => void): void {
  unauthenticatedListeners.add(listener);
}

// An early answer not taken by then is left alone: a later read must not get an old one.
const earlyTakenWithinMs = 20_000;

/**
 * The answer src/early.ts asked for before the app loaded, for this same request (a read, or the
 * lesson's opening, kept as "POST <path>"); each is taken once.
 */
function takeEarly(input: RequestInfo | URL, init: RequestInit): Promise<Response> | undefined {
  const early = window.berdayaEarly;
  if (!early?.size) return undefined;
  if (performance.now() > earlyTakenWithinMs) {
    early.clear();
    return undefined;
  }
  const method = (init.method ?? "GET").toUpperCase();
  const url = new URL(String(input), location.origin);
  const key = method === "GET" ? url.pathname + url.search : `${method} ${url.pathname}${url.search}`;
  const answer = early.get(key);
  early.delete(key);
  return answer;
}

/**
 * The client's fetch: same origin, the reader's language, JSON for every unsafe request (the API's
 * CSRF defence), a timeout, and failures as ApiError or OfflineError. The answer's body is read
 * whole here, so a connection lost halfway is the network's fault, not the server's.
 */
async function send(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json");
  headers.set("Accept-Language", locale());
  if ((init.method ?? "GET") !== "GET" && !headers.has("Content-Type"))
    headers.set("Content-Type", "application/json");
  try {
    let response: Response;
    let text: string;
    try {
      response = await (takeEarly(input, init) ??
        fetch(input, { ...init, headers, credentials: "same-origin", signal: controller.signal }));
      text = await response.text();
    } catch {
      throw new OfflineError(timedOut ? "timeout" : "offline");
    }
    if (!response.ok) {
      const failure = failureOf(response, parse(text));
      if (failure.status === 401 && failure.code === "unauthenticated")
        for (const listener of unauthenticatedListeners) listener();
      throw failure;
    }
    return new Response(response.status === 204 ? null : text, {
      status: response.status,
      headers: response.headers,
    });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The API, typed from the server's own routes (ADR 18): paths, parameters, bodies and answers come
 * from `@berdaya/api`'s `App` and the valibot schemas its core functions return. Type-only: no
 * server code reaches the bundle.
 */
export const client = hc<App>(location.origin, { fetch: send }).api;

/** The body of a successful answer, as the server's route declares it. */
export type Answer<R> =
  R extends ClientResponse<infer T, infer S, infer F>
    ? S extends SuccessStatusCode
      ? F extends "json"
        ? T
        : undefined
      : never
    : never;

/** The successful answer of a client method, e.g. `AnswerOf<typeof client.me.$get>`. */
export type AnswerOf<M extends (...args: never[]) => Promise<unknown>> = Answer<Awaited<ReturnType<M>>>;

/** Awaits a typed request and returns its JSON answer (undefined for 204); failures were thrown by `send`. */
export async function call<R extends ClientResponse<unknown, number, string>>(
  request: Promise<R>,
): Promise<Answer<R>> {
  const response = await request;
  if (response.status === 204) return undefined as Answer<R>;
  const body = parse(await response.text());
  if (body === undefined)
    throw new ApiError(response.status, "invalid_response", "The server did not answer with JSON");
  return body as Answer<R>;
}
