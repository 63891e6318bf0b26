import type { S3Client } from "@aws-sdk/client-s3";

// SDK v3 is pinned to a release that supports Node 20 (docs/stack.md); its "Node 22 soon" notice is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

export interface FilesConfig {
  bucket: string;
  region: string;
  /** Set for s3rver (local mode and tests); unset on AWS. */
  endpoint?: string;
}

let config: FilesConfig = fromEnv();
let s3client: S3Client | undefined;

function fromEnv(): FilesConfig {
  return {
    bucket: process.env.BERDAYA_BUCKET ?? "berdaya-files",
    region: process.env.AWS_REGION ?? "ap-southeast-3",
    endpoint: process.env.BERDAYA_S3_ENDPOINT || undefined,
  };
}

export function configure(next: Partial<FilesConfig>) {
  config = { ...fromEnv(), ...next };
  s3client = undefined;
}

/** The origin presigned URLs point at: s3rver's locally, the bucket's virtual host on AWS. */
export function origin(): string {
  return config.endpoint
    ? new URL(config.endpoint).origin
    : `https://${config.bucket}.s3.${config.region}.amazonaws.com`;
}

export function bucket(): string {
  return config.bucket;
}

/**
 * The S3 SDK and this process's client, imported on first use: the catalog, a course page, verify
 * and sign-in never touch S3, so a cold start does not load the SDK's largest client for them
 * (docs/decisions/0015).
 */
export async function s3() {
  const sdk = await import("@aws-sdk/client-s3");
  return { sdk, client: client(sdk) };
}

function client({ S3Client }: typeof import("@aws-sdk/client-s3")): S3Client {
  s3client ??= new S3Client({
    region: config.region,
    ...(config.endpoint
      ? {
          endpoint: config.endpoint,
          forcePathStyle: true,
          credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
        }
      : {}),
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 30_000 },
    // Presigned PUTs from browsers cannot carry the SDK's default body checksum: sign without one.
    requestChecksumCalculation: "WHEN_REQUIRED",
  });
  return s3client;
}

/**
 * Creates the bucket when missing, with the CORS rule browsers need to PUT and GET through presigned
 * URLs (the same rule as stacks/storage.ts). Local mode and tests only: on AWS the stack owns it.
 */
export async function ensureBucket(): Promise<void> {
  const { sdk, client } = await s3();
  try {
    await client.send(new sdk.HeadBucketCommand({ Bucket: config.bucket }));
  } catch {
    await client.send(new sdk.CreateBucketCommand({ Bucket: config.bucket }));
  }
  await client.send(
    new sdk.PutBucketCorsCommand({
      Bucket: config.bucket,
      CORSConfiguration: {
        CORSRules: [
          {
            AllowedMethods: ["PUT", "GET"],
            AllowedOrigins: ["*"],
            AllowedHeaders: ["*"],
            MaxAgeSeconds: 3000,
          },
        ],
      },
    }),
  );
}
