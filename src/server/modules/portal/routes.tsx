/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { unitDisplayName } from '../../../lib/units';
import type { AppDeps } from '../../http/env';
import type { Unit } from '../units/schema';
import { disclosureDocument } from '../funds/disclosure-document';
import { driveDisclosure } from '../funds/disclosure';
import { disclosureXlsx } from '../funds/disclosure-xlsx';
import { findDrive, findFund, listCommuneDrives } from '../funds/queries';
import { renderDocx } from '../documents/render-docx';
import { docxToPdf, PDF_MIME } from '../documents/render-pdf';
import { DisclosurePage, driveQrSvg } from './disclosure-page';
import { Page } from './layout';
import { findPublicCommune, listPublicCommunes } from './queries';

const upper = (s: string) => s.toLocaleUpperCase('vi');

function NotFound() {
  return (
    <Page title="Không tìm thấy">
      <main>
        <section>
          <h2>Không tìm thấy trang</h2>
          <a href="/">Về trang chủ</a>
        </section>
      </main>
    </Page>
  );
}

type PublicDrive = Awaited<ReturnType<typeof listCommuneDrives>>[number];

function CommuneHome({ commune, others = [], drives = [] }: { commune: Unit; others?: Unit[]; drives?: PublicDrive[] }) {
  const s = commune.settings;
  const title = unitDisplayName(commune);
  return (
    <Page title={`Ủy ban MTTQ Việt Nam ${title}`}>
      <header>
        <div class="org">Ủy ban Mặt trận Tổ quốc Việt Nam</div>
        <h1>{upper(title)}</h1>
        <nav class="top">
          <a href="/app/">Đăng nhập cán bộ</a>
        </nav>
      </header>
      <main>
        <section id="tin-tuc">
          <h2>Tin tức</h2>
          <p class="empty">Chưa có tin bài.</p>
        </section>
        <section id="thong-bao">
          <h2>Thông báo</h2>
          <p class="empty">Chưa có thông báo.</p>
        </section>
        <section id="cong-dan">
          <h2>Dành cho công dân</h2>
          <ul class="drives">
            <li>
              <a href={`/xa/${commune.id}/kien-nghi`}>Gửi ý kiến, kiến nghị</a>
            </li>
            <li>
              <a href="/tra-cuu-kien-nghi">Tra cứu kiến nghị đã gửi</a>
            </li>
            <li>
              <a href={`/xa/${commune.id}/gop-y`}>Góp ý dự thảo văn bản</a>
            </li>
          </ul>
        </section>
        <section id="cong-khai">
          <h2>Công khai tài chính</h2>
          {drives.length === 0 ? (
            <p class="empty">Chưa có đợt vận động nào.</p>
          ) : (
            <ul class="drives">
              {drives.map((x) => (
                <li>
                  <a href={`/cong-khai/${x.drive.id}`}>{x.drive.name}</a> ({x.fundName})
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
      <footer>
        <div class="wrap">
          <strong>Ủy ban MTTQ Việt Nam {title}</strong>
          {s.address && <div>Địa chỉ: {s.address}</div>}
          {s.phone && <div>Điện thoại: {s.phone}</div>}
          {s.email && (
            <div>
              Email: <a href={`mailto:${s.email}`}>{s.email}</a>
            </div>
          )}
          {others.length > 0 && (
            <div>
              Các xã, phường khác:{' '}
              {others.map((u, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={`/xa/${u.id}`}>{unitDisplayName(u)}</a>
                </>
              ))}
            </div>
          )}
        </div>
      </footer>
    </Page>
  );
}

export function portalRoutes(deps: AppDeps) {
  const app = new Hono();

  app.get('/', async (c) => {
    const communes = await listPublicCommunes(deps.db);
    // One installation usually serves one commune: the first one set up is the home page.
    const [home, ...others] = communes;
    if (home) return c.html(<CommuneHome commune={home} others={others} drives={await listCommuneDrives(deps.db, home.id)} />);
    return c.html(
      <Page title="Cổng thông tin Mặt trận Tổ quốc cấp xã">
        <header>
          <div class="org">Ủy ban Mặt trận Tổ quốc Việt Nam</div>
          <h1>Cổng thông tin cấp xã</h1>
          <nav class="top">
            <a href="/app/">Đăng nhập cán bộ</a>
          </nav>
        </header>
        <main>
          <section>
            <h2>Chưa có xã nào</h2>
            <p class="empty">Cán bộ đăng nhập để thiết lập đơn vị.</p>
          </section>
        </main>
      </Page>,
    );
  });

  // Public disclosure of a drive: the page, and the same as Excel and PDF.
  app.get('/cong-khai/:file', async (c) => {
    const m = c.req.param('file').match(/^([0-9a-f-]{36})(?:\.(xlsx|pdf))?$/i);
    const d = m?.[1] ? await driveDisclosure(deps.db, m[1]) : null;
    if (!m || !d) return c.html(<NotFound />, 404);
    const name = `cong-khai-${d.drive.code}`;
    if (m[2] === 'xlsx') {
      return c.body(await disclosureXlsx(d), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}.xlsx"`,
      });
    }
    if (m[2] === 'pdf') {
      const pdf = await docxToPdf(await renderDocx(disclosureDocument(d)), { inputName: name });
      return c.body(new Uint8Array(pdf), 200, { 'Content-Type': PDF_MIME, 'Content-Disposition': `inline; filename="${name}.pdf"` });
    }
    const bank = (await findFund(deps.db, (await findDrive(deps.db, d.drive.id))?.fundId ?? ''))?.fund ?? { bankBin: null, bankAccount: null, bankAccountName: null };
    return c.html(<DisclosurePage d={d} bank={bank} qr={await driveQrSvg(bank, d.drive.code)} />);
  });

  app.get('/xa/:id', async (c) => {
    const id = c.req.param('id');
    const commune = /^[0-9a-f-]{36}$/i.test(id) ? await findPublicCommune(deps.db, id) : null;
    if (!commune) return c.html(<NotFound />, 404);
    const others = (await listPublicCommunes(deps.db)).filter((u) => u.id !== commune.id);
    return c.html(<CommuneHome commune={commune} others={others} drives={await listCommuneDrives(deps.db, commune.id)} />);
  });

  return app;
}
