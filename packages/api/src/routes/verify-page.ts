import * as Certificate from "@berdaya/core/certificate";
import { DomainError } from "@berdaya/core/error";
import { Hono } from "hono";
import { html, raw } from "hono/html";
import * as v from "valibot";
import { cacheTimes, shared, taggedHtml } from "../cache";
import { type AppEnv, type Lang, langOf } from "../context";

type View = Certificate.View;
type Result = Awaited<ReturnType<typeof Certificate.verifyCredential>> | null;

const words = {
  id: {
    title: "Verifikasi sertifikat",
    valid: "Sertifikat sah",
    revoked: "Sertifikat dicabut",
    pending: "Menunggu persetujuan asosiasi",
    invalid: "Tanda tangan tidak sah",
    notFound: "Sertifikat tidak ditemukan",
    notFoundText: "Tidak ada sertifikat dengan kode ini. Periksa kembali kodenya.",
    badCode: "Kode sertifikat tidak valid",
    badCodeText: "Kode sertifikat berbentuk BKL-XXXX-XXXX-XXXX.",
    holder: "Nama pemegang",
    hidden: "(nama tidak ditampilkan)",
    course: "Kursus",
    trainer: "Pelatih",
    issuer: "Penerbit",
    issuedAt: "Tanggal terbit",
    duration: "Durasi",
    revokedAt: "Dicabut pada",
    reason: "Alasan",
    code: "Kode",
    checks: "Yang diperiksa",
    checkSignature: "Tanda tangan digital cocok dengan kunci publik penerbit",
    checkIssuer: "Diterbitkan oleh asosiasi ini",
    checkValidity: "Dalam masa berlaku",
    checkStatus: "Tidak dicabut (daftar pencabutan diperiksa sekarang)",
    checkedAt: "Diperiksa pada",
    links: "Tautan",
    credential: "Kredensial digital (Open Badges 3.0, .jwt)",
    pdf: "Sertifikat PDF",
    profile: "Profil penerbit",
    badge: "Gambar lencana",
    linkedin: "Tambahkan ke profil LinkedIn",
    whatsapp: "Bagikan lewat WhatsApp",
    checkFile: "Periksa berkas kredensial",
    share: (course: string, holder: string) =>
      `Sertifikat "${course}" atas nama ${holder}. Cek keasliannya di:`,
    description: (holder: string, course: string, issuer: string) =>
      `${holder} menyelesaikan kursus "${course}" yang diterbitkan ${issuer}.`,
    other: "English",
    jp: (n: number) => `${n} JP (jam pelajaran)`,
    yes: "ya",
    no: "tidak",
  },
  en: {
    title: "Certificate verification",
    valid: "Valid certificate",
    revoked: "Certificate revoked",
    pending: "Waiting for the association's approval",
    invalid: "Signature not valid",
    notFound: "Certificate not found",
    notFoundText: "No certificate has this code. Check the code again.",
    badCode: "Not a certificate code",
    badCodeText: "Certificate codes look like BKL-XXXX-XXXX-XXXX.",
    holder: "Holder",
    hidden: "(name not shown)",
    course: "Course",
    trainer: "Trainer",
    issuer: "Issuer",
    issuedAt: "Issued on",
    duration: "Duration",
    revokedAt: "Revoked on",
    reason: "Reason",
    code: "Code",
    checks: "What was checked",
    checkSignature: "The digital signature matches the issuer's public key",
    checkIssuer: "Issued by this association",
    checkValidity: "Within its validity period",
    checkStatus: "Not revoked (the revocation list was checked just now)",
    checkedAt: "Checked at",
    links: "Links",
    credential: "Digital credential (Open Badges 3.0, .jwt)",
    pdf: "PDF certificate",
    profile: "Issuer profile",
    badge: "Badge image",
    linkedin: "Add to LinkedIn profile",
    whatsapp: "Share on WhatsApp",
    checkFile: "Check a credential file",
    share: (course: string, holder: string) => `Certificate "${course}" for ${holder}. Check it at:`,
    description: (holder: string, course: string, issuer: string) =>
      `${holder} completed the course "${course}", issued by ${issuer}.`,
    other: "Bahasa Indonesia",
    jp: (n: number) => `${n} JP (45-minute lesson hours)`,
    yes: "yes",
    no: "no",
  },
} as const;

