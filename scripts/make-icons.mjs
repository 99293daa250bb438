/**
 * Draws Fieldcase's icons and writes them in every format the packages and the tray need, with
 * nothing but Node: PNG (zlib), ICO and ICNS (PNG payloads in their containers).
 *   build/icon.png, build/icons/<n>x<n>.png   app icon (electron-builder, Linux)
 *   build/icon.ico                            Windows
 *   build/icon.icns                           macOS
 *   electron/assets/tray/tray-<state>.png and @2x   tray icons, one per sync state
 * The output is committed; run `node scripts/make-icons.mjs` after changing the drawing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---- PNG -------------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
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

/** RGBA pixels (size*size*4) -> PNG file bytes. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Drawing: shapes in a 0..1 square, 4x4 supersampled ----------------------------------------
function insideRoundedRect(x, y, [left, top, right, bottom, radius]) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideCircle(x, y, [cx, cy, r]) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2;
}

/** Layers drawn in order: { test(x, y) -> boolean, color: [r, g, b, a] }. */
function render(size, layers) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color = [0, 0, 0, 0];
          for (const layer of layers) if (layer.test(x, y)) color = layer.color;
          // Premultiplied accumulation so edges blend towards transparent, not black.
          r += color[0] * color[3];
          g += color[1] * color[3];
          b += color[2] * color[3];
          a += color[3];
        }
      }
      const offset = (py * size + px) * 4;
      pixels[offset] = a === 0 ? 0 : Math.round(r / a);
      pixels[offset + 1] = a === 0 ? 0 : Math.round(g / a);
      pixels[offset + 2] = a === 0 ? 0 : Math.round(b / a);
      pixels[offset + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return pixels;
}

const BLUE = [36, 87, 197, 1];
const WHITE = [255, 255, 255, 1];
const CLEAR = [0, 0, 0, 0];

/** A briefcase: handle (an outline) over a body, with a clasp line. */
function briefcase([left, top, right, bottom], ink, background) {
  const width = right - left;
  const height = bottom - top;
  const bodyTop = top + height * 0.28;
  const handle = [left + width * 0.32, top, right - width * 0.32, bodyTop + height * 0.1, width * 0.08];
  const handleHole = [left + width * 0.4, top + height * 0.1, right - width * 0.4, bodyTop + height * 0.1, width * 0.03];
  const body = [left, bodyTop, right, bottom, width * 0.1];
  const clasp = [left, bodyTop + (bottom - bodyTop) * 0.42, right, bodyTop + (bottom - bodyTop) * 0.5, 0];
  return [
    { test: (x, y) => insideRoundedRect(x, y, handle), color: ink },
    { test: (x, y) => insideRoundedRect(x, y, handleHole), color: background },
    { test: (x, y) => insideRoundedRect(x, y, body), color: ink },
    { test: (x, y) => insideRoundedRect(x, y, clasp), color: background },
  ];
}

function appIcon(size) {
  return render(size, [
    { test: (x, y) => insideRoundedRect(x, y, [0.06, 0.06, 0.94, 0.94, 0.2]), color: BLUE },
    ...briefcase([0.24, 0.24, 0.76, 0.74], WHITE, BLUE),
  ]);
}

const TRAY_STATES = {
  'in-sync': [46, 160, 67, 1],
  syncing: [36, 120, 230, 1],
  offline: [140, 140, 140, 1],
  failing: [214, 48, 49, 1],
};

function trayIcon(size, dot) {
  const ink = [70, 70, 70, 1];
  return render(size, [
    ...briefcase([0.06, 0.1, 0.86, 0.82], ink, CLEAR),
    { test: (x, y) => insideCircle(x, y, [0.76, 0.76, 0.25]), color: CLEAR },
    { test: (x, y) => insideCircle(x, y, [0.76, 0.76, 0.2]), color: dot },
  ]);
}

// ---- Containers ---------------------------------------------------------------------------------
function encodeIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size; // 0 means 256
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(({ png }) => png)]);
}

// PNG-carrying ICNS element types by pixel size (macOS 10.7 and later read all of them).
const ICNS_TYPES = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };

function encodeIcns(pngs) {
  const elements = pngs.map(({ size, png }) => {
    const head = Buffer.alloc(8);
    head.write(ICNS_TYPES[size], 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

// ---- Output -------------------------------------------------------------------------------------
function write(relative, bytes) {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

function main() {
  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
  const pngs = new Map(sizes.map((size) => [size, encodePng(size, appIcon(size))]));
  write('build/icon.png', pngs.get(1024));
  for (const size of [16, 32, 48, 64, 128, 256, 512]) write(`build/icons/${size}x${size}.png`, pngs.get(size));
  write('build/icon.ico', encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngs.get(size) }))));
  write('build/icon.icns', encodeIcns(Object.keys(ICNS_TYPES).map(Number).map((size) => ({ size, png: pngs.get(size) }))));
  for (const [state, color] of Object.entries(TRAY_STATES)) {
    write(`electron/assets/tray/tray-${state}.png`, encodePng(16, trayIcon(16, color)));
    write(`electron/assets/tray/tray-${state}@2x.png`, encodePng(32, trayIcon(32, color)));
  }
  console.log('wrote build/icon.{png,ico,icns}, build/icons/*.png and electron/assets/tray/*.png');
}

main();
