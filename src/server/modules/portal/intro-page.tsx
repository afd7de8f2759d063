/** @jsxImportSource hono/jsx */
import { unitDisplayName } from '../../../lib/units';
import { logoUrl } from '../units/present';
import type { Unit } from '../units/schema';
import { PortalFooter, PortalHeader, responsibleLine } from './chrome';
import { Page } from './layout';

/** The introduction as paragraphs: a blank line or a line break starts a new one. */
export const introParagraphs = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * "Giới thiệu": who the committee is, in the words its standing committee wrote in the staff app, its emblem, how to
 * reach it and who answers for the portal's content.
 */
export function IntroPage({ commune, home, others = [] }: { commune: Unit; home: boolean; others?: Unit[] }) {
  const name = unitDisplayName(commune);
  const s = commune.settings;
  const paragraphs = introParagraphs(s.intro);
  const logo = logoUrl(commune);
  const responsible = responsibleLine(commune);
  return (
    <Page
      title={`Giới thiệu – Ủy ban MTTQ Việt Nam ${name}`}
      description={paragraphs[0] ?? `Giới thiệu Ủy ban Mặt trận Tổ quốc Việt Nam ${name}.`}
    >
      <PortalHeader commune={commune} home={home} />
      <main id="main-content" style="grid-template-columns:1fr">
        <section>
          <h2>Giới thiệu</h2>
          <div class="intro">
            {logo && <img src={logo} alt={`Biểu trưng Ủy ban MTTQ Việt Nam ${name}`} width={120} height={120} />}
            <div class="text">
              {paragraphs.length === 0 ? (
                <p class="empty">Ủy ban Mặt trận Tổ quốc Việt Nam {name} chưa đăng nội dung giới thiệu.</p>
              ) : (
                paragraphs.map((p) => <p>{p}</p>)
              )}
            </div>
          </div>
        </section>
        <section>
          <h2>Thông tin liên hệ</h2>
          <dl class="contact">
            <dt>Cơ quan</dt>
            <dd>Ủy ban Mặt trận Tổ quốc Việt Nam {name}</dd>
            {s.chairName && (
              <>
                <dt>Chủ tịch</dt>
                <dd>{s.chairName}</dd>
              </>
            )}
            {s.address && (
              <>
                <dt>Địa chỉ</dt>
                <dd>{s.address}</dd>
              </>
            )}
            {s.phone && (
              <>
                <dt>Điện thoại</dt>
                <dd>
                  <a href={`tel:${s.phone.replace(/[^0-9+]/g, '')}`}>{s.phone}</a>
                </dd>
              </>
            )}
            {s.email && (
              <>
                <dt>Email</dt>
                <dd>
                  <a href={`mailto:${s.email}`}>{s.email}</a>
                </dd>
              </>
            )}
            {responsible && (
              <>
                <dt>Chịu trách nhiệm nội dung</dt>
                <dd>{responsible}</dd>
              </>
            )}
          </dl>
        </section>
      </main>
      <PortalFooter commune={commune} others={others} />
    </Page>
  );
}
