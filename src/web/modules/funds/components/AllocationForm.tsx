import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatMoney } from '../../../../lib/numbers';
import { ApiError } from '../../../lib/api';
import { toIso, today } from '../../../lib/dates';
import { apiWithKey, isKeyReused, newIdempotencyKey } from '../../../lib/idempotency';
import { MoneyInput } from '../../../lib/inputs';
import { useI18n } from '../../../i18n';
import { fmt } from '../../targets/shared';
import { allocationKeys, type AllocationRecipient } from '../allocation-api';
import { parsePastedAmounts } from '../paste-amounts';
import { invalidateMoney, type Drive, type Fund } from '../shared';
import { DriveItem, MoneyDateItem } from './FundFields';

type Values = {
  decisionRef: string;
  date: Dayjs;
  purpose: string;
  driveId?: string;
  lines: { unitId: string; amount?: number | null }[];
};
type Saved = { id: string; total: number; lines: { payoutNo: string }[] };

/**
 * A province's allocation decision to its communes, or the national unit's to the provinces: the recipients (the
 * server says which) in a table, an amount each (a column pasted from Excel fills the rows down from where it lands),
 * the total in Vietnamese figures. Only the rows with an amount are sent; the server's `lines.N.*` errors are put back
 * under the row they came from.
 */
export function AllocationForm({
  fund,
  recipients: communes,
  drives,
}: {
  fund: Fund;
  recipients: AllocationRecipient[];
  drives: Drive[];
}) {
  const { t } = useI18n();
  const toProvinces = fund.unitLevel === 'national';
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const rows = Form.useWatch('lines', form) ?? [];
  const total = rows.reduce((s, l) => s + (l?.amount && l.amount > 0 ? l.amount : 0), 0);

  const paste = (row: number) => (e: React.ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text');
    if (!/\n/.test(text.trim())) return; // one value: the input takes it itself
    e.preventDefault();
    parsePastedAmounts(text).forEach((amount, i) => {
      if (row + i < communes.length) form.setFieldValue(['lines', row + i, 'amount'], amount ?? undefined);
    });
  };

  async function submit(v: Values) {
    setError('');
    // The communes are the rows (only each row's amount is a form field): read by row, so none is lost to a hole.
    const sent = communes
      .map((c, row) => ({ unitId: c.id, amount: v.lines?.[row]?.amount, row }))
      .filter((l) => l.amount !== undefined && l.amount !== null);
    if (sent.length === 0) return setError(t(toProvinces ? 'fundAllocNoneFilledProvince' : 'fundAllocNoneFilled'));
    setBusy(true);
    try {
      const saved = await apiWithKey<Saved>(
        '/allocations',
        {
          fundId: fund.id,
          decisionRef: v.decisionRef.trim(),
          date: toIso(v.date),
          purpose: v.purpose.trim(),
          ...(v.driveId ? { driveId: v.driveId } : {}),
          lines: sent.map((l) => ({ unitId: l.unitId, amount: l.amount })),
        },
        key,
      );
      message.success(fmt(t('fundAllocSaved'), { count: saved.lines.length }));
      void invalidateMoney(qc);
      void qc.invalidateQueries({ queryKey: allocationKeys.all });
      form.resetFields();
      setKey(newIdempotencyKey());
    } catch (e) {
      if (isKeyReused(e)) {
        setKey(newIdempotencyKey());
        setError(t('fundKeyReused'));
      } else if (e instanceof ApiError) {
        const fields = Object.entries(e.fields).map(([name, msg]) => {
          const m = /^lines\.(\d+)\.(\w+)$/.exec(name);
          const row = m ? sent[Number(m[1])]?.row : undefined;
          return { name: row === undefined ? name : `lines.${row}.amount`, msg };
        });
        const onRows = fields.filter((f) => f.name.startsWith('lines.'));
        form.setFields(
          onRows.map((f) => ({ name: ['lines', Number(f.name.split('.')[1]), 'amount'], errors: [f.msg] })),
        );
        const named = ['decisionRef', 'purpose', 'date', 'driveId'] as const;
        const isNamed = (n: string): n is (typeof named)[number] => (named as readonly string[]).includes(n);
        form.setFields(fields.flatMap((f) => (isNamed(f.name) ? [{ name: f.name, errors: [f.msg] }] : [])));
        const rest = fields.filter((f) => !f.name.startsWith('lines.') && !isNamed(f.name));
        // Row errors also go next to the button: the row may be far down a province's long list of communes.
        const shown = [...onRows, ...rest];
        if (shown.length > 0 || fields.length === 0) setError(shown.map((f) => f.msg).join(' ') || e.message);
      } else setError(String(e));
    } finally {
      setBusy(false);
    }
  }

  if (communes.length === 0)
    return <Alert type="info" showIcon message={t(toProvinces ? 'fundAllocNoProvinces' : 'fundAllocNoCommunes')} />;
  return (
    <Card size="small" title={t('fundAllocNew')}>
      <Form<Values>
        form={form}
        name="allocation"
        layout="vertical"
        disabled={busy}
        initialValues={{ date: today(), lines: communes.map((c) => ({ unitId: c.id })) }}
        onFinish={submit}
      >
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="decisionRef"
              label={t('fundAllocDecision')}
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input maxLength={100} placeholder={toProvinces ? '12/QĐ-MTTW-BTT' : '125/QĐ-MTTQ-BTT'} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <MoneyDateItem />
          </Col>
          <Col xs={24} sm={8}>
            <DriveItem drives={drives} />
          </Col>
        </Row>
        <Form.Item
          name="purpose"
          label={t('fundAllocPurpose')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={500} placeholder={t('fundAllocPurposeHint')} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t(toProvinces ? 'fundAllocPasteHintProvince' : 'fundAllocPasteHint')}
        </Typography.Paragraph>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={communes.map((c, row) => ({ id: c.id, row, name: c.displayName }))}
          columns={[
            { title: t(toProvinces ? 'fundAllocProvince' : 'fundAllocCommune'), dataIndex: 'name', key: 'name' },
            {
              title: t('fundAllocAmount'),
              key: 'amount',
              width: 260,
              render: (_, r) => (
                <Form.Item
                  name={['lines', r.row, 'amount']}
                  style={{ marginBottom: 0 }}
                  rules={[{ type: 'number', min: 1, message: t('fundAmountPositive') }]}
                >
                  <MoneyInput aria-label={`${t('fundAllocAmount')} ${r.name}`} onPaste={paste(r.row)} />
                </Form.Item>
              ),
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <b>{t('fundAllocTotal')}</b>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1}>
                <b data-testid="allocation-total">{formatMoney(total)}</b>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 12 }}>
          {t('fundAllocSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
