import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatInteger, formatMoney } from '../../../../lib/numbers';
import { useI18n } from '../../../i18n';
import { showApiError } from '../../../lib/forms';
import { DATE_FORMATS } from '../../../lib/dates';
import { MoneyInput } from '../../../lib/inputs';
import { applyRules, previewRules, type ReattributionResult, type ReattributionRule } from '../bank-api';
import { invalidateMoney, type Drive, type Fund } from '../shared';
import { fill } from './bank-text';
import { ANY, GENERAL, toRule, type RuleValues } from './reattribution-rule';

type Values = { rules: RuleValues[] };

/**
 * Rules that move recorded transfers to a drive in bulk (text contains, dates, amounts, current drive → target):
 * a preview of what each moves — the server runs the apply and rolls it back — then apply after a confirmation.
 */
export function Reattribution({ fund, drives }: { fund: Fund; drives: Drive[] }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [preview, setPreview] = useState<{ rules: string; result: ReattributionResult } | null>(null);
  const [busy, setBusy] = useState(false);
  const driveOptions = drives.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }));
  const moves = (o: { rows: number; amount: number }) =>
    fill(t('fundRuleMoves'), { rows: formatInteger(o.rows), amount: formatMoney(o.amount) });

  async function rules(): Promise<ReattributionRule[] | null> {
    try {
      return (await form.validateFields()).rules.map(toRule);
    } catch {
      return null;
    }
  }

  async function onPreview() {
    const r = await rules();
    if (!r) return;
    setBusy(true);
    try {
      setPreview({ rules: JSON.stringify(r), result: await previewRules(fund.id, r) });
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) void message.error(msg);
    } finally {
      setBusy(false);
    }
  }

  async function onApply() {
    const r = await rules();
    if (!r || !preview) return;
    // What is confirmed must be what was previewed.
    if (JSON.stringify(r) !== preview.rules) return void message.warning(t('fundRuleStale'));
    const total = preview.result.total;
    const ok = await modal.confirm({
      title: fill(t('fundRuleConfirm'), { rows: formatInteger(total.rows), amount: formatMoney(total.amount) }),
      content: t('fundRuleConfirmHint'),
      okText: t('fundRuleApply'),
      cancelText: t('cancel'),
    });
    if (!ok) return;
    setBusy(true);
    try {
      const done = await applyRules(fund.id, r);
      void message.success(
        fill(t('fundRuleApplied'), { rows: formatInteger(done.total.rows), amount: formatMoney(done.total.amount) }),
      );
      setPreview(null);
      await invalidateMoney(qc);
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) void message.error(msg);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title={t('fundRuleTitle')} data-testid="bank-rules">
      <Typography.Paragraph type="secondary">{t('fundRuleHint')}</Typography.Paragraph>
      <Form<Values> form={form} name="reattribution" layout="vertical" initialValues={{ rules: [{ current: ANY }] }}>
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  type="inner"
                  title={fill(t('fundRuleN'), { n: i + 1 })}
                  extra={
                    fields.length > 1 && (
                      <Button size="small" type="link" danger onClick={() => remove(f.name)}>
                        {t('fundRuleRemove')}
                      </Button>
                    )
                  }
                >
                  <Row gutter={12}>
                    <Col xs={24} md={8}>
                      <Form.Item name={[f.name, 'contains']} label={t('fundRuleContains')}>
                        <Input maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={[f.name, 'dates']} label={t('fundRuleDates')}>
                        <DatePicker.RangePicker
                          format={DATE_FORMATS}
                          style={{ width: '100%' }}
                          allowEmpty={[true, true]}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[f.name, 'minAmount']} label={t('fundRuleMin')}>
                        <MoneyInput min={0} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[f.name, 'maxAmount']} label={t('fundRuleMax')}>
                        <MoneyInput min={0} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={[f.name, 'current']} label={t('fundRuleCurrent')}>
                        <Select
                          options={[
                            { value: ANY, label: t('fundRuleAnyDrive') },
                            { value: GENERAL, label: t('fundBankGeneral') },
                            ...driveOptions,
                          ]}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[f.name, 'targetDriveId']}
                        label={t('fundRuleTarget')}
                        rules={[{ required: true, message: t('fundRuleTargetRule') }]}
                      >
                        <Select options={driveOptions} />
                      </Form.Item>
                    </Col>
                    {preview?.result.rules[i] && (
                      <Col xs={24} md={8} style={{ alignSelf: 'center' }}>
                        <Typography.Text strong data-testid={`rule-preview-${i + 1}`}>
                          {moves(preview.result.rules[i])}
                        </Typography.Text>
                      </Col>
                    )}
                  </Row>
                </Card>
              ))}
              <div>
                <Button onClick={() => add({ current: ANY })}>{t('fundRuleAdd')}</Button>
              </div>
            </Flex>
          )}
        </Form.List>
      </Form>
      {preview && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          data-testid="rule-preview-total"
          title={`${t('fundRuleTotal')}: ${moves(preview.result.total)}`}
          description={
            preview.result.rules.length > 1 ? (
              <Table
                size="small"
                pagination={false}
                rowKey="n"
                dataSource={preview.result.rules.map((r, i) => ({ n: i + 1, ...r }))}
                columns={[
                  { title: '#', dataIndex: 'n', width: 48 },
                  { title: t('fundImpCount'), key: 'rows', render: (_, r) => formatInteger(r.rows) },
                  { title: t('fundImpAmount'), key: 'amount', render: (_, r) => formatMoney(r.amount) },
                ]}
              />
            ) : undefined
          }
        />
      )}
      <Flex gap={8} justify="end" style={{ marginTop: 12 }}>
        <Button loading={busy} onClick={() => void onPreview()}>
          {t('fundRulePreview')}
        </Button>
        <Button
          type="primary"
          disabled={!preview || preview.result.total.rows === 0}
          loading={busy}
          onClick={() => void onApply()}
        >
          {t('fundRuleApply')}
        </Button>
      </Flex>
    </Card>
  );
}
