import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { app } from "@berdaya/api";
import { type LocalServer, startLocal } from "../../packages/api/src/local/server";

export interface TestServer extends LocalServer {
  dataDir: string;
  /** Calls the API in-process, the way the honojs tests do, against the real dynalite and s3rver. */
  request(path: string, init?: RequestInit): Promise<Response>;
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
    request: async (path, init) => app.request(path, init),
    stop: async () => {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A response body as loosely typed JSON: the tests assert its shape themselves. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions inspect arbitrary JSON
export const json = (res: Response): Promise<any> => res.json();
