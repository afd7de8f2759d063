import { systemMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { generatePassword } from '../password';
import { countUsers } from '../queries';
import { createUser } from './create-user';

/** First start with no users: create `admin`, with ADMIN_PASSWORD or a generated password shown once. */
export async function ensureAdmin(db: Db, adminPassword: string | undefined) {
  if ((await countUsers(db)) > 0) return null;
  const password = adminPassword ?? generatePassword();
  await createUser(db, systemMeta, {
    username: 'admin',
    password,
    fullName: 'Quản trị hệ thống',
    roles: [{ role: 'admin', unitId: null, organizationId: null, unitPath: null, unitLevel: null }],
  });
  return { username: 'admin', password, generated: adminPassword === undefined };
}
