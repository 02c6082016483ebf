import { readFileSync } from 'node:fs';
import path from 'node:path';

// The site's icons, served by Next from their file names: /icon.svg (linked from every page) and
// /favicon.ico, which browsers and feed readers ask for on their own. The .ico is rendered from the
// SVG; this checks that what was committed is one a browser can read.

const ico = readFileSync(path.join(__dirname, 'favicon.ico'));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The images an .ico file lists: size, and where its bytes are. */
function iconEntries(file: Buffer): { size: number; bytes: Buffer }[] {
  const count = file.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + index * 16;
    const length = file.readUInt32LE(entry + 8);
    const offset = file.readUInt32LE(entry + 12);
    return { size: file.readUInt8(entry) || 256, bytes: file.subarray(offset, offset + length) };
  });
}

it('favicon.ico is an icon file holding the 16, 32 and 48 px sizes tabs and shortcuts use', () => {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const entries = iconEntries(ico);
  expect(entries.map((entry) => entry.size)).toEqual([16, 32, 48]);
  for (const entry of entries) {
    expect(entry.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    // A PNG's IHDR gives its width right after the signature and the chunk header.
    expect(entry.bytes.readUInt32BE(16)).toBe(entry.size);
  }
});

it('icon.svg is a square drawing with nothing a browser would run or fetch', () => {
  const svg = readFileSync(path.join(__dirname, 'icon.svg'), 'utf8');
  expect(svg).toMatch(/viewBox="0 0 32 32"/);
  expect(svg).not.toMatch(/<script|<image|<foreignObject|href=/i);
});
