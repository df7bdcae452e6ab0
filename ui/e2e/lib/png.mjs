// A QR-code-like PNG for the mock platform's 2FA set-up (it is NOT a scannable QR code: the mock
// only needs a real image in the right place; the real identity service draws a real one).
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 8-bit greyscale PNG of a boolean matrix (true = black), `scale` pixels per module. */
export function matrixPng(matrix, scale = 6, quiet = 4) {
  const modules = matrix.length;
  const size = (modules + quiet * 2) * scale;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(size + 1, 255);
    row[0] = 0; // filter: none
    const my = Math.floor(y / scale) - quiet;
    for (let x = 0; x < size; x++) {
      const mx = Math.floor(x / scale) - quiet;
      if (my >= 0 && my < modules && mx >= 0 && mx < modules && matrix[my][mx]) row[x + 1] = 0;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** `data:image/png;base64,…` of a QR-looking pattern derived from `seed`. */
export function pseudoQrDataUri(seed) {
  const n = 29;
  let bytes = createHash('sha256').update(String(seed)).digest();
  const bit = (i) => {
    while (i >= bytes.length * 8)
      bytes = Buffer.concat([bytes, createHash('sha256').update(bytes).digest()]);
    return (bytes[i >> 3] >> (i & 7)) & 1;
  };
  const matrix = Array.from({ length: n }, (_, y) =>
    Array.from({ length: n }, (_, x) => bit(y * n + x) === 1),
  );
  const finder = (ox, oy) => {
    for (let y = -1; y <= 7; y++)
      for (let x = -1; x <= 7; x++) {
        const X = ox + x;
        const Y = oy + y;
        if (X < 0 || Y < 0 || X >= n || Y >= n) continue;
        const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
        matrix[Y][X] = ring !== 2 && ring !== 4;
      }
  };
  finder(0, 0);
  finder(n - 7, 0);
  finder(0, n - 7);
  return `data:image/png;base64,${matrixPng(matrix).toString('base64')}`;
}
