import sharp from 'sharp';

export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
/** The largest side kept: the portal's header shows it at 56 px, the "Giới thiệu" page at 120 px (on 2× screens). */
export const LOGO_SIZE = 256;

export class BadLogoError extends Error {}

/**
 * An uploaded emblem or logo as the portal serves it: recognised by its content (JPEG, PNG or WebP — never SVG, which
 * can carry script), turned upright, fitted inside 256 × 256 px without enlarging, as a PNG (an emblem is flat colour
 * on a transparent ground) without metadata.
 */
export async function makeLogo(bytes: Uint8Array): Promise<{ data: Buffer; width: number; height: number }> {
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { failOn: 'error', limitInputPixels: 40_000_000 }).metadata()).format;
  } catch (e) {
    throw new BadLogoError(e instanceof Error ? e.message : String(e));
  }
  if (format !== 'jpeg' && format !== 'png' && format !== 'webp') throw new BadLogoError(`format ${format}`);
  try {
    const { data, info } = await sharp(bytes, { failOn: 'error', limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: LOGO_SIZE, height: LOGO_SIZE, fit: 'inside', withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch (e) {
    throw new BadLogoError(e instanceof Error ? e.message : String(e));
  }
}
