import sharp from 'sharp';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_VIDEO_BYTES = 200 * 1024 * 1024;
export const LARGE_WIDTH = 1600;
export const THUMB_WIDTH = 400;

export type Sniffed =
  | { kind: 'image'; mime: 'image/jpeg' | 'image/png' | 'image/webp' }
  | { kind: 'video'; mime: 'video/mp4' | 'video/webm' };

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** What a file is, from its first bytes (never its name or the browser's claim). */
export function sniff(b: Uint8Array): Sniffed | null {
  if (b.length < 12) return null;
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { kind: 'image', mime: 'image/jpeg' };
  if (b[0] === 0x89 && ascii(b, 1, 4) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a)
    return { kind: 'image', mime: 'image/png' };
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return { kind: 'image', mime: 'image/webp' };
  if (ascii(b, 4, 8) === 'ftyp') return { kind: 'video', mime: 'video/mp4' };
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return { kind: 'video', mime: 'video/webm' };
  return null;
}

export type Variant = { data: Buffer; width: number; height: number };
export class BadImageError extends Error {}

/**
 * The two sizes the portal serves, as WebP: "large" at most 1600 px wide, "thumb" 400 px wide.
 * Turned upright by its EXIF orientation first; the output carries no metadata (no GPS, no camera).
 */
export async function resizeImage(bytes: Uint8Array): Promise<{ large: Variant; thumb: Variant }> {
  try {
    const upright = await sharp(bytes, { failOn: 'error', limitInputPixels: 60_000_000 }).rotate().toBuffer();
    const make = async (width: number): Promise<Variant> => {
      const { data, info } = await sharp(upright)
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    };
    return { large: await make(LARGE_WIDTH), thumb: await make(THUMB_WIDTH) };
  } catch (e) {
    throw new BadImageError(e instanceof Error ? e.message : String(e));
  }
}
