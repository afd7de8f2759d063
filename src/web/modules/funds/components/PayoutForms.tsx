import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Grid, Input, Radio, Row, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatMoney } from '../../../../lib/numbers';
import { exportXlsx } from '../../../lib/export-xlsx';
import { AmountItem, DriveItem, MoneyDateItem, NoteItem } from './FundFields';
import { useI18n, type Key } from '../../../i18n';
import { invalidateMoney, type BookLine, type Drive, type Fund, type Payout, type Transfer } from '../shared';
import { toIso, today } from '../../../lib/dates';
import { fileSafe } from '../../../lib/downloads';
import { useIdempotentSubmit } from '../../../lib/idempotency';
import { fundKeys, fetchFundBook } from '../api';
import { BusyButton } from '../../../lib/file-buttons';

type Props = { fund: Fund; drives: Drive[] };

export const bookKindKey = (k: BookLine['kind']): Key => `fundBookKind_${k}`;
const KIND_COLOR: Record<BookLine['kind'], string> = {
  receipt: 'green',
  payout: 'red',
  transfer_up: 'orange',
  transfer_down: 'blue',
};
export function BookKindTag({ kind }: { kind: BookLine['kind'] }) {
  const { t } = useI18n();
  return <Tag color={KIND_COLOR[kind]}>{t(bookKindKey(kind))}</Tag>;
}

/** A book line's date, number (once it has one) and kind, stacked. */
export function BookLineNo({ line }: { line: BookLine }) {
  return (
    <Flex vertical gap={2} align="start" style={{ whiteSpace: 'nowrap' }}>
      <span>{formatDateVi(line.date)}</span>
      {line.number && <b>{line.number}</b>}
      <BookKindTag kind={line.kind} />
    </Flex>
  );
}

