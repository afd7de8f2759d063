import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { createLogger } from '../../logger';
import { mailerFromConfig } from '../../mail/mailer';
import { createHarness, seedWorld, type ErrorBody, type Harness, type World } from '../../testing/harness';

/** What the in-process SMTP server received: the envelope's recipients and the raw message. */
type Received = { to: string[]; raw: string };
const received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, done) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString() });
      done();
    });
  },
});

/** RFC 2047 words (=?UTF-8?Q?…?= / ?B?) of a header, decoded; adjacent words join without their spaces. */
function decodeHeader(value: string): string {
  const bytes: number[] = [];
  const words = value.replace(/\?=\s+=\?/g, '?==?');
  return words.replace(/(=\?UTF-8\?([QB])\?([^?]*)\?=)+/gi, (run) => {
    bytes.length = 0;
    for (const [, enc, text] of run.matchAll(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi)) {
      if (enc?.toUpperCase() === 'B') bytes.push(...Buffer.from(text ?? '', 'base64'));
      else
        for (const m of (text ?? '').replace(/_/g, ' ').matchAll(/=([0-9A-F]{2})|[^=]/gi))
          bytes.push(m[1] ? Number.parseInt(m[1], 16) : (m[0].codePointAt(0) ?? 0));
    }
    return Buffer.from(bytes).toString('utf8');
  });
}

/** A received message's headers (unfolded, decoded) and its text body (quoted-printable or base64). */
function parse(raw: string) {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    headers.set(line.slice(0, i).toLowerCase(), decodeHeader(line.slice(i + 1).trim()));
  }
  const body = rest.join('\n\n');
  const encoding = headers.get('content-transfer-encoding');
  const text =
    encoding === 'base64'
      ? Buffer.from(body, 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            [...body.replace(/=\r?\n/g, '').matchAll(/=([0-9A-F]{2})|[^=]/gi)].flatMap((m) =>
              m[1] ? [Number.parseInt(m[1], 16)] : [...Buffer.from(m[0])],
            ),
          ).toString('utf8')
        : body;
  return { headers, text: text.replace(/\r\n/g, '\n') };
}

let h: Harness;
let w: World;
const t = {} as Record<'upper1' | 'standing1' | 'village1' | 'target_commune', string>;
let formId = '';
const req = <T>(method: string, token: string, path: string, body?: unknown) =>
  h.request(method, path, { token, body }) as Promise<{ status: number; body: T & ErrorBody }>;
const setEmail = (userId: string, email: string | null) =>
  req<{ email: string | null }>('PUT', t.upper1, `/api/v1/users/${userId}/email`, { email });

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  const mailer = mailerFromConfig({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: '"MTTQ tỉnh" <mttq@example.vn>' });
  h = await createHarness({ mailer });
  w = await seedWorld(h.db);
  for (const u of ['upper1', 'standing1', 'village1', 'target_commune'] as const) t[u] = await h.login(u);
  const form = await req<{ id: string }>('POST', t.upper1, '/api/v1/report-forms', {
    ownerUnitId: w.P1.id,
    title: 'Báo cáo tháng',
    periodKind: 'month',
    fillers: ['village'],
    fields: [{ key: 'meetings', label: 'Số cuộc họp', type: 'count' }],
  });
  formId = form.body.id;
});
afterAll(async () => {
  await h?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('e-mail reminders from the grid', () => {
  it('a manager sets a user’s address; a bad one is refused naming the field', async () => {
    const bad = await setEmail(w.users.village1, 'không phải e-mail');
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty('email');
    expect((await setEmail(w.users.village1, 'truongthon1@example.vn')).body.email).toBe('truongthon1@example.vn');
    await setEmail(w.users.target_own, 'phothon1@example.vn');
    await setEmail(w.users.target_commune, 'thon3@example.vn');
    expect((await req('PUT', t.village1, `/api/v1/users/${w.users.village1}/email`, { email: null })).status).toBe(404);
  });

  it('one e-mail per late unit to its people, in Vietnamese, as a job with its audit row', async () => {
    // Thôn Ba has sent its report: no mail. Thôn Hai owes it but nobody there has an address.
    const sent = await req<{ id: string }>('POST', t.target_commune, '/api/v1/report-submissions', {
      formId,
      unitId: w.V3.id,
      period: '2025-05',
      values: { meetings: 1 },
    });
    await req('POST', t.target_commune, `/api/v1/report-submissions/${sent.body.id}/transitions`, { to: 'submitted' });
    const grid = await req<{ mail: boolean; can: { remind: boolean } }>(
      'GET',
      t.upper1,
      `/api/v1/report-forms/${formId}/grid?from=2025-05&to=2025-05`,
    );
    expect(grid.body).toMatchObject({ mail: true, can: { remind: true } });

    const refused = await req('POST', t.village1, `/api/v1/report-forms/${formId}/reminders`, { period: '2025-05' });
    expect(refused.status).toBe(403);
    const res = await req<{ id: string }>('POST', t.upper1, `/api/v1/report-forms/${formId}/reminders`, {
      period: '2025-05',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(await h.jobs.runNext()).toBe(res.body.id);
    const job = await req<{ status: string; result: unknown }>('GET', t.upper1, `/api/v1/jobs/${res.body.id}`);
    expect(job.body).toMatchObject({
      status: 'done',
      result: {
        sent: [{ unitId: w.V1.id, unitName: w.V1.name, recipients: 2 }],
        withoutEmail: [{ unitId: w.V2.id, unitName: w.V2.name }],
      },
    });

    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.to.sort()).toEqual(['phothon1@example.vn', 'truongthon1@example.vn']);
    const { headers, text } = parse(mail?.raw ?? '');
    expect(headers.get('subject')).toBe('Nhắc nộp báo cáo "Báo cáo tháng" tháng 05/2025');
    expect(headers.get('from')).toContain('mttq@example.vn');
    expect(text).toContain(`Kính gửi: ${w.V1.name},`);
    expect(text).toContain('Đơn vị chưa gửi báo cáo "Báo cáo tháng" tháng 05/2025 (hạn nộp 05/06/2025).');
    expect(text).toContain('Đề nghị đồng chí khẩn trương hoàn thành và gửi báo cáo trên mattran.');
    expect(text).toContain('Người upper1');

    const audit = await h.db.execute(
      sql`select actor_username, after from audit_log where action = 'report_form.remind' and entity_id = ${formId}`,
    );
    const rows = (audit as unknown as { rows: { actor_username: string; after: { period: string } }[] }).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_username: 'upper1', after: { period: '2025-05' } });
  });

  it('a bad period is named; without mail configured the API answers 409 and the grid says so', async () => {
    const bad = await req('POST', t.upper1, `/api/v1/report-forms/${formId}/reminders`, { period: '2025-W05' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty('period');

    const noMail = buildApp({
      db: h.db,
      dbKind: h.kind,
      logger: createLogger('silent'),
      trustProxy: false,
      storageDir: h.storageDir,
    });
    const headers = { authorization: `Bearer ${t.upper1}`, 'content-type': 'application/json' };
    const off = await noMail.request(`/api/v1/report-forms/${formId}/reminders`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ period: '2025-05' }),
    });
    expect(off.status).toBe(409);
    expect(((await off.json()) as ErrorBody).error).toMatchObject({ code: 'mail_not_configured' });
    const grid = await noMail.request(`/api/v1/report-forms/${formId}/grid`, { headers });
    expect(((await grid.json()) as { mail: boolean }).mail).toBe(false);
    expect(received).toHaveLength(1);
  });
});
