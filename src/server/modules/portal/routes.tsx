/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { unitDisplayName } from '../../../lib/units';
import type { AppDeps } from '../../http/env';
import type { Unit } from '../units/schema';
import { Page } from './layout';
import { findPublicCommune, listPublicCommunes } from './queries';

const upper = (s: string) => s.toLocaleUpperCase('vi');

function CommuneHome({ commune, others = [] }: { commune: Unit; others?: Unit[] }) {
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
    if (home) return c.html(<CommuneHome commune={home} others={others} />);
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

  app.get('/xa/:id', async (c) => {
    const id = c.req.param('id');
    const commune = /^[0-9a-f-]{36}$/i.test(id) ? await findPublicCommune(deps.db, id) : null;
    if (!commune) {
      return c.html(
        <Page title="Không tìm thấy">
          <main>
            <section>
              <h2>Không tìm thấy trang</h2>
              <a href="/">Về trang chủ</a>
            </section>
          </main>
        </Page>,
        404,
      );
    }
    const others = (await listPublicCommunes(deps.db)).filter((u) => u.id !== commune.id);
    return c.html(<CommuneHome commune={commune} others={others} />);
  });

  return app;
}
