/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { formatDateVi } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { HONEYPOT_FIELD } from '../../http/public-form';
import { GENERAL_REF } from './fields';
import { PortalFooter, PortalHeader } from '../portal/chrome';
import { Page } from '../portal/layout';
import type { Unit } from '../units/schema';
import type { ArticleWithCounts } from './queries';
import type { Consultation } from './schema';
import { articleTitle } from '../../../lib/split-articles';
import type { ConsultationStatus } from './status';

// Our own constant CSS (never user text): the form, and the honeypot kept off-screen for people.
const FORM_CSS = `
form.comment label{display:block;font-weight:bold;margin-top:10px}form.comment .hint{font-weight:normal;color:#666;font-size:14px}
form.comment input[type=text],form.comment select,form.comment textarea{width:100%;font:inherit;padding:6px;border:1px solid #bbb;border-radius:4px;background:#fff}
form.comment textarea{min-height:140px}form.comment button{margin-top:12px;font:inherit;padding:8px 20px;background:#b71c1c;color:#fff;border:0;border-radius:4px;cursor:pointer}
.err{color:#b71c1c;font-size:15px;margin-top:2px}.invalid{border-color:#b71c1c!important}.notice{padding:10px 12px;border-radius:6px;margin-bottom:8px}
.notice.ok{background:#e8f5e9;border:1px solid #81c784}.notice.warn{background:#fff3e0;border:1px solid #ffb74d}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}article.art{border-top:1px solid #eee;padding-top:6px;margin-top:6px}
article.art h3{font-size:16px;margin:4px 0}article.art p{margin:2px 0}.count{color:#666;font-size:14px}main.single{grid-template-columns:1fr!important}
`;

/** The commune of a page, and whether it is the installation's home one (its "Trang chủ" is then "/"). */
export type PortalCommune = { unit: Unit; home: boolean };

/** The portal's header (emblem, the commune's name, the sections) and footer around a "Góp ý dự thảo" page. */
export function PortalShell(props: { title: string; commune: PortalCommune | null; children: Child }) {
  const unit = props.commune?.unit ?? null;
  return (
    <Page title={props.title}>
      <style>{raw(FORM_CSS)}</style>
      <PortalHeader commune={unit} home={props.commune?.home ?? false} />
      <main id="main-content" class="single">
        {props.children}
      </main>
      <PortalFooter commune={unit} />
    </Page>
  );
}

export function MessagePage(props: {
  title: string;
  message: string;
  commune: PortalCommune | null;
  back?: { href: string; label: string };
}) {
  return (
    <PortalShell title={props.title} commune={props.commune}>
      <section>
        <h2>{props.title}</h2>
        <p>{props.message}</p>
        {props.back && <a href={props.back.href}>{props.back.label}</a>}
      </section>
    </PortalShell>
  );
}

