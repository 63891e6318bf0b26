import { deflateSync } from "node:zlib";

/**
 * The default course badge, drawn here as a PNG (which every link preview shows, unlike SVG): a green
 * disc in a gold ring with a white tick, its green shaded per course so badges tell apart.
 */
export function badgePng(seed: string, size = 256): Buffer {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  const green = [13 + (hash % 20), 95 + ((hash >> 5) % 40), 69 + ((hash >> 11) % 30)];
  const gold = [212, 160, 23];
  const c = size / 2;
  const rows: Buffer[] = [];
  const segment = (x: number, y: number, ax: number, ay: number, bx: number, by: number) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
  };
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x + 0.5 - c, y + 0.5 - c) / c;
      const tick =
        Math.min(
          segment(x / size, y / size, 0.32, 0.52, 0.45, 0.65),
          segment(x / size, y / size, 0.45, 0.65, 0.7, 0.38),
        ) < 0.045;
      const color =
        r > 0.98 ? null : r > 0.86 ? gold : tick ? [255, 255, 255] : r > 0.8 ? [255, 255, 255] : green;
      if (color) row.set([color[0] as number, color[1] as number, color[2] as number, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const table = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (table[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
