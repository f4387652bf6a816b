// Just enough PNG reading to check the app's icons: size, colour type, and (for the outline icon) every pixel.
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** { width, height, colorType, hasAlpha, pixels(): RGBA rows } or undefined when the bytes are no PNG. */
export function readPng(bytes) {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const bitDepth = bytes[24];
  const colorType = bytes[25];
  const interlaced = bytes[28] === 1;
  return {
    width,
    height,
    colorType,
    hasAlpha: colorType === 4 || colorType === 6,
    /** RGBA bytes, row by row; only for 8-bit, non-interlaced, non-palette images (what our tools write). */
    pixels() {
      if (bitDepth !== 8 || interlaced || !(colorType in CHANNELS)) return undefined;
      return unfilter(inflateSync(idat(bytes)), width, height, CHANNELS[colorType], colorType);
    },
  };
}

function idat(bytes) {
  const parts = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

function unfilter(data, width, height, channels, colorType) {
  const stride = width * channels;
  const out = Buffer.alloc(width * height * 4);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const row = Buffer.from(data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      row[i] = (row[i] + [0, a, b, (a + b) >> 1, paeth][filter]) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const px = row.subarray(x * channels, (x + 1) * channels);
      const [r, g, b, alpha] = colorType === 0 ? [px[0], px[0], px[0], 255] : colorType === 4 ? [px[0], px[0], px[0], px[1]] : [px[0], px[1], px[2], channels === 4 ? px[3] : 255];
      out.set([r, g, b, alpha], (y * width + x) * 4);
    }
    prev = row;
  }
  return out;
}
