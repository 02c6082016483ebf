import { createHash } from 'node:crypto';
import sharp from 'sharp';

// Demo pictures are drawn here rather than shipped: abstract compositions seeded by a name, so every
// article gets its own picture and the repository carries no binary media.

function palette(seed: string): string[] {
  const digest = createHash('sha256').update(seed).digest();
  const hue = (digest[0] * 360) / 256;
  return [0, 35, 180, 210].map((shift, i) => {
    const h = Math.round((hue + shift) % 360);
    const l = [22, 38, 55, 72][i];
    return `hsl(${h}, ${45 + (digest[i + 1] % 30)}%, ${l}%)`;
  });
}

function landscapeSvg(seed: string, width: number, height: number): string {
  const [deep, mid, light, pale] = palette(seed);
  const digest = createHash('sha256').update(`${seed}:shapes`).digest();
  const ridge = (offset: number, amplitude: number) => {
    const points = Array.from({ length: 9 }, (_, i) => {
      const x = (i * width) / 8;
      const y = height * offset - (digest[(i + Math.round(offset * 10)) % 32] / 255) * height * amplitude;
      return `${x.toFixed(0)},${y.toFixed(0)}`;
    });
    return `M0,${height} L${points.join(' L')} L${width},${height} Z`;
  };
  const sunX = width * (0.2 + (digest[5] / 255) * 0.6);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${pale}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#sky)"/>
  <circle cx="${sunX.toFixed(0)}" cy="${(height * 0.3).toFixed(0)}" r="${(height * 0.12).toFixed(0)}" fill="${pale}" opacity="0.9"/>
  <path d="${ridge(0.62, 0.25)}" fill="${light}" opacity="0.85"/>
  <path d="${ridge(0.78, 0.2)}" fill="${mid}"/>
  <path d="${ridge(0.92, 0.12)}" fill="${deep}"/>
</svg>`;
}

function portraitSvg(seed: string, size: number): string {
  const [deep, mid, light, pale] = palette(seed);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
  <rect width="100%" height="100%" fill="${pale}"/>
  <circle cx="${size / 2}" cy="${size * 0.4}" r="${size * 0.18}" fill="${mid}"/>
  <ellipse cx="${size / 2}" cy="${size * 0.95}" rx="${size * 0.34}" ry="${size * 0.3}" fill="${deep}"/>
  <rect width="100%" height="${size * 0.04}" y="${size * 0.96}" fill="${light}"/>
</svg>`;
}

/** A 1600×900 JPEG hero picture unique to `seed`. */
export function drawHeroImage(seed: string): Promise<Buffer> {
  return sharp(Buffer.from(landscapeSvg(seed, 1600, 900)))
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

/** A 400×400 JPEG portrait placeholder unique to `seed`. */
export function drawAvatar(seed: string): Promise<Buffer> {
  return sharp(Buffer.from(portraitSvg(seed, 400)))
    .jpeg({ quality: 85 })
    .toBuffer();
}

function logoSvg(size: number): string {
  const bar = size / 8;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
  <rect width="100%" height="100%" rx="${size / 10}" fill="#a4161a"/>
  <rect x="${bar * 1.5}" y="${bar * 1.5}" width="${bar * 5}" height="${bar * 1.2}" fill="#fbfaf7"/>
  <rect x="${bar * 1.5}" y="${bar * 3.4}" width="${bar * 5}" height="${bar * 0.6}" fill="#fbfaf7" opacity="0.85"/>
  <rect x="${bar * 1.5}" y="${bar * 4.6}" width="${bar * 3.6}" height="${bar * 0.6}" fill="#fbfaf7" opacity="0.85"/>
  <rect x="${bar * 1.5}" y="${bar * 5.8}" width="${bar * 4.4}" height="${bar * 0.6}" fill="#fbfaf7" opacity="0.85"/>
</svg>`;
}

/** A 240×240 PNG mark for the demo publication's logo: a folded front page in the house red. */
export function drawLogo(): Promise<Buffer> {
  return sharp(Buffer.from(logoSvg(240)))
    .png()
    .toBuffer();
}
