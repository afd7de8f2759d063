import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Grid,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatMoney } from '../../../../lib/numbers';
import { DATE_FORMATS, afterToday, toIso, today } from '../../../lib/dates';
import { showApiError } from '../../../lib/forms';
import { useI18n, type Key } from '../../../i18n';
import { LoadMore, usePagedList } from '../../../lib/paged-list';
import { acknowledgeAllocation, allocationKeys, fetchAllocationPage, type AllocationLine } from '../allocation-api';
import { fetchCommuneFunds, fundKeys } from '../api';
import { invalidateMoney, type Fund } from '../shared';

function StateTag({ line }: { line: AllocationLine }) {
  const { t } = useI18n();
  // "Xã đã nhận" or "Tỉnh đã nhận": who is to acknowledge.
  const key = `fundAllocState_${line.state}${line.recipientLevel === 'province' ? '_province' : ''}`;
  return <Tag color={line.state === 'acknowledged' ? 'green' : 'gold'}>{t(key as Key)}</Tag>;
}

/**
 * The allocations a province's (or the national level's) fund has made, one row per recipient, with whether each has
 * acknowledged; newest decision first, a page at a time.
 */
export function AllocationList({ fund }: { fund: Fund }) {
  const { t } = useI18n();
  const lines = usePagedList(allocationKeys.ofFund(fund.id), (cursor) =>
    fetchAllocationPage({ fundId: fund.id }, cursor),
  );
  return (
    <Card size="small" title={t('fundAllocList')} data-testid="allocation-list">
      <Table<AllocationLine>
        size="small"
        rowKey="id"
        loading={lines.isLoading}
        dataSource={lines.items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fundAllocEmpty')} /> }}
        columns={[
          { title: t('fundDate'), key: 'date', render: (_, l) => formatDateVi(l.date) },
          { title: t('fundAllocDecision'), dataIndex: 'decisionRef', key: 'decision' },
          { title: t('fundAllocRecipient'), dataIndex: 'recipientName', key: 'recipient' },
          { title: t('fundAllocAmount'), key: 'amount', align: 'right', render: (_, l) => formatMoney(l.amount) },
          { title: t('fundAllocPayoutNo'), dataIndex: 'payoutNo', key: 'payout' },
          { title: t('status'), key: 'state', render: (_, l) => <StateTag line={l} /> },
        ]}
      />
      <LoadMore list={lines} />
    </Card>
  );
}

type AckValues = { fundId: string; date: Dayjs };

/** "Xác nhận đã nhận": into which of the commune's own funds, on which day. */
function AcknowledgeModal({ line, fund, onClose }: { line: AllocationLine; fund: Fund; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<AckValues>();
  const [busy, setBusy] = useState(false);
  const funds = useQuery({
    queryKey: fundKeys.ofCommune(line.communeId),
    queryFn: () => fetchCommuneFunds(line.communeId),
  });
  const own = (funds.data ?? []).filter((f) => f.unitId === line.communeId && f.can.manage);
  async function submit(v: AckValues) {
    setBusy(true);
    try {
      await acknowledgeAllocation(line.id, { fundId: v.fundId, date: toIso(v.date) });
      message.success(t('fundAllocAcknowledged'));
      void invalidateMoney(qc);
      void qc.invalidateQueries({ queryKey: allocationKeys.all });
      void qc.invalidateQueries({ queryKey: ['today'] });
      onClose();
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) message.error(msg);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      title={t('fundAllocAcknowledge')}
      okText={t('fundAllocAcknowledge')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {/* The amount in the body, not the title: on a phone a long title ran under the close button. */}
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="allocation-acknowledge-amount">
        {formatMoney(line.amount)}
      </Typography.Title>
      <Typography.Paragraph>
        {line.fromUnitName} · {line.decisionRef} · {formatDateVi(line.date)}
        <br />
        {line.purpose}
      </Typography.Paragraph>
      <Form<AckValues>
        form={form}
        name="allocation-acknowledge"
        layout="vertical"
        initialValues={{ fundId: fund.unitId === line.communeId ? fund.id : undefined, date: today() }}
        onFinish={submit}
      >
        <Form.Item
          name="fundId"
          label={t('fundAllocAcknowledgeInto')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Select loading={funds.isLoading} options={own.map((f) => ({ value: f.id, label: f.name }))} />
        </Form.Item>
        <Form.Item name="date" label={t('fundAllocReceivedOn')} rules={[{ required: true, message: t('required') }]}>
          <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} disabledDate={afterToday} allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * On a commune's (or a province's) fund page: what the level above allocated to the unit — amount, decision, date,
 * state — even though the unit cannot read the fund above; its managers acknowledge each. A page at a time.
 */
export function AllocationsReceived({ fund }: { fund: Fund }) {
  const { t } = useI18n();
  const narrow = !Grid.useBreakpoint().md;
  const [open, setOpen] = useState<AllocationLine | null>(null);
  const lines = usePagedList(allocationKeys.toUnit(fund.unitId), (cursor) =>
    fetchAllocationPage({ unitId: fund.unitId }, cursor),
  );
  if (lines.items.length === 0) return null;
  const state = (l: AllocationLine) => (
    <Space wrap>
      <StateTag line={l} />
      {l.receivedFundName && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {l.receivedFundName}
          {l.receivedOn ? `, ${formatDateVi(l.receivedOn)}` : ''}
        </Typography.Text>
      )}
      {l.can.acknowledge && (
        <Button size="small" type="primary" onClick={() => setOpen(l)}>
          {t('fundAllocAcknowledge')}
        </Button>
      )}
    </Space>
  );
  // On a phone one column: six would squeeze the purpose to a word a line and push the button off the screen.
  const columns: ColumnsType<AllocationLine> = narrow
    ? [
        {
          title: t('fundAllocReceived'),
          key: 'line',
          render: (_, l) => (
            <Flex vertical gap={4}>
              <b>{formatMoney(l.amount)}</b>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l.decisionRef} · {formatDateVi(l.date)} · {l.fromUnitName}
              </Typography.Text>
              <span style={{ fontSize: 13 }}>{l.purpose}</span>
              {state(l)}
            </Flex>
          ),
        },
      ]
    : [
        { title: t('fundDate'), key: 'date', render: (_, l) => formatDateVi(l.date) },
        { title: t('fundAllocFrom'), key: 'from', render: (_, l) => `${l.fromUnitName} – ${l.fundName}` },
        { title: t('fundAllocDecision'), dataIndex: 'decisionRef', key: 'decision' },
        { title: t('fundAllocPurpose'), dataIndex: 'purpose', key: 'purpose' },
        { title: t('fundAllocAmount'), key: 'amount', align: 'right', render: (_, l) => formatMoney(l.amount) },
        { title: t('status'), key: 'state', render: (_, l) => state(l) },
      ];
  return (
    <Card size="small" title={t('fundAllocReceived')} data-testid="allocations-received">
      <Table<AllocationLine>
        size="small"
        rowKey="id"
        showHeader={!narrow}
        dataSource={lines.items}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={columns}
      />
      <LoadMore list={lines} />
      {open && <AcknowledgeModal line={open} fund={fund} onClose={() => setOpen(null)} />}
    </Card>
  );
}
