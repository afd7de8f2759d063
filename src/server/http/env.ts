import type { Actor } from '../core/actor';
import type { Db, DatabaseKind } from '../db/client';
import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import type { TrustedProxies } from './proxies';

export type AppDeps = {
  db: Db;
  dbKind: DatabaseKind;
  logger: Logger;
  /** Honour X-Forwarded-For / X-Forwarded-Proto (only behind a reverse proxy you control). */
  trustProxy: boolean;
  /** With trustProxy: the proxies whose X-Forwarded-For hops are skipped (default loopback). */
  trustedProxies?: TrustedProxies;
  /** Where uploaded files (evidence, attachments) are kept. */
  storageDir: string;
  /** The portal's public address (PUBLIC_URL) for absolute links; default http://localhost:3000. */
  publicUrl?: string;
  /** Built staff app (vite build output); absent in API-only tests. */
  webDir?: string;
  /** The job runner of this process, told when a request queues a job (absent: it finds the job when it polls). */
  jobs?: { wake(): void };
  /** Outgoing mail (SMTP_URL, MAIL_FROM); absent when not configured. */
  mailer?: Mailer | null;
};

export type AppEnv = {
  Variables: {
    actor: Actor | null;
    ip: string | null;
    secure: boolean;
  };
};
