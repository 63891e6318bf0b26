/// <reference lib="dom.iterable" />
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desktop, launchBrowser, overflowsHorizontally, phone, screenshot } from "../support/browser";
import { completeSeededCourse } from "../support/learning";
import { call, json, login, sessionCookieOf, startTestServer, type TestServer } from "../support/local";

/**
 * Issue 15, bug 8: the header, catalog, course, lesson, profile and admin pages at 360 and 1280 px,
 * for a learner, a trainer and an admin: nothing scrolls sideways, the header stays small, and
 * filters, phone numbers and certificate codes are shown whole. The screenshots go to
 * tests/.tmp/screenshots/layout-*.png.
 */
let server: TestServer;
let browser: Browser;
let memberId: string;
const longName =
  "TokoKueBasahDanKeringIbuSitiAminahCabangKotaBengkuluJalanSudirmanNomorDuaPuluhLimaDekatPasarMinggu".padEnd(
    120,
    "X",
  );

beforeAll(async () => {
  server = await startTestServer({ webDir: join(import.meta.dirname, "../../web/dist") });
  browser = await launchBrowser();
  // A member whose business name has no space to wrap at, with a finished course and a certificate.
  const registered = await call(server, "POST", "/api/auth/register", {
    body: {
      name: "Siti Aminah Nurhaliza Kusumawardhani",
      phone: "0812 7788 9900",
      password: "kue-basah-bengkulu",
      businessName: longName,
    },
  });
  memberId = (await json(registered.clone())).user.id;
  const cookie = sessionCookieOf(registered);
  await completeSeededCourse(server, cookie, await login(server, "pelatih1@berdaya.test"));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(viewport: typeof phone, identifier: string, password = "berdaya-demo") {
  const context = await browser.newContext({ viewport });
  const res = await call(server, "POST", "/api/auth/login", { body: { identifier, password } });
  const [name, value] = sessionCookieOf(res).split("=") as [string, string];
  await context.addCookies([{ name, value, url: server.url }]);
  return context.newPage();
}

/** Opens a page and waits until it has drawn its content, not a skeleton. */
async function open(page: Page, path: string, ready: string) {
  await page.goto(`${server.url}${path}`);
  await page.locator(ready).first().waitFor();
  await page.waitForFunction(() => !document.querySelector(".skeleton-line, .spinner"));
}

const headerHeight = (page: Page) =>
  page.evaluate(() => document.querySelector(".site-header")?.getBoundingClientRect().height ?? 0);

/** Elements in `selector` whose text runs over more than one line. */
const wrapped = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        .filter((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return tops.size > 1;
        })
        .map((el) => el.textContent),
    selector,
  );

/** Selects too narrow to show their chosen option whole ("Semua kate…"). */
const cutSelects = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLSelectElement>("main select")]
      .filter((select) => {
        const style = getComputedStyle(select);
        const canvas = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = select.selectedOptions[0]?.text ?? "";
        const room =
          select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        return canvas.measureText(text).width > room;
      })
      .map((select) => select.selectedOptions[0]?.text),
  );

const pages: { who: string; path: () => string; ready: string; name: string }[] = [
  { who: "081200000001", path: () => "/", ready: "[data-testid=course-card]", name: "catalog" },
  {
    who: "081200000001",
    path: () => "/courses/berpikir-kreatif",
    ready: "[data-testid=lesson]",
    name: "course",
  },
  {
    who: "siti",
    path: () => "/courses/berpikir-kreatif/lessons/m1-l1",
    ready: "[data-testid=lesson-title]",
    name: "lesson",
  },
  { who: "siti", path: () => "/profile", ready: "[data-testid=profile-form]", name: "profile" },
  { who: "siti", path: () => "/certificates", ready: "[data-testid=certificate-code]", name: "certificates" },
  {
    who: "pelatih1@berdaya.test",
    path: () => "/trainer",
    ready: "[data-testid=trainer-course]",
    name: "trainer",
  },
  { who: "admin@berdaya.test", path: () => "/admin", ready: "main h1", name: "admin" },
  {
    who: "admin@berdaya.test",
    path: () => "/admin/members",
    ready: "[data-testid=member-row]",
    name: "admin-members",
  },
  {
    who: "admin@berdaya.test",
    path: () => `/admin/members/${memberId}`,
    ready: ".member-phone",
    name: "admin-member",
  },
  {
    who: "admin@berdaya.test",
    path: () => "/admin/certificates",
    ready: "[data-testid=certificate-code]",
    name: "admin-certificates",
  },
  {
    who: "admin@berdaya.test",
    path: () => "/admin/dashboard",
    ready: "[data-testid=dashboard-total]",
    name: "admin-dashboard",
  },
];

describe("layout at 360 and 1280 px", () => {
  for (const [size, viewport] of [
    ["phone", phone],
    ["desktop", desktop],
  ] as const) {
    it(`has no sideways scrolling, a small header and whole filters, numbers and codes (${size})`, async () => {
      const problems: string[] = [];
      for (const { who, path, ready, name } of pages) {
        const page =
          who === "siti"
            ? await signedIn(viewport, "081277889900", "kue-basah-bengkulu")
            : await signedIn(viewport, who);
        await open(page, path(), ready);
        await screenshot(page, `layout-${name}-${size}`);
        if (await overflowsHorizontally(page)) problems.push(`${name}: scrolls sideways`);
        // One row at 1280 px; at 360 px the brand and one row of links, at most.
        const height = await headerHeight(page);
        if (height > (size === "phone" ? 112 : 72)) problems.push(`${name}: header ${height} px`);
        const cut = await cutSelects(page);
        if (cut.length > 0) problems.push(`${name}: cut filters ${cut.join(", ")}`);
        const broken = await wrapped(
          page,
          ".nowrap, .member-phone, .contact, .verify-code, [data-testid=certificate-code]",
        );
        if (broken.length > 0) problems.push(`${name}: wrapped ${broken.join(", ")}`);
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