const dateIn = (lang: Lang, iso: string, time = false) =>
  new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", {
    dateStyle: "long",
    ...(time ? { timeStyle: "short" } : {}),
    timeZone: "Asia/Jakarta",
  }).format(new Date(iso));

const style = raw(`<style>
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1f24;background:#f4f7f5}
main{max-width:44rem;margin:0 auto;padding:1rem}header{display:flex;justify-content:space-between;gap:1rem;align-items:center;flex-wrap:wrap}
.status{border-radius:.75rem;padding:1rem;margin:1rem 0;display:flex;gap:1rem;align-items:center;color:#fff}
.status img{width:64px;height:64px;flex:none}.mark{width:64px;height:64px;flex:none;border-radius:50%;border:4px solid #fff;display:grid;place-items:center;font-size:2rem;font-weight:700}.status h1{margin:0;font-size:1.4rem}.status p{margin:.25rem 0 0}
.valid{background:#0d5e45}.revoked{background:#a11a1a}.pending{background:#5b6166}.invalid{background:#a11a1a}.missing{background:#5b6166}
dl{display:grid;grid-template-columns:minmax(7rem,auto) 1fr;gap:.4rem 1rem;background:#fff;border-radius:.75rem;padding:1rem;margin:0}
dt{color:#4d555c}dd{margin:0;overflow-wrap:anywhere}.code{font-family:ui-monospace,monospace;white-space:nowrap}
section{margin:1.25rem 0}h2{font-size:1.1rem;margin:0 0 .5rem}ul{margin:0;padding-left:1.25rem}
.checks{list-style:none;padding:0}.checks li{padding:.2rem 0}.ok::before{content:"✓ ";color:#0d5e45;font-weight:700}.no::before{content:"✕ ";color:#a11a1a;font-weight:700}
a{color:#0b5d8f}.actions{display:flex;flex-wrap:wrap;gap:.5rem}.actions a{display:inline-block;padding:.55rem .9rem;border-radius:.5rem;background:#fff;border:1px solid #c9d3cd;text-decoration:none}
small{color:#4d555c}
</style>`);

