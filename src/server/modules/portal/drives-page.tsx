/** @jsxImportSource hono/jsx */
import { formatDateVi } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import type { PublicDrive, PublicDriveLevel } from '../funds/public-drives';
import type { Unit } from '../units/schema';
import { PortalFooter, PortalHeader } from './chrome';
import { Page } from './layout';

/** The level filter as the address writes it (/cong-khai?cap=tinh), and as a visitor reads it. */
export const LEVEL_PARAMS: Record<string, PublicDriveLevel> = {
  'trung-uong': 'national',
  tinh: 'province',
  xa: 'commune',
};
const LEVEL_NAMES: Record<PublicDriveLevel, string> = {
  national: 'Trung ương',
  province: 'Cấp tỉnh',
  commune: 'Cấp xã',
};

/** One drive as a list line: its name (the link to its disclosure), who holds the fund, its fund and its dates. */
export function DriveLine({ drive }: { drive: PublicDrive }) {
  return (
    <li>
      <a href={`/cong-khai/${drive.id}`}>{drive.name}</a>{' '}
      <span class="date">
        ({unitDisplayName(drive.unit)} – {drive.fundName}, từ {formatDateVi(drive.from)})
      </span>
    </li>
  );
}

/**
 * /cong-khai: the public disclosures of every level — the national unit's, the provinces', the communes' — newest
 * first, filtered by level or by one unit, a page at a time (keyset: "Trang sau" carries the cursor), without
 * JavaScript.
 */
export function DrivesPage(props: {
  commune: Unit | null;
  home: boolean;
  items: PublicDrive[];
  level: string | null;
  unitName: string | null;
  error: string | null;
  href: (p: { cap?: string | null; trang?: string | null }) => string;
  nextCursor: string | null;
  paged: boolean;
}) {
  const { items, level } = props;
  return (
    <Page title="Công khai tài chính các cấp">
      <PortalHeader commune={props.commune} home={props.home} title="Công khai tài chính" />
      <main id="main-content" style="grid-template-columns:1fr">
        <section id="cong-khai-cac-cap">
          <h2>Công khai tài chính các cấp{props.unitName ? `: ${props.unitName}` : ''}</h2>
          <nav aria-label="Cấp">
            <p>
              {level === null ? <strong>Tất cả</strong> : <a href={props.href({ cap: null })}>Tất cả</a>}
              {Object.entries(LEVEL_PARAMS).map(([param, l]) => (
                <>
                  {' · '}
                  {level === param ? (
                    <strong>{LEVEL_NAMES[l]}</strong>
                  ) : (
                    <a href={props.href({ cap: param })}>{LEVEL_NAMES[l]}</a>
                  )}
                </>
              ))}
            </p>
          </nav>
          {props.error && (
            <p class="empty" role="alert">
              {props.error}
            </p>
          )}
          {items.length === 0 ? (
            <p class="empty">Chưa có đợt vận động nào.</p>
          ) : (
            <ul class="drives">
              {items.map((d) => (
                <DriveLine drive={d} />
              ))}
            </ul>
          )}
          <div class="pager">
            {props.paged ? <a href={props.href({ trang: null })}>← Trang đầu</a> : <span />}
            {props.nextCursor ? <a href={props.href({ trang: props.nextCursor })}>Trang sau →</a> : <span />}
          </div>
        </section>
      </main>
      <PortalFooter commune={props.commune} />
    </Page>
  );
}
