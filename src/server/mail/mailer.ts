import { createTransport } from 'nodemailer';

/** One plain-text message (reminders are read on phones: no HTML to render, nothing to track). */
export type MailMessage = { to: string[]; subject: string; text: string };

/** Sends e-mail through the configured SMTP server; absent when mail is not configured. */
export type Mailer = { from: string; send(message: MailMessage): Promise<void> };

/**
 * The mailer of `SMTP_URL` (`smtp://user:pass@host:587`, `smtps://…:465` for TLS from the first byte) and
 * `MAIL_FROM`, or null when either is missing: the product then offers no e-mail action (the API answers 409).
 */
export function mailerFromConfig(config: { SMTP_URL?: string; MAIL_FROM?: string }): Mailer | null {
  if (!config.SMTP_URL || !config.MAIL_FROM) return null;
  const transport = createTransport(config.SMTP_URL);
  const from = config.MAIL_FROM;
  return {
    from,
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}
