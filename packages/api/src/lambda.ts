import { handle } from "hono/aws-lambda";
import { app } from "./app";

declare module "sst/node/config" {
  export interface SecretResources {
    SIGNING_KEY: { value: string };
  }
}

// On AWS the certificate signing key is the SST secret bound to this function (stored in SSM);
// sst/node/config fetches bound secrets once, at cold start. Locally the key comes from .data/.
if (!process.env.BERDAYA_SIGNING_KEY) {
  const { Config } = await import("sst/node/config");
  process.env.BERDAYA_SIGNING_KEY = Config.SIGNING_KEY;
}

/** The AWS entry: the same app as local mode; table and bucket come from the environment. */
export const handler = handle(app);