/** Payouts (phiếu chi) and money passed up to / received from the level above: standing committee only. */
export function PayoutForms({ fund, drives }: Props) {
  const { t } = useI18n();
  const narrow = !Grid.useBreakpoint().md;
  const since = '2000-01-01';
  const book = useQuery({
    queryKey: fundKeys.book(fund.id, since, 'today'),
    queryFn: () => fetchFundBook(fund.id, since),
  });
  const lines = (book.data?.lines ?? []).filter((l) => l.kind !== 'receipt').reverse();

  const exportRows = () =>
    exportXlsx(
      fileSafe(`${t('fundPayoutsList')} - ${fund.name}`),
      t('fundPayoutsList'),
      [
        { header: t('fundDate'), value: (l: BookLine) => formatDateVi(l.date), format: 'text' },
        { header: t('fundBookNumber'), value: (l) => l.number, width: 16 },
        { header: t('kind'), value: (l) => t(bookKindKey(l.kind)), width: 20 },
        { header: t('fundBookDescription'), value: (l) => l.description, width: 60 },
        { header: t('fundBookIncome'), value: (l) => l.income || null, format: 'money', width: 20 },
        { header: t('fundBookExpense'), value: (l) => l.expense || null, format: 'money', width: 20 },
      ],
      lines,
    );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <PayoutForm fund={fund} drives={drives} />
      </Col>
      <Col xs={24} lg={12}>
        <TransferForm fund={fund} />
      </Col>
      <Col xs={24}>
        <Card
          size="small"
          title={t('fundPayoutsList')}
          extra={
            <BusyButton size="small" onClick={exportRows} disabled={lines.length === 0}>
              {t('fundExport')}
            </BusyButton>
          }
        >
          <Table<BookLine>
            rowKey={(l) => `${l.kind}-${l.number ?? ''}-${l.date}-${l.description}-${l.balance}`}
            size="small"
            loading={book.isLoading}
            dataSource={lines}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={narrow ? undefined : { x: 'max-content' }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fundPayoutsEmpty')} /> }}
            columns={[
              {
                title: t('fundBookNumber'),
                key: 'no',
                render: (_, l) => <BookLineNo line={l} />,
              },
              {
                title: t('fundBookDescription'),
                key: 'desc',
                render: (_, l) => (
                  <div style={{ maxWidth: 640, whiteSpace: 'normal', wordBreak: 'break-word' }}>
                    {l.description}
                    <div>
                      <b>{formatMoney(l.income || l.expense)}</b>
                    </div>
                  </div>
                ),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

type PayoutValues = {
  amount?: number;
  date: Dayjs;
  purpose: string;
  recipient: string;
  decisionRef: string;
  driveId?: string;
};

/**
 * A money form that stays on the page: sent with an idempotency key, then emptied for the next record with a new key;
 * `done` is the last record saved, for the confirmation under the form.
 */
function useMoneyForm<V, T>(path: string, savedText: (row: T) => string) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<V>();
  const { post, busy, error, renewKey } = useIdempotentSubmit(form, t('fundKeyReused'));
  const [done, setDone] = useState<T | null>(null);

  async function send(body: unknown) {
    setDone(null);
    const row = await post<T>(path, body);
    if (!row) return;
    setDone(row);
    message.success(savedText(row));
    void invalidateMoney(qc);
    form.resetFields();
    renewKey();
  }
  return { form, busy, error, done, send };
}

function PayoutForm({ fund, drives }: Props) {
  const { t } = useI18n();
  const { form, busy, error, done, send } = useMoneyForm<PayoutValues, Payout>(
    '/disbursements',
    (row) => `${t('fundPayoutSaved')} ${row.payoutNo}`,
  );

  const submit = (v: PayoutValues) =>
    send({
      fundId: fund.id,
      amount: v.amount ?? 0,
      date: toIso(v.date),
      purpose: v.purpose.trim(),
      recipient: v.recipient.trim(),
      decisionRef: v.decisionRef.trim(),
      ...(v.driveId ? { driveId: v.driveId } : {}),
    });

  return (
    <Card size="small" title={t('fundPayoutNew')} style={{ height: '100%' }}>
      <Form<PayoutValues>
        form={form}
        name="payout"
        layout="vertical"
        initialValues={{ date: today() }}
        onFinish={submit}
        disabled={busy}
      >
        <AmountItem label={t('fundPayoutAmount')} />
        <Form.Item
          name="purpose"
          label={t('fundPayoutPurpose')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={t('fundPayoutPurposeHint')} />
        </Form.Item>
        <Form.Item
          name="recipient"
          label={t('fundPayoutRecipient')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="decisionRef"
              label={t('fundPayoutDecision')}
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input maxLength={100} placeholder="02/QĐ-MTTQ" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <MoneyDateItem />
          </Col>
        </Row>
        <DriveItem drives={drives} />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {done && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${t('fundPayoutSaved')} ${done.payoutNo}: ${formatMoney(done.amount)}`}
            description={done.amountInWords}
          />
        )}
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('fundPayoutSave')}
        </Button>
      </Form>
    </Card>
  );
}

type TransferValues = {
  direction: 'up' | 'down';
  amount?: number;
  date: Dayjs;
  counterparty: string;
  documentRef?: string;
  note?: string;
};

function TransferForm({ fund }: { fund: Fund }) {
  const { t } = useI18n();
  const { form, busy, error, done, send } = useMoneyForm<TransferValues, Transfer>('/transfers', () => t('saved'));

  const submit = (v: TransferValues) =>
    send({
      fundId: fund.id,
      direction: v.direction,
      amount: v.amount ?? 0,
      date: toIso(v.date),
      counterparty: v.counterparty.trim(),
      ...(v.documentRef?.trim() ? { documentRef: v.documentRef.trim() } : {}),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    });

  return (
    <Card size="small" title={t('fundTransferNew')} style={{ height: '100%' }}>
      <Form<TransferValues>
        form={form}
        name="transfer"
        layout="vertical"
        initialValues={{ direction: 'up', date: today() }}
        onFinish={submit}
        disabled={busy}
      >
        <Form.Item name="direction" label={t('fundTransferDirection')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'up', label: t('fundTransferredOut') },
              { value: 'down', label: t('fundTransferredIn') },
            ]}
          />
        </Form.Item>
        <AmountItem label={t('fundAmount')} />
        <Form.Item
          name="counterparty"
          label={t('fundTransferCounterparty')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={200} placeholder={t('fundBodyProvinceFront')} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="documentRef" label={t('fundTransferDocument')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <MoneyDateItem />
          </Col>
        </Row>
        <NoteItem />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {done && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${t(done.direction === 'up' ? 'fundTransferredOut' : 'fundTransferredIn')}: ${formatMoney(
              done.amount,
            )} – ${done.counterparty}`}
          />
        )}
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('fundTransferSave')}
        </Button>
      </Form>
    </Card>
  );
}
