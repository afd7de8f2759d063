import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Input, Modal, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger, formatMoney } from '../../../../lib/numbers';
import { ApiError, type Unit } from '../../../lib/api';
import { DownloadButton } from '../../../lib/file-buttons';
import { LoadMore, usePagedList } from '../../../lib/paged-list';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useI18n } from '../../../i18n';
import {
  fetchSlipPage,
  fetchStock,
  type GoodsSlip,
  goodsKeys,
  invalidateGoods,
  type SlipKind,
  slipDocxHref,
  type StockRow,
  stockXlsxHref,
  voidSlip,
} from '../api';
import { CountModal, IssueModal, ReceiptModal } from './SlipForms';

type View = 'stock' | SlipKind;

/**
 * The fund's "Hàng hóa" tab: goods in kind, apart from its cash. The stock per item, the receipts (phiếu nhập), issues
 * (phiếu xuất) and counts (kiểm kê), each printable; the standing committee writes and voids them. A village head sees
 * only the issues to their village (the server's `can` flags say which).
 */
export function GoodsTab({ fundId, units, communeId }: { fundId: string; units: Unit[]; communeId: string }) {
  const { t } = useI18n();
  const stock = useQuery({ queryKey: goodsKeys.stock(fundId), queryFn: () => fetchStock(fundId), retry: false });
  const [view, setView] = useState<View>('stock');
  const [dialog, setDialog] = useState<SlipKind | null>(null);
  const can = stock.data?.can;
  const items = stock.data?.items ?? [];
  const villages = units.filter((u) => u.level === 'village' && u.parentId === communeId);

  if (stock.error instanceof ApiError && stock.error.status === 403)
    return <Alert type="info" showIcon title={t('goodsNoAccess')} />;
  const views: View[] = can && !can.read ? ['issue'] : ['stock', 'receipt', 'issue', 'count'];
  const shown = views.includes(view) ? view : (views[0] ?? 'issue');
  const label: Record<View, string> = {
    stock: t('goodsStock'),
    receipt: t('goodsReceipts'),
    issue: t('goodsIssues'),
    count: t('goodsCounts'),
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('goodsApart')}</Typography.Text>
      <Flex wrap gap={8} justify="space-between">
        <Segmented<View>
          value={shown}
          onChange={setView}
          options={views.map((v) => ({ value: v, label: label[v] }))}
          data-testid="goods-views"
        />
        {can?.manage && (
          <Space wrap>
            <Button type="primary" onClick={() => setDialog('receipt')}>
              {t('goodsReceiptNew')}
            </Button>
            <Button onClick={() => setDialog('issue')} disabled={!items.some((i) => i.onHand > 0)}>
              {t('goodsIssueNew')}
            </Button>
            <Button onClick={() => setDialog('count')} disabled={items.length === 0}>
              {t('goodsCountNew')}
            </Button>
          </Space>
        )}
      </Flex>
      {shown === 'stock' ? (
        <StockTable
          fundId={fundId}
          items={items}
          loading={stock.isLoading}
          total={stock.data?.totals.valueOnHand ?? 0}
        />
      ) : (
        <SlipList fundId={fundId} kind={shown} />
      )}
      <ReceiptModal fundId={fundId} items={items} open={dialog === 'receipt'} onClose={() => setDialog(null)} />
      <IssueModal
        fundId={fundId}
        items={items}
        villages={villages}
        open={dialog === 'issue'}
        onClose={() => setDialog(null)}
      />
      {dialog === 'count' && <CountModal fundId={fundId} items={items} open onClose={() => setDialog(null)} />}
    </Space>
  );
}