function page(
  lang: Lang,
  head: { title: string; description: string; image?: string; url?: string },
  body: unknown,
) {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${head.title}</title>
<meta name="description" content="${head.description}">
<meta property="og:type" content="website">
<meta property="og:title" content="${head.title}">
<meta property="og:description" content="${head.description}">
${head.image ? html`<meta property="og:image" content="${head.image}"><meta name="twitter:card" content="summary">` : ""}
${head.url ? html`<meta property="og:url" content="${head.url}"><link rel="canonical" href="${head.url}">` : ""}
${style}
</head>
<body><main>${body}</main></body>
</html>`;
}

function certificatePage(lang: Lang, view: View, result: Result, checkedAt: string) {
  const t = words[lang];
  const holder = view.holder ?? t.hidden;
  const signatureOk =
    result?.valid === true || result?.failed === "revocation" || result?.failed === "pending";
  const state =
    view.status === "revoked"
      ? "revoked"
      : view.status === "pending"
        ? "pending"
        : result && !signatureOk
          ? "invalid"
          : "valid";
  const heading = t[state];
  const issued = new Date(view.issuedAt);
  const linkedin = new URL("https://www.linkedin.com/profile/add");
  for (const [k, val] of Object.entries({
    startTask: "CERTIFICATION_NAME",
    name: view.course.title,
    organizationName: view.issuer.name,
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
    certUrl: view.verifyUrl,
    certId: view.code,
  }))
    linkedin.searchParams.set(k, val);
  const whatsapp = `https://wa.me/?text=${encodeURIComponent(`${t.share(view.course.title, holder)} ${view.verifyUrl}`)}`;
  const other = lang === "id" ? "en" : "id";
  const check = (ok: boolean, label: string) =>
    html`<li class="${ok ? "ok" : "no"}">${label}: ${ok ? t.yes : t.no}</li>`;
  const body = html`<header><strong>${view.issuer.name}</strong><a href="?lang=${other}" hreflang="${other}">${t.other}</a></header>
<div class="status ${state}" role="status" data-testid="verify-status" data-status="${state}">
${state === "valid" ? html`<img src="${view.imageUrl}" alt="" width="64" height="64">` : html`<span class="mark" aria-hidden="true">${state === "pending" ? "…" : "✕"}</span>`}
<div><h1>${heading}</h1><p>${view.course.title}</p></div>
</div>
<dl data-testid="verify-result">
<dt>${t.holder}</dt><dd data-field="holder">${holder}</dd>
<dt>${t.course}</dt><dd data-field="course">${view.course.title}</dd>
${view.durationJp ? html`<dt>${t.duration}</dt><dd>${t.jp(view.durationJp)}</dd>` : ""}
<dt>${t.trainer}</dt><dd>${view.trainer}</dd>
<dt>${t.issuer}</dt><dd>${view.issuer.name}</dd>
<dt>${t.issuedAt}</dt><dd>${dateIn(lang, view.issuedAt)}</dd>
${view.revokedAt ? html`<dt>${t.revokedAt}</dt><dd>${dateIn(lang, view.revokedAt)}</dd>` : ""}
${view.revokeReason ? html`<dt>${t.reason}</dt><dd>${view.revokeReason}</dd>` : ""}
<dt>${t.code}</dt><dd class="code">${view.code}</dd>
</dl>
<section><h2>${t.checks}</h2><ul class="checks">
${check(Boolean(result) && signatureOk, t.checkSignature)}
${check(Boolean(result) && signatureOk, t.checkIssuer)}
${check(Boolean(result) && signatureOk && result?.failed !== "validity", t.checkValidity)}
${check(view.status === "valid", t.checkStatus)}
</ul><small>${t.checkedAt} ${dateIn(lang, checkedAt, true)} WIB</small></section>
<section><h2>${t.links}</h2><div class="actions">
${view.credentialUrl ? html`<a href="${view.credentialUrl}" download>${t.credential}</a>` : ""}
<a href="${view.pdfUrl}">${t.pdf}</a>
<a href="${view.issuer.profile}">${t.profile}</a>
<a href="${view.imageUrl}">${t.badge}</a>
${view.status === "valid" ? html`<a href="${linkedin.toString()}" rel="noopener" target="_blank">${t.linkedin}</a>` : ""}
<a href="${whatsapp}" rel="noopener" target="_blank">${t.whatsapp}</a>
<a href="/verify">${t.checkFile}</a>
</div></section>`;
  return page(
    lang,
    {
      title: `${heading}: ${view.course.title} — ${holder}`,
      description: t.description(holder, view.course.title, view.issuer.name),
      image: view.imageUrl,
      url: view.verifyUrl,
    },
    body,
  );
}

function messagePage(lang: Lang, title: string, text: string, status: "unknown" | "malformed") {
  const other = lang === "id" ? "en" : "id";
  return page(
    lang,
    { title, description: text },
    html`<header><span></span><a href="?lang=${other}">${words[lang].other}</a></header>
<div class="status missing" role="status" data-testid="verify-status" data-status="${status}"><div><h1>${title}</h1><p>${text}</p></div></div>
<p><a href="/verify">${words[lang].title}</a></p>`,
  );
}

/**
 * /verify/{code}, rendered on the server so it needs no JavaScript and a link preview shows the
 * certificate: status, holder, course, issuer, what was checked, links, og: tags. Bahasa Indonesia,
 * or English by ?lang=en or Accept-Language.
 */
export const verifyPage = new Hono<AppEnv>().get("/:code", shared(cacheTimes.status), async (c) => {
  const asked = c.req.query("lang");
  const lang: Lang = asked === "en" || asked === "id" ? asked : langOf(c.req.header("accept-language"));
  const t = words[lang];
  c.header("Vary", "Accept-Language");
  const parsed = v.safeParse(Certificate.codeSchema, c.req.param("code"));
  if (!parsed.success) return c.html(messagePage(lang, t.badCode, t.badCodeText, "malformed"), 400);
  let view: View;
  try {
    view = await Certificate.verifyCode(parsed.output);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found")
      return c.html(messagePage(lang, t.notFound, t.notFoundText, "unknown"), 404);
    throw error;
  }
  let result: Result = null;
  if (view.status !== "pending") {
    const jwt = await Certificate.credential(view.code).catch(() => null);
    if (jwt) result = await Certificate.verifyCredential(jwt);
  }
  return taggedHtml(c, String(await certificatePage(lang, view, result, new Date().toISOString())));
});
