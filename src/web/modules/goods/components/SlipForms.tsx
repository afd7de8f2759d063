import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, AutoComplete, Button, Checkbox, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { formatInteger } from '../../../../lib/numbers';
import { unitDisplayName } from '../../../../lib/units';
import type { Unit } from '../../../lib/api';
import { afterToday, DATE_FORMATS, toIso, today } from '../../../lib/dates';
import { useIdempotentSubmit } from '../../../lib/idempotency';
import { IntegerInput, MoneyInput } from '../../../lib/inputs';
import { useI18n } from '../../../i18n';
import { type GoodsSlip, invalidateGoods, SLIP_PATH, type SlipKind, type StockRow } from '../api';

type Props = { fundId: string; items: StockRow[]; open: boolean; onClose: () => void };

/** A slip form in a dialog: sent with an idempotency key, closed with a confirmation once the server numbered it. */
function useSlipForm<V>(fundId: string, kind: SlipKind, onClose: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<V>();
  const { post, busy, error, renewKey } = useIdempotentSubmit(form, t('goodsKeyReused'));
  async function send(body: unknown) {
    const slip = await post<GoodsSlip>(`/funds/${fundId}/goods/${SLIP_PATH[kind]}`, body);
    if (!slip) return;
    message.success(`${t('goodsSaved')} ${slip.number}`);
    void invalidateGoods(qc);
    form.resetFields();
    renewKey();
    onClose();
  }
  return { form, busy, error, send };
}

function DateItem() {
  const { t } = useI18n();
  return (
    <Form.Item name="date" label={t('goodsDate')} rules={[{ required: true, message: t('required') }]}>
      <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} disabledDate={afterToday} allowClear={false} />
    </Form.Item>
  );
}

const itemLabel = (r: StockRow) => `${r.name} (${r.unit})`;

type ReceiptLine = { name?: string; unit?: string; quantity?: number; value?: number };
type ReceiptValues = {
  date: Dayjs;
  donorName?: string;
  publicAnonymous?: boolean;
  note?: string;
  lines: ReceiptLine[];
};

/** Phiếu nhập: each line an item already in the store or a new one (its name and unit), quantity and worth. */
export function ReceiptModal({ fundId, items, open, onClose }: Props) {
  const { t } = useI18n();
  const { form, busy, error, send } = useSlipForm<ReceiptValues>(fundId, 'receipt', onClose);
  const names = [...new Set(items.map((i) => i.name))].map((value) => ({ value }));
  const submit = (v: ReceiptValues) =>
    send({
      date: toIso(v.date),
      donorName: v.donorName?.trim() ?? '',
      publicAnonymous: v.publicAnonymous ?? false,
      note: v.note?.trim() || null,
      lines: v.lines.map((l) => {
        const known = items.find((i) => i.name === l.name?.trim() && i.unit === l.unit?.trim());
        const what = known ? { itemId: known.itemId } : { name: l.name?.trim() ?? '', unit: l.unit?.trim() ?? '' };
        return { ...what, quantity: l.quantity ?? 0, value: l.value ?? 0 };
      }),
    });
  return (
    <Modal open={open} title={t('goodsReceiptNew')} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <Form<ReceiptValues>
        form={form}
        name="goodsReceipt"
        layout="vertical"
        initialValues={{ date: today(), lines: [{}] }}
        onFinish={submit}
        disabled={busy}
      >
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="donorName" label={t('goodsDonor')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <DateItem />
          </Col>
        </Row>
        <Form.Item name="publicAnonymous" valuePropName="checked">
          <Checkbox>{t('goodsAnonymous')}</Checkbox>
        </Form.Item>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Row gutter={8} key={key} align="top" wrap>
                  <Col xs={24} sm={8}>
                    <Form.Item
                      name={[name, 'name']}
                      label={t('goodsItem')}
                      rules={[{ required: true, whitespace: true, message: t('required') }]}
                    >
                      <AutoComplete
                        options={names}
                        filterOption={(input, o) => String(o?.value).toLowerCase().includes(input.toLowerCase())}
                        onSelect={(value: string) => {
                          const unit = items.find((i) => i.name === value)?.unit;
                          if (unit) form.setFieldValue(['lines', name, 'unit'], unit);
                        }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={8} sm={4}>
                    <Form.Item
                      name={[name, 'unit']}
                      label={t('goodsUnit')}
                      rules={[{ required: true, whitespace: true, message: t('required') }]}
                    >
                      <Input maxLength={20} placeholder="kg" />
                    </Form.Item>
                  </Col>
                  <Col xs={16} sm={5}>
                    <Form.Item
                      name={[name, 'quantity']}
                      label={t('goodsQuantity')}
                      rules={[{ required: true, type: 'number', min: 1, message: t('required') }]}
                    >
                      <IntegerInput min={1} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={6}>
                    <Form.Item name={[name, 'value']} label={t('goodsValue')}>
                      <MoneyInput />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={1} style={{ paddingTop: 36 }}>
                    {fields.length > 1 && <RemoveLine onClick={() => remove(name)} />}
                  </Col>
                </Row>
              ))}
              <AddLine onClick={() => add({})} />
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('goodsNote')}>
          <Input maxLength={500} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('goodsSave')}
        </Button>
      </Form>
    </Modal>
  );
}

