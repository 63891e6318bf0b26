import { signingKeySource } from "@berdaya/core/certificate";

declare module "sst/node/config" {
  export interface SecretResources {
    SIGNING_KEY: { value: string };
  }
}

// On AWS the certificate signing key is the SST secret bound to the function (stored in SSM).
// sst/node/config fetches bound secrets when it is imported, so it is imported only when a request
// first signs something, not on every cold start (docs/decisions/0015). Locally the key comes from .data/.
signingKeySource(async () => (await import("sst/node/config")).Config.SIGNING_KEY);
