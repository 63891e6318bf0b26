declare module "sst/node/config" {
  export interface SecretResources {
    SIGNING_KEY: { value: string };
  }
}

// On AWS the certificate signing key is the SST secret bound to the function (stored in SSM);
// sst/node/config fetches bound secrets once, at cold start. Locally the key comes from .data/.
if (!process.env.BERDAYA_SIGNING_KEY) {
  const { Config } = await import("sst/node/config");
  process.env.BERDAYA_SIGNING_KEY = Config.SIGNING_KEY;
}

export {};
