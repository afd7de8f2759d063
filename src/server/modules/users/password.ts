import {
  createHash,
  randomBytes,
  scrypt as scryptCb,
  timingSafeEqual,
  type BinaryLike,
  type ScryptOptions,
} from 'node:crypto';
import { commonPasswords } from './common-passwords';

const scrypt = (password: BinaryLike, salt: BinaryLike, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );

const N = 16384;
const r = 8;
const p = 1;
const KEYLEN = 32;

export const MIN_PASSWORD_LENGTH = 10;

/**
 * Why a new password is too weak, or null: blank (only spaces), one character repeated, or one of the commonest
 * passwords (ignoring case and surrounding spaces). Length is checked by the field schema.
 */
export function weakPasswordReason(password: string): string | null {
  const plain = password.trim().toLowerCase();
  if (plain === '') return 'Mật khẩu không được chỉ gồm khoảng trắng.';
  if (new Set(plain).size === 1) return 'Mật khẩu không được chỉ lặp lại một ký tự.';
  if (commonPasswords.has(plain)) return 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.';
  return null;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEYLEN, { N, r, p });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, rr, pp, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(rr),
    p: Number(pp),
  });
  return timingSafeEqual(key, expected);
}

/** A hash to compare against when the username does not exist, so both paths take the same time. */
const dummySalt = randomBytes(16).toString('base64url');
export const dummyHash = `scrypt$${N}$${r}$${p}$${dummySalt}$${randomBytes(KEYLEN).toString('base64url')}`;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}
