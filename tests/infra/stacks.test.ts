// Offline synth of the SST v2 stacks (no AWS account, no network).
//
// How this stays offline and fast:
// - vitest sets NODE_ENV=test, so SST's App.isRunningSSTTest() is true and
//   App.finish() would skip its bootstrap lookup (the one AWS call of a synth).
// - We never call app.finish(). In SST v2 the slow parts of a synth are
//   deferred tasks that only finish() runs: bundling each Function with esbuild
//   and StaticSite's `buildCommand` + zipping of web/dist. Without them the
//   Function keeps SST's inline placeholder code (so the handler is checked on
//   the construct, not in the template) and the site has its bucket and
//   distribution but no upload custom resource. Everything asserted on the
//   templates is set in the constructors, so no web build ever runs.
// - The real sst.config.ts is imported and its stacks(app) runs, so the wiring
//   and the app-wide default function props are tested too.
// - The last block bundles the API Lambdas the way `sst deploy` does (esbuild,
//   in-process, a few seconds), without finish(), so the web build still never
//   runs, and checks that stacks/bundling.ts's options (used by the bench and
//   tests/api/lambda-events.test.ts) give the very same files. SST also runs `npm install` in the bundle folder for every Node
//   function, even with nothing to install; npm_config_offline keeps it local.
import fs from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tableInput } from "@berdaya/core/db";
import type { CfnElement } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { build } from "esbuild";
import { App, type FunctionProps, getStack, Function as SstFunction, type Stack } from "sst/constructs";
import { initProject } from "sst/project.js";
import { useRuntimeHandlers } from "sst/runtime/handlers.js";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionCookie } from "../../packages/api/src/auth";
import config from "../../sst.config";
import { Api, OBJECT_ACTIONS, TABLE_ACTIONS } from "../../stacks/api";
import { CERTIFICATE_FONTS, DOCUMENT_ROUTES, esbuildOptions, HANDLERS } from "../../stacks/bundling";
import { Storage } from "../../stacks/storage";
import { SESSION_COOKIES, SITE_FILE_OPTIONS, SPA_ROUTER_CODE, Web } from "../../stacks/web";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// AWS managed CloudFront policies.
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

// biome-ignore lint/suspicious/noExplicitAny: CloudFormation templates are untyped JSON.
type Json = Record<string, any>;

let app: App;
let storage: Template;
let api: Template;
let web: Template;
let stacks: Stack[];
let apiStack: Stack;
let apiFn: SstFunction;
let apiFnId: string;
let documentsFn: SstFunction;
let documentsFnId: string;

/** Turns a CloudFormation value into a readable string, following cross-stack
 *  imports to the exporting stack's output, e.g. "arn(table)/index/*". */
function describeValue(value: unknown): string {
  if (typeof value === "string") return value;
  const v = value as Json;
  if (v["Fn::Join"]) {
    const [sep, parts] = v["Fn::Join"] as [string, unknown[]];
    return parts.map(describeValue).join(sep);
  }
  if (v["Fn::GetAtt"]) {
    const [id, attr] = v["Fn::GetAtt"] as [string, string];
    return `${attr.toLowerCase()}(${id})`;
  }
  if (v.Ref) return `ref(${v.Ref})`;
  if (v["Fn::ImportValue"]) {
    const name = v["Fn::ImportValue"] as string;
    for (const t of [storage, api, web]) {
      for (const out of Object.values(t.toJSON().Outputs ?? {}) as Json[]) {
        if (out.Export?.Name === name) return describeValue(out.Value);
      }
    }
    throw new Error(`no export named ${name}`);
  }
  return JSON.stringify(v);
}