export function ConsultationListPage({ commune, items }: { commune: PortalCommune; items: Consultation[] }) {
  return (
    <PortalShell title={`Góp ý dự thảo — ${unitDisplayName(commune.unit)}`} commune={commune}>
      <section>
        <h2>Dự thảo đang lấy ý kiến Nhân dân</h2>
        {items.length === 0 ? (
          <p class="empty">Hiện không có dự thảo nào đang lấy ý kiến.</p>
        ) : (
          <ul class="drives">
            {items.map((c) => (
              <li>
                <a href={`/gop-y/${c.id}`}>{c.title}</a>
                <div class="count">
                  {c.requestedBy ? `Theo đề nghị của ${c.requestedBy}; ` : ''}nhận góp ý từ {formatDateVi(c.opensOn)}{' '}
                  đến hết ngày {formatDateVi(c.deadline)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </PortalShell>
  );
}

export type FormValues = { name: string; contact: string; articleRef: string; content: string };
export type FormErrors = Partial<Record<keyof FormValues, string>>;

function Field(props: { id: keyof FormValues; label: string; hint?: string; error?: string; children: Child }) {
  return (
    <div>
      <label for={props.id}>
        {props.label} {props.hint && <span class="hint">{props.hint}</span>}
      </label>
      {props.children}
      {props.error && (
        <div class="err" id={`${props.id}-err`} role="alert">
          {props.error}
        </div>
      )}
    </div>
  );
}

export function DraftPage(props: {
  commune: PortalCommune;
  consultation: Consultation;
  articles: ArticleWithCounts[];
  /** Comments already on the draft as a whole. */
  general?: number;
  status: ConsultationStatus;
  values?: FormValues;
  errors?: FormErrors;
  thanked?: boolean;
}) {
  const { consultation: c, articles, status } = props;
  const v = props.values ?? { name: '', contact: '', articleRef: '', content: '' };
  const e = props.errors ?? {};
  const bad = (k: keyof FormValues) =>
    e[k] ? { class: 'invalid', 'aria-invalid': 'true', 'aria-describedby': `${k}-err` } : {};
  return (
    <PortalShell title={`Góp ý: ${c.title}`} commune={props.commune}>
      <section>
        <h2>{c.title}</h2>
        <p>
          {c.requestedBy ? `Theo đề nghị của ${c.requestedBy}, ` : ''}Ủy ban MTTQ Việt Nam{' '}
          {unitDisplayName(props.commune.unit)} lấy ý kiến Nhân dân từ ngày {formatDateVi(c.opensOn)} đến hết ngày{' '}
          {formatDateVi(c.deadline)}.
        </p>
        {status === 'closed' && (
          <p class="notice warn">Đã hết thời gian góp ý dự thảo này. Cảm ơn Nhân dân đã quan tâm.</p>
        )}
        {status === 'upcoming' && (
          <p class="notice warn">Chưa đến thời gian nhận góp ý (bắt đầu từ ngày {formatDateVi(c.opensOn)}).</p>
        )}
        {(props.general ?? 0) > 0 && (
          <div class="count">Đã có {formatInteger(props.general ?? 0)} ý kiến góp ý chung cho cả dự thảo</div>
        )}
        {articles.map((a) => (
          <article class="art" id={`dieu-${a.article.position}`}>
            <h3>{articleTitle(a.article)}</h3>
            {a.article.text.split('\n').map((line) => (
              <p>{line}</p>
            ))}
            {a.comments > 0 && <div class="count">Đã có {formatInteger(a.comments)} ý kiến góp ý</div>}
          </article>
        ))}
      </section>
      {status === 'open' && (
        <section id="gop-y">
          <h2>Gửi ý kiến góp ý</h2>
          {/* Where the redirect after sending lands (#gop-y): the thanks in sight, not above the fold. */}
          {props.thanked && (
            <p class="notice ok" role="status">
              Cảm ơn ông/bà đã góp ý. Ý kiến đã được chuyển đến Ban Thường trực để tổng hợp.
            </p>
          )}
          <form class="comment" method="post" action={`/gop-y/${c.id}#gop-y`}>
            <Field id="name" label="Họ và tên" error={e.name}>
              <input
                type="text"
                id="name"
                name="name"
                value={v.name}
                maxlength={200}
                required
                autocomplete="name"
                {...bad('name')}
              />
            </Field>
            <Field
              id="contact"
              label="Điện thoại hoặc email"
              hint="(không bắt buộc; chỉ cán bộ Mặt trận xã xem, không công khai)"
              error={e.contact}
            >
              <input
                type="text"
                id="contact"
                name="contact"
                value={v.contact}
                maxlength={200}
                autocomplete="tel"
                {...bad('contact')}
              />
            </Field>
            <Field id="articleRef" label="Góp ý vào" error={e.articleRef}>
              <select id="articleRef" name="articleRef" required {...bad('articleRef')}>
                <option value="">— Chọn điều, hoặc góp ý chung —</option>
                <option value={GENERAL_REF} selected={v.articleRef === GENERAL_REF}>
                  Góp ý chung cho cả dự thảo
                </option>
                {articles.map((a) => (
                  <option value={a.article.ref} selected={v.articleRef === a.article.ref}>
                    {articleTitle(a.article).slice(0, 120)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="content" label="Nội dung góp ý" error={e.content}>
              <textarea id="content" name="content" maxlength={5000} required {...bad('content')}>
                {v.content}
              </textarea>
            </Field>
            <div class="hp" aria-hidden="true">
              <label for={HONEYPOT_FIELD}>Để trống ô này</label>
              <input type="text" id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} value="" tabindex={-1} autocomplete="off" />
            </div>
            <button type="submit">Gửi góp ý</button>
          </form>
        </section>
      )}
    </PortalShell>
  );
}