type IssueValues = {
  date: Dayjs;
  villageId?: string;
  recipient?: string;
  decisionRef: string;
  note?: string;
  lines: { itemId?: string; quantity?: number }[];
};

/** Phiếu xuất: to a village of the commune and/or a recipient as written, under a decision; never beyond the stock. */
export function IssueModal({ fundId, items, open, onClose, villages }: Props & { villages: Unit[] }) {
  const { t } = useI18n();
  const { form, busy, error, send } = useSlipForm<IssueValues>(fundId, 'issue', onClose);
  const inStock = items.filter((i) => i.onHand > 0);
  const submit = (v: IssueValues) =>
    send({
      date: toIso(v.date),
      villageId: v.villageId ?? null,
      recipient: v.recipient?.trim() || null,
      decisionRef: v.decisionRef.trim(),
      note: v.note?.trim() || null,
      lines: v.lines.map((l) => ({ itemId: l.itemId, quantity: l.quantity ?? 0 })),
    });
  return (
    <Modal open={open} title={t('goodsIssueNew')} onCancel={onClose} footer={null} width={680} destroyOnHidden>
      <Form<IssueValues>
        form={form}
        name="goodsIssue"
        layout="vertical"
        initialValues={{ date: today(), lines: [{}] }}
        onFinish={submit}
        disabled={busy}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="villageId" label={t('goodsVillage')}>
              <Select
                allowClear
                options={villages.map((v) => ({ value: v.id, label: unitDisplayName(v) }))}
                data-testid="goods-village"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <DateItem />
          </Col>
        </Row>
        <Form.Item name="recipient" label={t('goodsRecipient')}>
          <Input maxLength={500} placeholder={t('goodsRecipientHint')} />
        </Form.Item>
        <Form.Item
          name="decisionRef"
          label={t('goodsDecision')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={100} placeholder="12/QĐ-MTTQ" />
        </Form.Item>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Row gutter={8} key={key} align="top">
                  <Col xs={14} sm={14}>
                    <Form.Item
                      name={[name, 'itemId']}
                      label={t('goodsItem')}
                      rules={[{ required: true, message: t('required') }]}
                    >
                      <Select
                        data-testid="goods-issue-item"
                        options={inStock.map((i) => ({
                          value: i.itemId,
                          label: `${itemLabel(i)} – ${t('goodsLeft').replace('{n}', formatInteger(i.onHand))}`,
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={8} sm={8}>
                    <Form.Item
                      name={[name, 'quantity']}
                      label={t('goodsQuantity')}
                      rules={[{ required: true, type: 'number', min: 1, message: t('required') }]}
                    >
                      <IntegerInput min={1} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={2} sm={2} style={{ paddingTop: 36 }}>
                    {fields.length > 1 && <RemoveLine onClick={() => remove(name)} />}
                  </Col>
                </Row>
              ))}
              <AddLine onClick={() => add({})} />
            </>
          )}
        </Form.List>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('goodsSave')}
        </Button>
      </Form>
    </Modal>
  );
}

type CountValues = { date: Dayjs; lines: { itemId: string; counted?: number; reason?: string }[] };

/** Kiểm kê: every item with its book quantity; what was counted, and a reason where the two differ. */
export function CountModal({ fundId, items, open, onClose }: Props) {
  const { t } = useI18n();
  const { form, busy, error, send } = useSlipForm<CountValues>(fundId, 'count', onClose);
  const submit = (v: CountValues) =>
    send({
      date: toIso(v.date),
      lines: v.lines.map((l) => ({ itemId: l.itemId, counted: l.counted ?? 0, reason: l.reason?.trim() || null })),
    });
  return (
    <Modal open={open} title={t('goodsCountNew')} onCancel={onClose} footer={null} width={680} destroyOnHidden>
      <Form<CountValues>
        form={form}
        name="goodsCount"
        layout="vertical"
        initialValues={{ date: today(), lines: items.map((i) => ({ itemId: i.itemId, counted: i.onHand })) }}
        onFinish={submit}
        disabled={busy}
      >
        <DateItem />
        {items.map((item, i) => (
          <Row gutter={8} key={item.itemId}>
            <Col xs={24} sm={9} style={{ paddingTop: 6 }}>
              <b>{itemLabel(item)}</b>
              <div>
                {t('goodsOnHand')}: {formatInteger(item.onHand)}
              </div>
            </Col>
            <Col xs={10} sm={6}>
              <Form.Item name={['lines', i, 'counted']} rules={[{ required: true, message: t('required') }]}>
                <IntegerInput min={0} aria-label={`${t('goodsCounted')} ${item.name}`} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={14} sm={9}>
              <Form.Item name={['lines', i, 'reason']}>
                <Input maxLength={300} placeholder={t('goodsReason')} />
              </Form.Item>
            </Col>
          </Row>
        ))}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('goodsSave')}
        </Button>
      </Form>
    </Modal>
  );
}

/** The ✕ that drops one line of a slip (shown while the slip has more than one). */
function RemoveLine({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Button size="small" type="text" aria-label={t('goodsLineRemove')} onClick={onClick}>
      ✕
    </Button>
  );
}

function AddLine({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Button type="dashed" onClick={onClick} block style={{ marginBottom: 12 }}>
      {t('goodsLineAdd')}
    </Button>
  );
}