function onlyLogicalId(t: Template, type: string): string {
  const ids = Object.keys(t.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

beforeAll(async () => {
  process.env.AWS_REGION ??= "ap-southeast-3";
  await initProject({ stage: "test", root });
  app = new App({
    mode: "deploy",
    stage: "test",
    name: "berdaya",
    region: "ap-southeast-3",
    account: "123456789012",
  });
  await config.stacks(app);
  apiStack = getStack(Api);
  apiFn = apiStack.node.findChild("ApiFn") as SstFunction;
  apiFnId = apiStack.getLogicalId(apiFn.node.defaultChild as CfnElement);
  documentsFn = apiStack.node.findChild("DocumentsFn") as SstFunction;
  documentsFnId = apiStack.getLogicalId(documentsFn.node.defaultChild as CfnElement);
  stacks = [getStack(Storage), apiStack, getStack(Web)];
  storage = Template.fromStack(getStack(Storage));
  api = Template.fromStack(getStack(Api));
  web = Template.fromStack(getStack(Web));
}, 60_000);

describe("Storage stack", () => {
  it("has one on-demand table with pk/sk, the global indexes, PITR and TTL on expiresAt", () => {
    storage.resourceCountIs("AWS::DynamoDB::Table", 1);
    storage.hasResourceProperties("AWS::DynamoDB::Table", {
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      // The indexes local mode and the tests create (core db), the same on AWS.
      GlobalSecondaryIndexes: tableInput("berdaya").GlobalSecondaryIndexes,
      BillingMode: "PAY_PER_REQUEST",
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
    });
    const table = Object.values(storage.findResources("AWS::DynamoDB::Table"))[0] as Json;
    const attrs = (table.Properties.AttributeDefinitions as Json[]).map(
      (a) => `${a.AttributeName}:${a.AttributeType}`,
    );
    expect(attrs.sort()).toEqual(
      (tableInput("berdaya").AttributeDefinitions ?? [])
        .map((a) => `${a.AttributeName}:${a.AttributeType}`)
        .sort(),
    );
  });

  it("has one private, encrypted, TLS-only files bucket", () => {
    storage.resourceCountIs("AWS::S3::Bucket", 1);
    storage.hasResourceProperties("AWS::S3::Bucket", {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      CorsConfiguration: {
        CorsRules: [{ AllowedMethods: ["PUT", "GET"], AllowedOrigins: ["*"] }],
      },
      // Incoming presigned writes expire; checked copies under files/ are kept (ADR 0012).
      LifecycleConfiguration: {
        Rules: [{ Prefix: "uploads/", ExpirationInDays: 1, Status: "Enabled" }],
      },
    });
    const bucketId = onlyLogicalId(storage, "AWS::S3::Bucket");
    const [policy] = Object.values(storage.findResources("AWS::S3::BucketPolicy")) as Json[];
    expect(policy?.Properties.Bucket).toEqual({ Ref: bucketId });
    expect(policy?.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({
        Effect: "Deny",
        Action: "s3:*",
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      }),
    );
  });
});

describe("Api stack", () => {
  const propsOf = (fn: SstFunction) => (fn as unknown as { props: FunctionProps }).props;

  it("has a lean API function, a documents function and a scheduled reconciler, and nothing else", () => {
    const fns = stacks.flatMap((s) => s.getAllFunctions());
    expect(fns).toHaveLength(3);
    expect(fns).toContain(apiFn);
    expect(fns).toContain(documentsFn);
    expect(apiFn).toBeInstanceOf(SstFunction);
    // SST keeps the props on the construct (private in its typings).
    const handlers = fns.map((fn) => propsOf(fn).handler).sort();
    expect(handlers).toEqual(Object.values(HANDLERS).sort());
    expect(propsOf(apiFn).handler).toBe(HANDLERS.lean);
    expect(propsOf(documentsFn).handler).toBe(HANDLERS.documents);
    for (const fn of fns) {
      // ESM, minified, split into chunks loaded on first use, no source maps, the SDK from the runtime.
      expect(propsOf(fn).nodejs).toMatchObject({
        format: "esm",
        minify: true,
        splitting: true,
        sourcemap: false,
      });
      expect(propsOf(fn).nodejs?.esbuild?.external).toContain("@aws-sdk/*");
    }

    // Every other Lambda in the templates is SST's or CDK's deploy-time helper.
    const helpers = /^(CustomResourceHandler|CustomS3AutoDeleteObjectsCustomResourceProviderHandler)/;
    const lambdas = [storage, api, web].flatMap((t) => Object.keys(t.findResources("AWS::Lambda::Function")));
    expect(lambdas.filter((id) => !helpers.test(id))).toHaveLength(3);
    expect(lambdas).toContain(apiFnId);
    expect(lambdas).toContain(documentsFnId);
  });

  it("runs the reconciler every five minutes (durable follow-ups)", () => {
    const rules = Object.values(api.findResources("AWS::Events::Rule")) as Json[];
    expect(rules.map((rule) => rule.Properties.ScheduleExpression)).toEqual(["rate(5 minutes)"]);
    const target = rules[0]?.Properties.Targets[0].Arn;
    const reconcilerId = Object.keys(api.findResources("AWS::Lambda::Function")).find(
      (id) => id !== apiFnId && id !== documentsFnId && JSON.stringify(target).includes(id),
    );
    expect(reconcilerId).toBeTruthy();
  });

  it("runs both API functions on nodejs22.x, arm64, 1024 MB, 10 s with the table, bucket and stage in their env", () => {
    const tableId = onlyLogicalId(storage, "AWS::DynamoDB::Table");
    const bucketId = onlyLogicalId(storage, "AWS::S3::Bucket");
    for (const id of [apiFnId, documentsFnId]) {
      const fn = api.toJSON().Resources[id].Properties as Json;
      expect(fn.Runtime).toBe("nodejs22.x");
      expect(fn.Architectures).toEqual(["arm64"]);
      expect(fn.MemorySize).toBe(1024);
      expect(fn.Timeout).toBe(10);
      const env = fn.Environment.Variables as Json;
      expect(describeValue(env.BERDAYA_TABLE)).toBe(`ref(${tableId})`);
      expect(describeValue(env.BERDAYA_BUCKET)).toBe(`ref(${bucketId})`);
      expect(env.BERDAYA_STAGE).toBe("test");
      // bind [signingKey]: SST's config client reads the secret from SSM.
      expect(env.SST_Secret_value_SIGNING_KEY).toBe("__FETCH_FROM_SSM__");
    }
    // Only the documents function renders PDFs: the fonts travel with its bundle, and it reads them there.
    const documentsEnv = api.toJSON().Resources[documentsFnId].Properties.Environment.Variables as Json;
    expect(documentsEnv.BERDAYA_FONT_DIR).toBe("/var/task/fonts");
    const props = propsOf(documentsFn);
    expect(props.copyFiles?.map((f) => f.to)).toEqual(CERTIFICATE_FONTS.map((name) => `fonts/${name}`));
    for (const file of props.copyFiles ?? []) expect(fs.existsSync(file.from)).toBe(true);
    const leanEnv = api.toJSON().Resources[apiFnId].Properties.Environment.Variables as Json;
    expect(leanEnv.BERDAYA_FONT_DIR).toBeUndefined();
    expect(propsOf(apiFn).copyFiles).toBeUndefined();
  });

  it("routes the heavy routes (the PDF among them) to the documents function and everything else to the lean one", () => {
    const routes = Object.values(api.findResources("AWS::ApiGatewayV2::Route")) as Json[];
    const integrations = api.findResources("AWS::ApiGatewayV2::Integration") as Record<string, Json>;
    const target = (route: Json) => {
      const [, integrationId] = (route.Properties.Target["Fn::Join"] as [string, [string, Json]])[1];
      return describeValue(integrations[integrationId.Ref]?.Properties.IntegrationUri);
    };
    const byRoute = Object.fromEntries(routes.map((r) => [r.Properties.RouteKey as string, target(r)]));
    expect(byRoute).toEqual({
      "ANY /api/{proxy+}": `arn(${apiFnId})`,
      "GET /.well-known/jwks.json": `arn(${apiFnId})`,
      "GET /verify/{code}": `arn(${apiFnId})`,
      ...Object.fromEntries(DOCUMENT_ROUTES.map((route) => [route, `arn(${documentsFnId})`])),
    });
    expect(byRoute["GET /api/certificates/{code}/pdf"]).toBe(`arn(${documentsFnId})`);
    // Same origin as the site: API Gateway answers no CORS itself, so the function's
    // Access-Control-Allow-Origin: * on the verifiers' GETs reaches them unchanged.
    api.hasResourceProperties("AWS::ApiGatewayV2::Api", { ProtocolType: "HTTP" });
    const [httpApi] = Object.values(api.findResources("AWS::ApiGatewayV2::Api")) as Json[];
    expect(httpApi?.Properties.CorsConfiguration).toBeUndefined();
  });

  it("grants each API function DynamoDB and S3 actions on exactly this table, its indexes and this bucket", () => {
    const tableId = onlyLogicalId(storage, "AWS::DynamoDB::Table");
    const bucketId = onlyLogicalId(storage, "AWS::S3::Bucket");
    const allowed = {
      dynamodb: new Set([`arn(${tableId})`, `arn(${tableId})/index/*`]),
      s3: new Set([`arn(${bucketId})`, `arn(${bucketId})/*`]),
    };
    for (const fnId of [apiFnId, documentsFnId]) {
      const fnProps = api.toJSON().Resources[fnId].Properties as Json;
      const roleId = (fnProps.Role["Fn::GetAtt"] as string[])[0];
      const policies = Object.values(api.findResources("AWS::IAM::Policy")).filter((p: Json) =>
        (p.Properties.Roles as Json[]).some((r) => r.Ref === roleId),
      ) as Json[];
      const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement as Json[]);
      const granted = { dynamodb: new Set<string>(), s3: new Set<string>() };
      for (const s of statements) {
        const actions = [s.Action].flat() as string[];
        const resources = [s.Resource].flat().map(describeValue);
        for (const service of ["dynamodb", "s3"] as const) {
          const mine = actions.filter((a) => a.startsWith(`${service}:`));
          if (mine.length === 0) continue;
          expect(s.Effect).toBe("Allow");
          expect(mine).not.toContain(`${service}:*`);
          expect(resources).not.toContain("*");
          for (const r of resources) expect(allowed[service]).toContain(r);
          for (const a of mine) granted[service].add(a);
        }
      }
      expect([...granted.dynamodb].sort()).toEqual([...TABLE_ACTIONS].sort());
      expect(granted.dynamodb).not.toContain("dynamodb:Scan");
      expect([...granted.s3].sort()).toEqual([...OBJECT_ACTIONS, "s3:ListBucket"].sort());
    }
  });
});

describe("Web stack", () => {
  const distribution = () => {
    const id = onlyLogicalId(web, "AWS::CloudFront::Distribution");
    return web.toJSON().Resources[id].Properties.DistributionConfig as Json;
  };

  it("routes /api/*, /.well-known/* and /verify/* to the HTTP API, HTTPS only, headers untouched", () => {
    const cfg = distribution();
    const behaviors = cfg.CacheBehaviors as Json[];
    expect(behaviors.map((b) => b.PathPattern).sort()).toEqual(["/.well-known/*", "/api/*", "/verify/*"]);
    // No response headers policy: the API's own CORS header on public GETs passes through, and
    // CloudFront adds none to the session routes.
    for (const b of behaviors) expect(b.ResponseHeadersPolicyId).toBeUndefined();
    const apiId = onlyLogicalId(api, "AWS::ApiGatewayV2::Api");
    for (const b of behaviors) {
      expect(b).toMatchObject({
        ViewerProtocolPolicy: "https-only",
        AllowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"],
        OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
      });
      const origin = (cfg.Origins as Json[]).find((o) => o.Id === b.TargetOriginId) as Json;
      expect(origin.CustomOriginConfig.OriginProtocolPolicy).toBe("https-only");
      // Host of the API endpoint: select(2, split("/", "https://<id>.execute-api...")).
      const [index, split] = origin.DomainName["Fn::Select"] as [number, Json];
      expect(index).toBe(2);
      const [sep, url] = split["Fn::Split"] as [string, unknown];
      expect(sep).toBe("/");
      expect(describeValue(url)).toBe(`apiendpoint(${apiId})`);
    }
  });

  it("keeps what the API marks shareable, keyed so a signed-in request never gets an anonymous copy", () => {
    const cfg = distribution();
    const policies = web.toJSON().Resources as Json;
    const policyOf = (path: string) => {
      const behavior = (cfg.CacheBehaviors as Json[]).find((b) => b.PathPattern === path) as Json;
      return policies[behavior.CachePolicyId.Ref].Properties.CachePolicyConfig as Json;
    };
    for (const path of ["/api/*", "/.well-known/*", "/verify/*"]) {
      const policy = policyOf(path);
      // The origin's Cache-Control decides (s-maxage, stale-while-revalidate, no-store); without one, nothing is kept.
      expect(policy, path).toMatchObject({ DefaultTTL: 0, MinTTL: 0, MaxTTL: 86400 });
      expect(policy.ParametersInCacheKeyAndForwardedToOrigin, path).toMatchObject({
        EnableAcceptEncodingGzip: true,
        EnableAcceptEncodingBrotli: true,
      });
    }
    const api = policyOf("/api/*").ParametersInCacheKeyAndForwardedToOrigin as Json;
    expect(policyOf("/.well-known/*")).toEqual(policyOf("/api/*"));
    expect(SESSION_COOKIES).toEqual([sessionCookie, `__Host-${sessionCookie}`]);
    expect(api.CookiesConfig).toEqual({ CookieBehavior: "whitelist", Cookies: SESSION_COOKIES });
    expect(api.QueryStringsConfig).toEqual({ QueryStringBehavior: "all" });
    expect(api.HeadersConfig).toEqual({ HeaderBehavior: "whitelist", Headers: ["Accept"] });
    const page = policyOf("/verify/*").ParametersInCacheKeyAndForwardedToOrigin as Json;
    expect(page.QueryStringsConfig).toEqual({ QueryStringBehavior: "whitelist", QueryStrings: ["lang"] });
    expect(page.HeadersConfig).toEqual({ HeaderBehavior: "whitelist", Headers: ["Accept-Language"] });
    expect(page.CookiesConfig).toEqual({ CookieBehavior: "none" });
  });

  it("uploads the app's hashed assets as immutable for a year and revalidates index.html", () => {
    // The upload custom resource is made by finish(), which this offline synth never runs: the
    // options handed to StaticSite are checked instead.
    expect(SITE_FILE_OPTIONS).toContainEqual({
      files: "assets/**",
      cacheControl: "public,max-age=31536000,immutable",
    });
    const index = SITE_FILE_OPTIONS.find((o) => ([] as string[]).concat(o.files).includes("index.html"));
    expect(index?.cacheControl).toBe("public,max-age=0,must-revalidate");
  });

  it("serves the SPA for client-side routes without masking API errors", () => {
    const cfg = distribution();
    // Distribution-wide error responses would turn the API's 403/404 into index.html.
    expect(cfg.CustomErrorResponses).toBeUndefined();
    expect(cfg.DefaultRootObject).toBe("index.html");
    expect(cfg.DefaultCacheBehavior.ViewerProtocolPolicy).toBe("redirect-to-https");
    const fnId = onlyLogicalId(web, "AWS::CloudFront::Function");
    expect(cfg.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: "viewer-request", FunctionARN: { "Fn::GetAtt": [fnId, "FunctionARN"] } },
    ]);
    const code = web.toJSON().Resources[fnId].Properties.FunctionCode as string;
    expect(code).toBe(SPA_ROUTER_CODE);
    const handler = new Function(`${code}; return handler;`)() as (e: Json) => Json;
    const route = (uri: string) => handler({ request: { uri } }).uri;
    expect(route("/")).toBe("/index.html");
    expect(route("/kursus/abc-123")).toBe("/index.html");
    expect(route("/verifikasi/BDY-2025-0001/")).toBe("/index.html");
    expect(route("/assets/index-4f3a.js")).toBe("/assets/index-4f3a.js");
    expect(route("/favicon.ico")).toBe("/favicon.ico");
  });

  it("answers every page with the strict CSP, no framing, nosniff, a referrer policy and HSTS", () => {
    const cfg = distribution();
    const policyId = onlyLogicalId(web, "AWS::CloudFront::ResponseHeadersPolicy");
    expect(cfg.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    const config = web.toJSON().Resources[policyId].Properties.ResponseHeadersPolicyConfig as Json;
    const security = config.SecurityHeadersConfig as Json;
    const csp = describeValue(security.ContentSecurityPolicy.ContentSecurityPolicy);
    const bucketId = onlyLogicalId(storage, "AWS::S3::Bucket");
    const uploads = `https://regionaldomainname(${bucketId})`;
    const directives = Object.fromEntries(
      csp.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(" ")];
      }),
    );
    expect(directives).toMatchObject({
      "default-src": "'self'",
      "script-src": "'self'",
      "img-src": `'self' blob: ${uploads}`,
      "media-src": `'self' ${uploads}`,
      "frame-src": "https://www.youtube-nocookie.com",
      "object-src": "'none'",
      "frame-ancestors": "'none'",
      "worker-src": "'self'",
      "manifest-src": "'self'",
    });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(security.ContentSecurityPolicy.Override).toBe(true);
    expect(security.ContentTypeOptions).toEqual({ Override: true });
    expect(security.FrameOptions).toEqual({ FrameOption: "DENY", Override: true });
    expect(security.ReferrerPolicy).toEqual({
      ReferrerPolicy: "strict-origin-when-cross-origin",
      Override: true,
    });
    expect(security.StrictTransportSecurity).toMatchObject({
      AccessControlMaxAgeSec: 31_536_000,
      Override: true,
    });
  });

  it("keeps the site bucket private and outputs the site URL", () => {
    web.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    expect(Object.keys(web.toJSON().Outputs ?? {})).toContain("SiteUrl");
  });
});

