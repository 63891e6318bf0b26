import { Duration, Fn } from "aws-cdk-lib";
import {
  AllowedMethods,
  type BehaviorOptions,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { type StackContext, StaticSite, use } from "sst/constructs";
import { contentSecurityPolicy } from "../packages/api/src/page-headers";
import { Api } from "./api";
import { Storage } from "./storage";

/**
 * CloudFront Function on the site's default (S3) behaviour: a path whose last
 * segment has no dot is a client-side route of the SPA, so it gets index.html.
 * Files (/assets/x.js, /favicon.ico) pass through unchanged.
 */
export const SPA_ROUTER_CODE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var last = uri.substring(uri.lastIndexOf("/") + 1);
  if (last.indexOf(".") === -1) {
    request.uri = "/index.html";
  }
  return request;
}`;

/** The session cookie's two names (packages/api/src/auth.ts): part of the API's cache key. */
export const SESSION_COOKIES = ["berdaya_session", "__Host-berdaya_session"];

/**
 * The built app's files: Vite names everything under assets/ by its content, so those never change
 * and are kept for a year; index.html and the rest are revalidated (docs/decisions/0016).
 */
export const SITE_FILE_OPTIONS = [
  { files: "assets/**", cacheControl: "public,max-age=31536000,immutable" },
  { files: ["index.html", "*.svg", "*.ico", "*.txt"], cacheControl: "public,max-age=0,must-revalidate" },
  // StaticSite would make every .js immutable for a year; the service worker and the manifest must be
  // checked on every visit, or a new version would never reach installed phones (ADR 17).
  { files: ["sw.js", "manifest.webmanifest"], cacheControl: "max-age=0,no-cache,must-revalidate" },
];

/** The SolidJS SPA on S3 + CloudFront, with /api/*, /.well-known/* and /verify/* routed to the API. */
export function Web({ stack }: StackContext) {
  const { api } = use(Api);
  const { bucket } = use(Storage);

  // The pages' security headers (docs/decisions/0011), the same as local mode's: presigned file
  // URLs point at the bucket's regional host, so that is the upload origin.
  const pageHeaders = new ResponseHeadersPolicy(stack, "PageHeaders", {
    comment: "Berdaya pages: CSP, no framing, nosniff, referrer policy, HSTS",
    securityHeadersBehavior: {
      contentSecurityPolicy: {
        contentSecurityPolicy: contentSecurityPolicy(`https://${bucket.cdk.bucket.bucketRegionalDomainName}`),
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: {
        referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(365),
        includeSubdomains: true,
        override: true,
      },
    },
  });

  // api.url is "https://<id>.execute-api.<region>.amazonaws.com": take the host.
  const apiOrigin = new HttpOrigin(Fn.select(2, Fn.split("/", api.url)), {
    protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
  });
  // The API decides what may be kept (docs/decisions/0016): anonymous public answers carry
  // s-maxage and stale-while-revalidate, everything else no-store, so nothing is kept by default
  // (default TTL 0). The session cookie is in the key: a signed-in request never gets an anonymous
  // copy, and its own no-store answer is never kept.
  const ttls = { defaultTtl: Duration.seconds(0), minTtl: Duration.seconds(0), maxTtl: Duration.days(1) };
  const compressed = { enableAcceptEncodingGzip: true, enableAcceptEncodingBrotli: true };
  const apiCache = new CachePolicy(stack, "ApiAnswers", {
    comment: "Berdaya API: honours the origin's Cache-Control; session cookie and Accept in the key",
    ...ttls,
    ...compressed,
    cookieBehavior: CacheCookieBehavior.allowList(...SESSION_COOKIES),
    queryStringBehavior: CacheQueryStringBehavior.all(),
    // /api/achievements/{id} answers JSON or a redirect by Accept.
    headerBehavior: CacheHeaderBehavior.allowList("Accept"),
  });
  // The verify page is in Bahasa Indonesia or English by ?lang= or Accept-Language.
  const pageCache = new CachePolicy(stack, "VerifyPages", {
    comment: "Berdaya verify page: honours the origin's Cache-Control; lang and Accept-Language in the key",
    ...ttls,
    ...compressed,
    cookieBehavior: CacheCookieBehavior.none(),
    queryStringBehavior: CacheQueryStringBehavior.allowList("lang"),
    headerBehavior: CacheHeaderBehavior.allowList("Accept-Language"),
  });
  const apiBehavior = (cachePolicy: CachePolicy): BehaviorOptions => ({
    origin: apiOrigin,
    viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
    allowedMethods: AllowedMethods.ALLOW_ALL,
    cachePolicy,
    compress: true,
    // Forwards cookies, query strings and headers, but not Host (API Gateway
    // needs its own host name).
    originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
  });

  const site = new StaticSite(stack, "site", {
    path: "web",
    buildCommand: "npm run build",
    buildOutput: "dist",
    // StaticSite writes a Vite env typing file into <path>/src/ when the site has
    // a vite.config; keep it out of web/ (.sst/ is gitignored).
    vite: { types: "../.sst/web-env.d.ts" },
    assets: { fileOptions: SITE_FILE_OPTIONS },
    cdk: {
      distribution: {
        // StaticSite's SPA fallback ("redirect_to_index_page") is a pair of
        // distribution-wide custom error responses (403/404 -> /index.html, 200).
        // They would also rewrite the API's own 403 and 404 answers into
        // index.html with status 200, so there are none; client-side routes are
        // rewritten to /index.html by SPA_ROUTER_CODE on the S3 behaviour only.
        errorResponses: [],
        defaultBehavior: {
          responseHeadersPolicy: pageHeaders,
          functionAssociations: [
            {
              eventType: FunctionEventType.VIEWER_REQUEST,
              function: new CloudFrontFunction(stack, "SpaRouter", {
                code: FunctionCode.fromInline(SPA_ROUTER_CODE),
                runtime: FunctionRuntime.JS_2_0,
              }),
            },
          ],
        },
        additionalBehaviors: {
          "/api/*": apiBehavior(apiCache),
          "/.well-known/*": apiBehavior(apiCache),
          // /verify/{code} is rendered by the API (no JavaScript needed); /verify itself stays the SPA's.
          "/verify/*": apiBehavior(pageCache),
        },
      },
    },
  });
  // StaticSite always creates its own viewer-request function (it appends
  // ".html" to extensionless paths); ours replaces it above, so drop the unused one.
  site.node.tryRemoveChild("CloudFrontFunction");

  stack.addOutputs({ SiteUrl: site.url });
}
