import { existsSync } from "node:fs";
import { resolve } from "node:path";
import * as Seed from "@berdaya/core/seed";
import { startLocal } from "./server";

const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.BERDAYA_DATA_DIR ?? ".data");
const webDir = resolve(import.meta.dirname, "../../../../web/dist");
if (!existsSync(webDir))
  console.warn("web/dist belum ada: jalankan `npm run build:web` (only the API is served).");

try {
  const server = await startLocal({
    port,
    dataDir,
    webDir: existsSync(webDir) ? webDir : undefined,
    host: process.env.HOST ?? "0.0.0.0",
  });
  const logins = Seed.demoUsers.map((u) => `  ${(u.email ?? u.phone ?? "").padEnd(24)} ${u.role}`).join("\n");
  console.log(
    [
      `Berdaya berjalan di ${server.url}  (data: ${dataDir}${server.seeded ? ", demo baru diisi" : ""})`,
      `Akun demo (kata sandi: ${Seed.demoPassword}):`,
      logins,
      "Tekan Ctrl-C untuk berhenti.",
    ].join("\n"),
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    console.log("Berdaya berhenti.");
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  const e = error as NodeJS.ErrnoException;
  if (e.code === "EADDRINUSE")
    console.error(`Port ${port} sudah dipakai (port in use): set PORT=<port lain> npm start`);
  else if (e.code === "EACCES")
    console.error(`Tidak boleh memakai port ${port} (permission denied): pilih PORT lain.`);
  else console.error(`Berdaya gagal mulai: ${e.message}`);
  process.exit(1);
}