describe("API Lambda bundles", () => {
  /** Builds a function the way `sst deploy` does, offline. */
  async function sstBuild(fn: SstFunction): Promise<Json> {
    const npmEnv = { npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false" };
    const saved = Object.fromEntries(Object.keys(npmEnv).map((k) => [k, process.env[k]]));
    Object.assign(process.env, npmEnv);
    try {
      const result = (await useRuntimeHandlers().build(fn.node.addr, "deploy")) as Json;
      if (result.type === "error") throw new Error(result.errors.join("\n"));
      return result;
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  const scripts = (dir: string) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".mjs"))
      .sort();

  it.each([
    ["lean", () => apiFn],
    ["documents", () => documentsFn],
  ] as const)(
    "bundles the %s function offline as ESM chunks with only @aws-sdk/* and builtins external, as stacks/bundling.ts does",
    async (name, fnOf) => {
      const result = await sstBuild(fnOf());
      const handler = HANDLERS[name];
      // The Handler that finish() would write into the template.
      expect(result.handler).toBe(handler);
      const dir = path.join(result.out, path.dirname(handler));
      const entry = `${path.basename(handler, ".handler")}.mjs`;
      const code = fs.readFileSync(path.join(dir, entry), "utf8");
      expect(code).toMatch(/export\s*\{[^}]*\bas handler\b|export\s*\{\s*handler\b/);
      for (const file of scripts(dir)) {
        const text = fs.readFileSync(path.join(dir, file), "utf8");
        const imports = [...text.matchAll(/(?:\bfrom|\bimport|\brequire\()\s*"([^"]+)"/g)]
          .map((m) => m[1] as string)
          .filter((spec) => /^(node:)?[@a-z0-9][\w.@/-]*$/i.test(spec));
        const unexpected = imports.filter((spec) => !isBuiltin(spec) && !spec.startsWith("@aws-sdk/"));
        expect(unexpected, file).toEqual([]);
        // ElectroDB's model check is left to the tests (stacks/unchecked-models.cjs): jsonschema, whose
        // type error reads "is not of a type(s)", is not inside.
        expect(text, file).not.toContain("is not of a type");
      }
      // The bench and the API Gateway event tests bundle with stacks/bundling.ts: the same files, byte for byte.
      const mine = fs.mkdtempSync(path.join(root, "tests/.tmp/bundle-"));
      try {
        await build(esbuildOptions(path.join(root, handler.replace(/\.handler$/, ".ts")), mine));
        expect(scripts(mine)).toEqual(scripts(dir));
        for (const file of scripts(dir))
          expect(
            fs.readFileSync(path.join(mine, file)).equals(fs.readFileSync(path.join(dir, file))),
            file,
          ).toBe(true);
      } finally {
        fs.rmSync(mine, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
