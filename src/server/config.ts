import { z } from 'zod';
import { DEFAULT_TRUSTED_PROXIES, invalidProxyEntries } from './http/proxies';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const configSchema = z.object({
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  DATABASE_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
  ADMIN_PASSWORD: z.preprocess(
    emptyToUndefined,
    z.string().min(10, 'ADMIN_PASSWORD phải có ít nhất 10 ký tự').optional(),
  ),
  STORAGE_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  TRUST_PROXY: z.preprocess(emptyToUndefined, z.enum(['0', '1']).default('0')),
  /** Jobs (big imports) this process runs at once; 0 runs none (a process that only answers requests). */
  JOB_CONCURRENCY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(16).default(1)),
  /** With PostgreSQL and several processes: a running job whose process stopped beating this long is taken back. */
  JOB_STALE_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(10).max(86_400).default(120)),
  /** Outgoing mail (reminders): `smtp://user:pass@host:587` or `smtps://user:pass@host:465`; unset, no e-mail is sent. */
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((u) => /^smtps?:\/\/[^/\s]+/.test(u), 'SMTP_URL phải có dạng smtp://user:pass@host:port')
      .optional(),
  ),
  /** The sender of that mail, e.g. `"MTTQ tỉnh" <mttq@example.vn>`. */
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().min(3).max(200).optional()),
  /** The portal's address in canonical, og:image, RSS and sitemap links (never the request's Host). */
  PUBLIC_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .url('PUBLIC_URL phải là địa chỉ http(s)://…')
      .refine((u) => /^https?:\/\//.test(u), 'PUBLIC_URL phải là địa chỉ http(s)://…')
      .optional(),
  ),
  /** With TRUST_PROXY=1: the proxies in front of the server, comma-separated addresses or CIDR ranges. */
  TRUSTED_PROXIES: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default(DEFAULT_TRUSTED_PROXIES.join(','))
      .transform((v) =>
        v
          .split(',')
          .map((e) => e.trim())
          .filter(Boolean),
      )
      .refine((list) => invalidProxyEntries(list).length === 0, {
        message: 'TRUSTED_PROXIES: mỗi mục là địa chỉ IP hoặc dải CIDR, cách nhau bằng dấu phẩy',
      }),
  ),
});

export type Config = z.infer<typeof configSchema>;

/** PUBLIC_URL without its trailing slash, else the server's own address. */
export const publicUrlOf = (config: Pick<Config, 'PUBLIC_URL' | 'PORT'>) =>
  new URL(config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).origin;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
