import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { app } from "@berdaya/api";
import { type LocalServer, startLocal } from "../../packages/api/src/local/server";

export interface TestServer extends LocalServer {
  dataDir: string;
  /**
   * Calls the API in-process, the way the honojs tests do, against the real dynalite and s3rver.
   * There is no socket in-process, so the call passes the bindings @hono/node-server would: a socket
   * whose peer is `client` (127.0.0.1 unless given), which is what the app takes as the client address.
   */
  request(path: string, init?: RequestInit, client?: string): Promise<Response>;
  stop(): Promise<void>;
}

/** Starts local mode on a fresh temporary data folder (seeded demo) on a free port. */
export async function startTestServer(
  options: { webDir?: string; dataDir?: string } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "berdaya-test-"));
  const server = await startLocal({ port: 0, dataDir, webDir: options.webDir });
  return {
    ...server,
    dataDir,
    request: async (path, init, client = "127.0.0.1") =>
      app.request(path, init, { incoming: { socket: { remoteAddress: client } } }),
    stop: async () => {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A response body as loosely typed JSON: the tests assert its shape themselves. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions inspect arbitrary JSON
export const json = (res: Response): Promise<any> => res.json();

export interface Call {
  cookie?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The caller's address, as the socket would show it (see TestServer.request). */
  client?: string;
}

/** Calls the API the way the web app does: JSON body, same-origin, with a session cookie if given. */
export function call(
  server: TestServer,
  method: string,
  path: string,
  options: Call = {},
): Promise<Response> {
  const headers: Record<string, string> = { "sec-fetch-site": "same-origin", ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  return server.request(
    path,
    { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) },
    options.client,
  );
}

/** The session cookie a response set, as a Cookie header value. */
export function sessionCookieOf(res: Response): string {
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith("berdaya_session=") || c.startsWith("__Host-berdaya_session="));
  if (!cookie) throw new Error(`no session cookie in the answer (status ${res.status})`);
  return cookie.split(";")[0] as string;
}

/** Logs in and returns the session cookie. */
export async function login(
  server: TestServer,
  identifier: string,
  password = "berdaya-demo",
): Promise<string> {
  const res = await call(server, "POST", "/api/auth/login", { body: { identifier, password } });
  if (res.status !== 200) throw new Error(`login ${identifier}: ${res.status} ${await res.text()}`);
  return sessionCookieOf(res);
}