function StockTable(props: { fundId: string; items: StockRow[]; loading: boolean; total: number }) {
  const { t } = useI18n();
  const n = (x: number) => formatInteger(x);
  return (
    <Card
      data-testid="goods-stock"
      size="small"
      title={t('goodsStock')}
      extra={
        <DownloadButton size="small" href={stockXlsxHref(props.fundId)} disabled={props.items.length === 0}>
          {t('goodsExport')}
        </DownloadButton>
      }
    >
      <ResponsiveTable<StockRow>
        rowKey="itemId"
        size="small"
        loading={props.loading}
        dataSource={props.items}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('goodsEmpty')} /> }}
        columns={[
          { title: t('goodsItem'), key: 'name', card: 'title', render: (_, r) => <b>{r.name}</b> },
          { title: t('goodsUnit'), dataIndex: 'unit' },
          { title: t('goodsReceived'), key: 'in', align: 'right', render: (_, r) => n(r.received) },
          { title: t('goodsIssued'), key: 'out', align: 'right', render: (_, r) => n(r.issued) },
          {
            title: t('goodsAdjusted'),
            key: 'adj',
            align: 'right',
            render: (_, r) => (r.adjusted ? n(r.adjusted) : ''),
          },
          { title: t('goodsOnHand'), key: 'onHand', align: 'right', render: (_, r) => <b>{n(r.onHand)}</b> },
          { title: t('goodsValueOnHand'), key: 'value', align: 'right', render: (_, r) => n(r.valueOnHand) },
        ]}
      />
      {props.items.length > 0 && (
        <Typography.Paragraph strong style={{ marginTop: 8, marginBottom: 0, textAlign: 'right' }}>
          {t('goodsTotal')}: {formatMoney(props.total)}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

const party = (s: GoodsSlip) =>
  s.kind === 'receipt'
    ? (s.donorName ?? '')
    : s.kind === 'issue'
      ? [s.villageName, s.recipient].filter(Boolean).join(' – ')
      : (s.note ?? '');

function SlipList({ fundId, kind }: { fundId: string; kind: SlipKind }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const slips = usePagedList(goodsKeys.slips(fundId, kind), (cursor) => fetchSlipPage(fundId, kind, cursor));
  const [voiding, setVoiding] = useState<GoodsSlip | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function confirmVoid() {
    if (!voiding) return;
    setBusy(true);
    try {
      await voidSlip(voiding.id, reason.trim());
      void invalidateGoods(qc);
      setVoiding(null);
      setReason('');
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const lines = (s: GoodsSlip) =>
    s.lines
      .map((l) =>
        kind === 'count'
          ? `${l.name}: ${formatInteger(l.counted ?? 0)} ${l.unit} (${l.quantity > 0 ? '+' : ''}${formatInteger(l.quantity)}${l.reason ? `, ${l.reason}` : ''})`
          : `${l.name} ${formatInteger(l.quantity)} ${l.unit}`,
      )
      .join('; ');

  return (
    <Card size="small" data-testid={`goods-${kind}-list`}>
      <ResponsiveTable<GoodsSlip>
        rowKey="id"
        size="small"
        loading={slips.isLoading}
        dataSource={slips.items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('goodsListEmpty')} /> }}
        columns={[
          {
            title: t('goodsNumber'),
            key: 'number',
            card: 'title',
            render: (_, s) => (
              <Space size={4} wrap>
                <b>{s.number}</b>
                <span>{formatDateVi(s.date)}</span>
                {s.voidedAt && <Tag color="red">{t('goodsVoided')}</Tag>}
              </Space>
            ),
          },
          { title: t('goodsParty'), key: 'party', render: (_, s) => party(s) },
          ...(kind === 'issue'
            ? [{ title: t('goodsDecision'), key: 'decision', render: (_: unknown, s: GoodsSlip) => s.decisionRef }]
            : []),
          {
            title: t('goodsLines'),
            key: 'lines',
            render: (_, s) => <div style={{ maxWidth: 480, whiteSpace: 'normal' }}>{lines(s)}</div>,
          },
          ...(kind === 'count'
            ? []
            : [
                {
                  title: t('goodsValue'),
                  key: 'value',
                  align: 'right' as const,
                  render: (_: unknown, s: GoodsSlip) => formatInteger(s.totalValue),
                },
              ]),
          {
            title: '',
            key: 'actions',
            render: (_, s) => (
              <Space wrap size={4}>
                <DownloadButton size="small" href={slipDocxHref(s.id)}>
                  {t('goodsPrint')}
                </DownloadButton>
                {s.can.void && (
                  <Button size="small" danger onClick={() => setVoiding(s)}>
                    {t('goodsVoid')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <LoadMore list={slips} />
      <Modal
        open={voiding !== null}
        title={`${t('goodsVoid')} ${voiding?.number ?? ''}`}
        onCancel={() => setVoiding(null)}
        onOk={() => void confirmVoid()}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy }}
        destroyOnHidden
      >
        <Input.TextArea
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('goodsVoidReason')}
          aria-label={t('goodsVoidReason')}
        />
      </Modal>
    </Card>
  );
}
