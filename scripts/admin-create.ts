// Makes an association admin. Admins are made here only, never through the API.
//   Local:  npm run admin:create -- --email ketua@asosiasi.id --name "Ketua" [--password …] [--data-dir .data]
//   AWS:    BERDAYA_TABLE=<table> AWS_REGION=ap-southeast-3 npm run admin:create -- --aws --email … --name …
//           --issuer-url https://<site>   (the first admin also writes the association's profile)
// Without --password a strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import * as Account from "@berdaya/core/account";
import * as Seed from "@berdaya/core/seed";
import { startStores } from "../packages/api/src/local/server";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string", default: "Admin Asosiasi" },
    password: { type: "string" },
    "data-dir": { type: "string", default: process.env.BERDAYA_DATA_DIR ?? ".data" },
    aws: { type: "boolean", default: false },
    "issuer-url": { type: "string", default: "http://localhost:3000" },
  },
});

if (!values.email) {
  console.error(
    'Pemakaian: npm run admin:create -- --email <email> [--name "<nama>"] [--password <sandi>] [--aws]',
  );
  process.exit(2);
}

const password = values.password ?? randomBytes(12).toString("base64url");
let stores: { close(): Promise<void> } | undefined;
try {
  if (!values.aws) stores = await startStores(resolve(values["data-dir"]));
  const result = await Account.createAdmin({ email: values.email, name: values.name, password });
  await Seed.ensureAssociation({ issuerUrl: values["issuer-url"].replace(/\/+$/, "") });
  if (result.created) {
    console.log(`Admin dibuat: ${values.email}${values.password ? "" : `  kata sandi: ${password}`}`);
  } else {
    console.log(`${values.email} sekarang admin (kata sandinya tidak berubah).`);
  }
} catch (error) {
  const message = (error as Error).message;
  if (/lock/i.test(message))
    console.error("Folder data sedang dipakai: hentikan `npm start` dulu, lalu ulangi.");
  else console.error(`Gagal membuat admin: ${message}`);
  process.exitCode = 1;
} finally {
  await stores?.close();
}
