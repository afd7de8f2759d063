import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import type { Db } from '../../../db/client';
import { forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { BadLogoError, makeLogo, MAX_LOGO_BYTES } from '../logo';
import { findUnitVisibleTo } from '../lookup';
import { canEditPortal } from '../policy';
import { logoUrl } from '../present';
import { units, type Unit, type UnitLogo } from '../schema';

const fileError = (message: string) => invalid({ file: message }, message);

/** The commune whose portal identity the caller may change: visible (404), a commune (422), theirs to edit (403). */
async function portalCommune(ctx: CommandContext, id: string): Promise<Unit> {
  const unit = await findUnitVisibleTo(ctx.db, ctx.actor, id);
  if (unit.level !== 'commune') throw invalid({ id: 'Chỉ xã, phường, đặc khu có cổng thông tin.' });
  if (!canEditPortal(ctx.actor, unit)) throw forbidden({ id: 'Chỉ Ban Thường trực của xã sửa cổng thông tin.' });
  return unit;
}

/** Writes the unit's logo (or none) with its audit row; the file no longer shown is removed once that is committed. */
async function saveLogo(
  db: Db,
  meta: RequestMeta,
  storageDir: string,
  unit: Unit,
  logo: UnitLogo | null,
  action: 'unit.logo_set' | 'unit.logo_clear',
) {
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx.update(units).set({ logo }).where(eq(units.id, unit.id)).returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action,
      entity: 'unit',
      entityId: unit.id,
      communeId: unit.communeId,
      scopePath: unit.path,
      before: { logoUrl: logoUrl(unit) },
      after: { logoUrl: logoUrl(row), ...(logo && { width: logo.width, height: logo.height }) },
    });
    return row;
  });
  if (unit.logo && unit.logo.key !== logo?.key) rmSync(join(storageDir, unit.logo.key), { force: true });
  return updated;
}

/**
 * A commune's logo from an image's bytes, already allowed: resized (logo.ts), stored under storageDir/units/<commune>/
 * and recorded; the demo loader calls it as the system. Throws BadLogoError for what is not a readable image.
 */
export async function storeLogo(db: Db, meta: RequestMeta, storageDir: string, unit: Unit, bytes: Uint8Array) {
  const made = await makeLogo(bytes);
  const dir = join('units', unit.id);
  mkdirSync(join(storageDir, dir), { recursive: true });
  const key = join(dir, `logo-${randomUUID()}.png`);
  writeFileSync(join(storageDir, key), made.data);
  try {
    return await saveLogo(db, meta, storageDir, unit, { key, width: made.width, height: made.height }, 'unit.logo_set');
  } catch (e) {
    rmSync(join(storageDir, key), { force: true });
    throw e;
  }
}

/**
 * Tải biểu trưng: an image for the commune's portal header and "Giới thiệu" page, recognised by its content and
 * resized (logo.ts), stored under storageDir/units/<commune>/; it replaces the one before.
 */
export async function setUnitLogo(
  ctx: CommandContext,
  storageDir: string,
  id: string,
  form: () => Promise<Record<string, unknown>>,
) {
  const unit = await portalCommune(ctx, id);
  const file = (await form()).file;
  if (!(file instanceof File) || file.size === 0) throw fileError('Chọn một tệp ảnh (PNG, JPEG hoặc WebP).');
  if (file.size > MAX_LOGO_BYTES) throw fileError('Ảnh biểu trưng tối đa 5 MB.');
  try {
    return await storeLogo(ctx.db, ctx.meta, storageDir, unit, new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    if (e instanceof BadLogoError)
      throw fileError('Tệp không phải ảnh PNG, JPEG hay WebP đọc được (kiểm tra theo nội dung tệp).');
    throw e;
  }
}

/** Gỡ biểu trưng: the portal shows the commune without one. */
export async function clearUnitLogo(ctx: CommandContext, storageDir: string, id: string) {
  const unit = await portalCommune(ctx, id);
  return saveLogo(ctx.db, ctx.meta, storageDir, unit, null, 'unit.logo_clear');
}
