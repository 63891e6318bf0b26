import { Hono } from "hono";
import { html, raw } from "hono/html";
import type { AppEnv } from "../context";

/** The built document (about 300 KB of JSON), read on its first request. */
const built = () => import("../openapi.json").then((module) => module.default);

/**
 * `/openapi.json`, generated from the routes' own valibot schemas at build time
 * (`npm run openapi` writes src/openapi.json; a test keeps it current), and a readable `/docs` page.
 */
export const docs = new Hono<AppEnv>()
  .get("/openapi.json", async (c) => c.json(await built()))
  .get("/docs", async (c) => {
    const { paths, info } = await built();
    const operations = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item ?? {}).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        summary: (op as { summary?: string }).summary ?? "",
      })),
    );
    return c.html(html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>${info.title}</title>
          <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }
            code { background: #f2f4f3; padding: 0.1rem 0.3rem; border-radius: 4px; }
            li { margin: 0.4rem 0; } .m { font-weight: 700; display: inline-block; min-width: 4.5rem; }
          </style>
        </head>
        <body>
          <h1>${info.title} <small>${info.version}</small></h1>
          <p>${info.description}</p>
          <p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p>
          <ul>
            ${raw(operations.map((o) => html`<li><span class="m">${o.method}</span><code>/api${o.path}</code> ${o.summary}</li>`).join(""))}
          </ul>
        </body>
      </html>`);
  });
