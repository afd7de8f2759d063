/** @jsxImportSource hono/jsx */
import { Hono, type Context } from 'hono';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { formatDateVi } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import type { RequestMeta } from '../../core/actor';
import type { AppDeps } from '../../http/env';
import { createRateLimiter, HONEYPOT_FIELD, isBot, publicFormBodyLimit, submitterKey } from '../../http/public-form';
import { communePath, PortalFooter, PortalHeader } from '../portal/chrome';
import { Page } from '../portal/layout';
import { findPublicCommune, isHomeCommune } from '../portal/queries';
import type { Unit } from '../units/schema';
import { newLookupCode, normalizeCode } from './commands/create-petition';
import { checkPortalPetition, submitPortalPetition } from './commands/portal-petition';
import { FIELD_LABELS, STATUS_LABELS } from './labels';
import type { PortalForm } from './portal-form';
import { communeVillages, findPetitionByCode, petitionHistory } from './queries';
import { petitionFields } from './schema';

const css = `
form.pt label{display:block;font-weight:bold;margin-top:10px}form.pt .hint{font-weight:normal;color:#666;font-size:14px}
form.pt input,form.pt select,form.pt textarea{width:100%;font:inherit;padding:6px 8px;border:1px solid #bbb;border-radius:4px;background:#fff}
form.pt textarea{min-height:160px}form.pt .err{color:#b71c1c;font-size:15px;margin-top:2px}form.pt .bad{border-color:#b71c1c}
form.pt button{margin-top:14px;font:inherit;font-weight:bold;background:#b71c1c;color:#fff;border:0;border-radius:4px;padding:8px 18px;cursor:pointer}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.code{font-size:30px;font-weight:bold;letter-spacing:2px;color:#b71c1c;border:2px dashed #b71c1c;display:inline-block;padding:6px 14px;margin:6px 0;font-family:monospace}
.content{white-space:pre-wrap;background:#faf7f0;border-left:4px solid #d8cfbf;padding:8px 12px}.status{font-weight:bold;color:#1b5e20}
ol.steps{padding-left:22px}ol.steps li{margin:4px 0}.answer{white-space:pre-wrap;background:#eef6ee;border-left:4px solid #2e7d32;padding:8px 12px}
`;

const PORTAL_META = (ip: string | null): RequestMeta => ({ actorId: null, actorUsername: 'portal', ip });

/** The portal's header (the commune's emblem and name, the sections) with the page's own title, and its footer. */
function Shell(props: { title: string; commune?: Unit | null; home?: boolean; children: Child }) {
  const commune = props.commune ?? null;
  return (
    <Page title={commune ? `${props.title} – MTTQ ${unitDisplayName(commune)}` : props.title}>
      <style>{raw(css)}</style>
      <PortalHeader commune={commune} home={props.home ?? false} title={props.title} />
      <main id="main-content" style="grid-template-columns:1fr">
        {props.children}
      </main>
      <PortalFooter commune={commune} />
    </Page>
  );
}

type Village = { id: string; name: string };

function Field(props: { name: string; label: string; hint?: string; error?: string; children: Child }) {
  return (
    <div>
      <label for={props.name}>
        {props.label} {props.hint && <span class="hint">{props.hint}</span>}
      </label>
      {props.children}
      {props.error && (
        <div class="err" id={`${props.name}-error`}>
          {props.error}
        </div>
      )}
    </div>
  );
}

