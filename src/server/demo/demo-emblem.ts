import sharp from 'sharp';

/** Points of a five-pointed star centred on (cx, cy), outer radius r. */
function star(cx: number, cy: number, r: number): string {
  const inner = r * 0.382;
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

/**
 * The demo commune's emblem: a gold-rimmed red disc with a yellow star over two green rice ears, drawn here so the
 * demo needs no image file (a real commune uploads its own in the staff app). No text, so no font is needed.
 */
export function demoEmblemPng(): Promise<Buffer> {
  // Grains along a curve from the bottom up each side, each turned along the stalk.
  const ear = (flip: boolean) =>
    Array.from({ length: 9 }, (_, i) => {
      const t = 0.12 + i * 0.1;
      const [x0, y0, cx, cy, x1, y1] = [100, 206, 36, 176, 58, 78];
      const x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1;
      const y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1;
      const dx = 2 * (1 - t) * (cx - x0) + 2 * t * (x1 - cx);
      const dy = 2 * (1 - t) * (cy - y0) + 2 * t * (y1 - cy);
      const angle = (Math.atan2(dy, dx) * 180) / Math.PI + 90;
      const [gx, ga] = flip ? [256 - x, -angle] : [x, angle];
      return `<ellipse cx="${gx.toFixed(1)}" cy="${y.toFixed(1)}" rx="6" ry="12" fill="#fbc02d" transform="rotate(${ga.toFixed(1)} ${gx.toFixed(1)} ${y.toFixed(1)})"/>`;
    }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <circle cx="128" cy="128" r="124" fill="#fbc02d"/>
  <circle cx="128" cy="128" r="113" fill="#c62828"/>
  ${ear(false)}${ear(true)}
  <path d="M92 208 Q128 224 164 208" stroke="#1565c0" stroke-width="12" stroke-linecap="round" fill="none"/>
  <polygon points="${star(128, 122, 54)}" fill="#ffeb3b"/>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
