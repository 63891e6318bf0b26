import { Effect, PolicyStatement } from "aws-cdk-lib/aws-iam";
import {
  Cron,
  type FunctionProps,
  Api as HttpApi,
  Function as SstFunction,
  type StackContext,
  use,
} from "sst/constructs";
import { CERTIFICATE_FONTS, DOCUMENT_ROUTES, HANDLERS, nodejs } from "./bundling";
import { Storage } from "./storage";

/** Item-level DynamoDB actions the API needs. No Scan (no scans in a request
 *  path) and no Transact* (the data layer uses none: dynalite lacks them). */
export const TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
  "dynamodb:DescribeTable",
];

/** Object actions for uploads and downloads (presigned URLs are signed with the
 *  function's role, so the role needs what the URL grants). */
export const OBJECT_ACTIONS = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"];

/**
 * The Hono app in two Lambda functions behind one API Gateway HTTP API, split by weight
 * (docs/decisions/0015): the lean function answers every route but the heavy, rare ones, which go to
 * the documents function.
 */
export function Api({ stack, app }: StackContext) {
  const { table, bucket, signingKey } = use(Storage);

  const common = {
    runtime: "nodejs22.x",
    architecture: "arm_64",
    memorySize: 1024,
    timeout: "10 seconds",
    nodejs,
    environment: {
      BERDAYA_TABLE: table.tableName,
      BERDAYA_BUCKET: bucket.bucketName,
      BERDAYA_STAGE: app.stage,
    },
    bind: [signingKey],
    // Least privilege: explicit actions on exactly this table, its indexes and
    // this bucket (SST's `permissions: [table, bucket]` would grant dynamodb:*
    // and s3:*, including DeleteTable and DeleteBucket).
    permissions: [
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: TABLE_ACTIONS,
        resources: [table.tableArn, `${table.tableArn}/index/*`],
      }),
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: OBJECT_ACTIONS,
        resources: [`${bucket.bucketArn}/*`],
      }),
      // Lets HeadObject on a missing key answer 404 instead of 403.
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ["s3:ListBucket"],
        resources: [bucket.bucketArn],
      }),
    ],
  } satisfies Omit<FunctionProps, "handler">;
  const fn = new SstFunction(stack, "ApiFn", { ...common, handler: HANDLERS.lean });
  const documents = new SstFunction(stack, "DocumentsFn", {
    ...common,
    handler: HANDLERS.documents,
    // The certificate PDF's fonts (Noto Sans, Latin and Latin Extended) are files, not modules.
    copyFiles: CERTIFICATE_FONTS.map((name) => ({
      from: `node_modules/@fontsource/noto-sans/files/${name}`,
      to: `fonts/${name}`,
    })),
    environment: { ...common.environment, BERDAYA_FONT_DIR: "/var/task/fonts" },
  });

  // Finishes follow-ups a fault left pending (docs/decisions/0005-durable-follow-ups.md).
  new Cron(stack, "Reconcile", {
    schedule: "rate(5 minutes)",
    job: {
      function: { ...common, handler: HANDLERS.reconcile, timeout: "5 minutes" },
    },
  });

  const api = new HttpApi(stack, "api", {
    // Same origin as the site (CloudFront routes /api/* here). No CORS configuration: the app itself
    // sends Access-Control-Allow-Origin: * on the public GETs verifiers read, and API Gateway passes
    // the function's headers through only when it answers no CORS itself.
    cors: false,
    routes: {
      "ANY /api/{proxy+}": fn,
      "GET /.well-known/jwks.json": fn,
      // The server-rendered verify page (a QR code's target).
      "GET /verify/{code}": fn,
      ...Object.fromEntries(DOCUMENT_ROUTES.map((route) => [route, documents])),
    },
  });

  stack.addOutputs({ ApiUrl: api.url });

  return { api };
}
