import { Duration } from "aws-cdk-lib";
import { BillingMode } from "aws-cdk-lib/aws-dynamodb";
import { BlockPublicAccess, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { Bucket, Config, type StackContext, Table } from "sst/constructs";

/** The single DynamoDB table, the private files bucket and the signing key secret. */
export function Storage({ stack }: StackContext) {
  const table = new Table(stack, "table", {
    fields: {
      pk: "string",
      sk: "string",
      gsi1pk: "string",
      gsi1sk: "string",
      gsi2pk: "string",
      gsi2sk: "string",
      dimension: "string",
      enrollments: "number",
    },
    primaryIndex: { partitionKey: "pk", sortKey: "sk" },
    globalIndexes: {
      gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
      gsi2: { partitionKey: "gsi2pk", sortKey: "gsi2sk" },
      // The report's cells by enrollment count (ADR 0016): keyed on the counter items' own attributes.
      rank: { partitionKey: "dimension", sortKey: "enrollments" },
    },
    timeToLiveAttribute: "expiresAt",
    cdk: {
      table: {
        // SST's defaults, spelled out: on-demand billing and point-in-time recovery.
        billingMode: BillingMode.PAY_PER_REQUEST,
        pointInTimeRecovery: true,
      },
    },
  });

  const bucket = new Bucket(stack, "files", {
    // Browsers PUT uploads to and GET files from presigned URLs; the signature in
    // the URL carries the authority, so any origin may use them.
    cors: [
      {
        allowedMethods: ["PUT", "GET"],
        allowedOrigins: ["*"],
        allowedHeaders: ["*"],
        maxAge: "1 day",
      },
    ],
    blockPublicACLs: true,
    cdk: {
      bucket: {
        encryption: BucketEncryption.S3_MANAGED,
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        enforceSSL: true,
        // Presigned PUTs land under uploads/; complete() copies the checked bytes to files/ (ADR 0012),
        // so whatever stays or is written again under uploads/ is never served and expires.
        lifecycleRules: [{ prefix: "uploads/", expiration: Duration.days(1) }],
      },
    },
  });

  // Ed25519 private JWK that signs certificates (VC-JWT, EdDSA). Set it with
  // `npx sst secrets set SIGNING_KEY '<jwk>' --stage <stage>`.
  const signingKey = new Config.Secret(stack, "SIGNING_KEY");

  return { table, bucket, signingKey };
}