function PetitionForm({
  commune,
  home,
  villages,
  values,
  errors,
}: {
  commune: Unit;
  home: boolean;
  villages: Village[];
  values: PortalForm;
  errors: Record<string, string>;
}) {
  const bad = (k: string) => (errors[k] ? 'bad' : undefined);
  return (
    <Shell title="Gửi ý kiến, kiến nghị" commune={commune} home={home}>
      <section>
        <h2>Ý kiến, kiến nghị gửi Ủy ban MTTQ Việt Nam {unitDisplayName(commune)}</h2>
        <p>
          Ban Thường trực tổng hợp, chuyển tới cơ quan có thẩm quyền và thông tin kết quả trả lời. Sau khi gửi, bạn nhận
          một <strong>mã tra cứu</strong> để theo dõi. Họ tên, số điện thoại, địa chỉ của bạn chỉ cán bộ Mặt trận xem,
          không công bố. Đã gửi trước đây? <a href="/tra-cuu-kien-nghi">Tra cứu kiến nghị</a>.
        </p>
        {Object.keys(errors).length > 0 && <p class="err">Vui lòng sửa các ô được đánh dấu bên dưới.</p>}
        <form class="pt" method="post" action={`${communePath(commune)}/kien-nghi`}>
          <Field name="submitterName" label="Họ và tên" error={errors.submitterName}>
            <input
              id="submitterName"
              name="submitterName"
              class={bad('submitterName')}
              value={values.submitterName}
              maxlength={200}
              autocomplete="name"
              required
            />
          </Field>
          <Field name="submitterContact" label="Điện thoại hoặc email" error={errors.submitterContact}>
            <input
              id="submitterContact"
              name="submitterContact"
              class={bad('submitterContact')}
              value={values.submitterContact}
              maxlength={200}
              autocomplete="tel"
              required
            />
          </Field>
          <Field name="submitterAddress" label="Địa chỉ" hint="(không bắt buộc)" error={errors.submitterAddress}>
            <input
              id="submitterAddress"
              name="submitterAddress"
              class={bad('submitterAddress')}
              value={values.submitterAddress}
              maxlength={300}
              autocomplete="street-address"
            />
          </Field>
          <Field name="villageId" label="Thôn, tổ dân phố" hint="(không bắt buộc)" error={errors.villageId}>
            <select id="villageId" name="villageId" class={bad('villageId')}>
              <option value="">— Không chọn —</option>
              {villages.map((v) => (
                <option value={v.id} selected={values.villageId === v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </Field>
          <Field name="field" label="Lĩnh vực" error={errors.field}>
            <select id="field" name="field" class={bad('field')} required>
              <option value="">— Chọn lĩnh vực —</option>
              {petitionFields.map((f) => (
                <option value={f} selected={values.field === f}>
                  {FIELD_LABELS[f]}
                </option>
              ))}
            </select>
          </Field>
          <Field name="content" label="Nội dung ý kiến, kiến nghị" error={errors.content}>
            <textarea id="content" name="content" class={bad('content')} maxlength={5000} required>
              {values.content}
            </textarea>
          </Field>
          <div class="hp" aria-hidden="true">
            <label for={HONEYPOT_FIELD}>Để trống ô này</label>
            <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} tabindex={-1} autocomplete="off" value="" />
          </div>
          <button type="submit">Gửi kiến nghị</button>
        </form>
      </section>
    </Shell>
  );
}

function Sent({ commune, home, code }: { commune: Unit; home: boolean; code: string }) {
  return (
    <Shell title="Đã gửi ý kiến, kiến nghị" commune={commune} home={home}>
      <section>
        <h2>Cảm ơn bạn đã gửi ý kiến, kiến nghị</h2>
        <p>Mã tra cứu của bạn (hãy ghi lại hoặc chụp màn hình):</p>
        <div class="code" data-testid="lookup-code">
          {code}
        </div>
        <p>
          Dùng mã này để xem tình trạng xử lý và nội dung trả lời tại trang{' '}
          <a href={`/tra-cuu-kien-nghi?ma=${encodeURIComponent(code)}`}>Tra cứu kiến nghị</a>.
        </p>
      </section>
    </Shell>
  );
}

function TooMany({ commune, retryAfter }: { commune?: Unit | null; retryAfter: number }) {
  return (
    <Shell title="Gửi quá nhiều lần" commune={commune}>
      <section>
        <h2>Bạn đã gửi quá nhiều lần</h2>
        <p>Vui lòng thử lại sau khoảng {Math.max(1, Math.ceil(retryAfter / 60))} phút.</p>
      </section>
    </Shell>
  );
}

function NotFoundPage() {
  return (
    <Shell title="Không tìm thấy">
      <section>
        <h2>Không tìm thấy trang</h2>
        <a href="/">Về trang chủ</a>
      </section>
    </Shell>
  );
}

type Found = NonNullable<Awaited<ReturnType<typeof findPetitionByCode>>>;
type Step = { toStatus: keyof typeof STATUS_LABELS; date: string; meetingTitle: string | null };

/** What the public sees of a petition: no names, no contacts, no internal notes. */
function LookupResult({ found, steps }: { found: Found; steps: Step[] }) {
  const p = found.petition;
  const showAnswer = (p.status === 'answered' || p.status === 'closed') && p.answerPublic && p.answer;
  return (
    <section data-testid="lookup-result">
      <h2>Kiến nghị {p.code}</h2>
      <p>
        Gửi Ủy ban MTTQ Việt Nam {unitDisplayName({ kind: found.communeKind, name: found.communeName })} ngày{' '}
        {formatDateVi(p.receivedAt)} · Lĩnh vực: {FIELD_LABELS[p.field]}
        {found.villageName ? ` · ${found.villageName}` : ''}
      </p>
      <p>
        Tình trạng: <span class="status">{STATUS_LABELS[p.status]}</span>
      </p>
      <div class="content">{p.content}</div>
      <h3>Các bước xử lý</h3>
      <ol class="steps">
        {steps.map((s) => (
          <li>
            {formatDateVi(s.date)}: {STATUS_LABELS[s.toStatus]}
            {s.toStatus === 'closed' && s.meetingTitle ? ` tại ${s.meetingTitle}` : ''}
          </li>
        ))}
      </ol>
      {showAnswer && (
        <>
          <h3>Nội dung trả lời{p.answerDocument ? ` (${p.answerDocument})` : ''}</h3>
          <div class="answer">{p.answer}</div>
        </>
      )}
      {(p.status === 'answered' || p.status === 'closed') && !showAnswer && (
        <p>Nội dung trả lời đã gửi trực tiếp tới người kiến nghị.</p>
      )}
    </section>
  );
}

function LookupPage(props: { code: string; found: Found | null; steps: Step[]; error?: string }) {
  return (
    <Shell title="Tra cứu kiến nghị">
      <section>
        <h2>Tra cứu ý kiến, kiến nghị đã gửi</h2>
        <form class="pt" method="get" action="/tra-cuu-kien-nghi">
          <Field name="ma" label="Mã tra cứu" hint="(ví dụ KN-7F3K9Q)" error={props.error}>
            <input id="ma" name="ma" value={props.code} maxlength={20} autocomplete="off" required />
          </Field>
          <button type="submit">Tra cứu</button>
        </form>
      </section>
      {props.found && <LookupResult found={props.found} steps={props.steps} />}
    </Shell>
  );
}

/** The portal's petition form and the lookup by code (mounted before the portal's own routes). */
export function petitionsPortalRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono();
  // One limiter per app instance: five accepted submissions per address per ten minutes.
  const submissions = createRateLimiter({ max: 5, windowMs: 10 * 60_000 });
  const lookups = createRateLimiter({ max: 60, windowMs: 10 * 60_000 });

  // Its slug ("hong-son"), or its id from a form loaded before slugs (GETs of /xa/<id>/… are redirected before here).
  const communeOf = (key: string) => findPublicCommune(db, key);
  const empty: PortalForm = {
    submitterName: '',
    submitterContact: '',
    submitterAddress: '',
    villageId: '',
    field: '',
    content: '',
  };

  app.get('/xa/:id/kien-nghi', async (c) => {
    const commune = await communeOf(c.req.param('id'));
    if (!commune) return c.html(<NotFoundPage />, 404);
    const [villages, home] = await Promise.all([communeVillages(db, commune.id), isHomeCommune(db, commune)]);
    return c.html(<PetitionForm {...{ commune, home, villages }} values={empty} errors={{}} />);
  });

  app.post('/xa/:id/kien-nghi', publicFormBodyLimit(), async (c: Context) => {
    const commune = await communeOf(c.req.param('id') ?? '');
    if (!commune) return c.html(<NotFoundPage />, 404);
    const body = (await c.req.parseBody().catch(() => ({}))) as Record<string, unknown>;
    const form = await checkPortalPetition(db, commune, body);
    if (!form.ok) {
      const home = await isHomeCommune(db, commune);
      const page = { commune, home, villages: form.villages, values: form.values, errors: form.errors };
      return c.html(<PetitionForm {...page} />, 422);
    }
    const tooMany = limited(submissions, c, commune);
    if (tooMany) return tooMany;
    // A bot filled the hidden field: answer as if accepted, write nothing.
    const code = isBot(body)
      ? newLookupCode()
      : (await submitPortalPetition(db, PORTAL_META(submitterKey(c, deps)), commune, form)).code;
    // Redirect after POST: a refresh of the thank-you page does not send the petition again (issue 12.15). The form
    // may come from a page loaded before communes had slugs (/xa/<id>/kien-nghi): the thanks are at the slug.
    return c.redirect(`${communePath(commune)}/kien-nghi/da-gui?ma=${encodeURIComponent(code)}`, 303);
  });

  app.get('/xa/:id/kien-nghi/da-gui', async (c) => {
    const commune = await communeOf(c.req.param('id'));
    if (!commune) return c.html(<NotFoundPage />, 404);
    const code = normalizeCode(c.req.query('ma') ?? '');
    if (!code) return c.redirect(`${communePath(commune)}/kien-nghi`, 303);
    const home = await isHomeCommune(db, commune);
    return c.html(<Sent commune={commune} home={home} code={code} />, 200, { 'Cache-Control': 'no-store' });
  });

  /** 429 with Retry-After when this sender went over the limiter's allowance; null otherwise. */
  function limited(limiter: typeof submissions, c: Context, commune?: Parameters<typeof TooMany>[0]['commune']) {
    const limit = limiter.hit(submitterKey(c, deps));
    if (limit.ok) return null;
    c.header('Retry-After', String(limit.retryAfter));
    return c.html(<TooMany commune={commune} retryAfter={limit.retryAfter} />, 429);
  }

  /** A petition by the code a citizen typed, with the steps the public sees (status, date, meeting). */
  async function publicLookup(input: string) {
    const code = normalizeCode(input);
    const found = code ? await findPetitionByCode(db, code) : null;
    const history = found ? await petitionHistory(db, found.petition.id) : [];
    const steps = history.map((r) => ({
      toStatus: r.event.toStatus,
      date: r.event.date,
      meetingTitle: r.meetingTitle,
    }));
    return { found, steps };
  }

  app.get('/tra-cuu-kien-nghi', async (c) => {
    const input = (c.req.query('ma') ?? '').slice(0, 40);
    if (!input.trim()) return c.html(<LookupPage code="" found={null} steps={[]} />);
    const tooMany = limited(lookups, c);
    if (tooMany) return tooMany;
    const { found, steps } = await publicLookup(input);
    const error = 'Không tìm thấy kiến nghị có mã này. Kiểm tra lại mã (dạng KN-XXXXXX).';
    if (!found) return c.html(<LookupPage code={input} found={null} steps={[]} error={error} />, 404);
    return c.html(<LookupPage code={found.petition.code} found={found} steps={steps} />);
  });

  return app;
}
