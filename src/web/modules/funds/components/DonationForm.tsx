import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, Result, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { amountInWords } from '../../../../lib/amount-in-words';
import { formatDateVi } from '../../../../lib/dates';
import { formatMoney } from '../../../../lib/numbers';
import { compareVi } from '../../../../lib/vi-text';
import type { Organization, Unit } from '../../../lib/api';
import { CollectedInItem, DriveItem, MoneyDateItem, NoteItem } from './FundFields';
import { useI18n } from '../../../i18n';
import {
  DONOR_KINDS,
  donorKindKey,
  invalidateMoney,
  rememberReceipt,
  usePledges,
  type DonorKind,
  type Drive,
  type Fund,
  type PaymentMethod,
  type Receipt,
} from '../shared';
import { MoneyInput } from '../../../lib/inputs';
import { toIso, today } from '../../../lib/dates';
import { useIdempotentSubmit } from '../../../lib/idempotency';
import type { FundRights } from '../permissions';
import { DownloadButton } from '../../../lib/file-buttons';

type Values = {
  donorKind: DonorKind;
  donorName?: string;
  donorAddress?: string;
  publicAnonymous?: boolean;
  amount?: number;
  method: PaymentMethod;
  inKindDescription?: string;
  inKindValue?: number;
  unitId?: string;
  organizationId?: string;
  date: Dayjs;
  driveId?: string;
  pledgeId?: string;
  note?: string;
  outOfPeriodReason?: string;
};

type Props = {
  fund: Fund;
  rights: FundRights;
  units: Unit[];
  organizations: Organization[];
  drives: Drive[];
  driveId?: string;
};

export const receiptUrl = (id: string, ext: 'pdf' | 'docx') => `/api/v1/donations/${id}/receipt.${ext}`;

/** Print / download buttons of one receipt. */
export function ReceiptDocButtons({ receipt, size }: { receipt: Receipt; size?: 'small' | 'middle' }) {
  const { t } = useI18n();
  return (
    <>
      <DownloadButton size={size} type={size ? 'default' : 'primary'} href={receiptUrl(receipt.id, 'pdf')} open>
        {t('fundReceiptPdf')}
      </DownloadButton>
      <DownloadButton size={size} href={receiptUrl(receipt.id, 'docx')}>
        {t('fundReceiptDocx')}
      </DownloadButton>
    </>
  );
}

/**
 * "Lập phiếu thu": one receipt at a time. The idempotency key is made when the form opens and kept
 * for retries of the same receipt; "Lập phiếu thu khác" starts a new one, keeping drive, village and date.
 */
export function DonationForm({ fund, rights, units, organizations, drives, driveId }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { post, busy: saving, error, setError, renewKey } = useIdempotentSubmit(form, t('fundKeyReused'));
  const [saved, setSaved] = useState<Receipt | null>(null);
  const [goods, setGoods] = useState(false);
  const pledges = usePledges(fund.id);

  const kind = Form.useWatch('donorKind', form);
  const amount = Form.useWatch('amount', form);
  const inKindValue = Form.useWatch('inKindValue', form);
  const watchedDate = Form.useWatch('date', form);
  const watchedDriveId = Form.useWatch('driveId', form);
  const watchedDrive = drives.find((d) => d.id === watchedDriveId);
  // A receipt dated outside its drive's period needs a reason (the server refuses it otherwise).
  const outOfPeriod =
    !!watchedDrive && !!watchedDate && (toIso(watchedDate) < watchedDrive.from || toIso(watchedDate) > watchedDrive.to);

  const villages = useMemo(() => {
    const all = units.filter((u) => u.level === 'village' && u.communeId === fund.communeId);
    const allowed = rights.manage ? all : all.filter((u) => rights.villageIds.includes(u.id));
    return allowed.sort((a, b) => compareVi(a.name, b.name));
  }, [units, fund.communeId, rights]);
  const orgs = useMemo(
    () =>
      (rights.manage
        ? organizations.filter((o) => o.active)
        : organizations.filter((o) => rights.organizationIds.includes(o.id))
      ).sort((a, b) => compareVi(a.name, b.name)),
    [organizations, rights],
  );
  const villageRequired = !rights.manage && rights.organizationIds.length === 0;
  const orgRequired = !rights.manage && rights.villageIds.length === 0;
  const showOrg = rights.manage || rights.organizationIds.length > 0;
  const showVillage = rights.manage || rights.villageIds.length > 0;

  const todayIso = toIso(today());
  const currentDrive = drives.find((d) => d.from <= todayIso && todayIso <= d.to);
  const initialValues: Partial<Values> = {
    donorKind: 'person',
    method: 'cash',
    date: today(),
    driveId: driveId ?? currentDrive?.id,
    unitId: villageRequired ? villages[0]?.id : undefined,
    organizationId: orgRequired ? orgs[0]?.id : undefined,
  };
  const openPledges = (pledges.data?.items ?? []).filter((p) => p.outstanding > 0);

  async function submit(v: Values) {
    setError('');
    const anonymous = v.donorKind === 'anonymous';
    const body = {
      fundId: fund.id,
      donorKind: v.donorKind,
      donorName: anonymous ? '' : (v.donorName ?? '').trim(),
      amount: v.amount ?? 0,
      date: toIso(v.date),
      method: v.method,
      ...(v.driveId ? { driveId: v.driveId } : {}),
      ...(v.unitId ? { unitId: v.unitId } : {}),
      ...(v.organizationId ? { organizationId: v.organizationId } : {}),
      ...(goods && v.inKindDescription?.trim() ? { inKindDescription: v.inKindDescription.trim() } : {}),
      ...(goods && v.inKindValue ? { inKindValue: v.inKindValue } : {}),
      ...(!anonymous && v.donorAddress?.trim() ? { donorAddress: v.donorAddress.trim() } : {}),
      ...(!anonymous && v.publicAnonymous ? { publicAnonymous: true } : {}),
      ...(v.pledgeId ? { pledgeId: v.pledgeId } : {}),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      ...(outOfPeriod && v.outOfPeriodReason?.trim() ? { outOfPeriodReason: v.outOfPeriodReason.trim() } : {}),
    };
    // A reused key (the first try may have been written) gets a fresh one: the user sends again once they have checked.
    const receipt = await post<Receipt>('/donations', body);
    if (!receipt) return;
    rememberReceipt(qc, receipt);
    void invalidateMoney(qc);
    setSaved(receipt);
    message.success(`${t('fundReceiptSaved')} ${receipt.receiptNo}`);
  }

  function another() {
    const keep = form.getFieldsValue(['driveId', 'unitId', 'organizationId', 'date', 'method']);
    form.resetFields();
    form.setFieldsValue(keep);
    setGoods(false);
    setSaved(null);
    setError('');
    renewKey();
  }

  if (saved) {
    return (
      <Card size="small">
        <Result
          status="success"
          style={{ padding: '16px 0' }}
          title={
            <>
              {t('fundReceiptSaved')}{' '}
              <span data-testid="receipt-no" style={{ whiteSpace: 'nowrap' }}>
                {saved.receiptNo}
              </span>
            </>
          }
          subTitle={
            <Flex vertical gap={4}>
              <span>
                {saved.donorKind === 'anonymous' ? t('fundDonorKind_anonymous') : saved.donorName} ·{' '}
                {formatDateVi(saved.date)}
              </span>
              <Typography.Text strong>{formatMoney(saved.amount)}</Typography.Text>
              <Typography.Text italic>{saved.amountInWords}</Typography.Text>
              {saved.inKindValue > 0 && (
                <span>
                  {t('fundGoods')}: {saved.inKindDescription} ({formatMoney(saved.inKindValue)}) · {t('fundTotal')}:{' '}
                  {formatMoney(saved.total)}
                </span>
              )}
            </Flex>
          }
          extra={
            <Flex wrap gap={8} justify="center">
              <ReceiptDocButtons receipt={saved} />
              <Button onClick={another}>{t('fundReceiptAnother')}</Button>
            </Flex>
          }
        />
      </Card>
    );
  }

  const words = (n: number | undefined | null) => (n ? amountInWords(n) : undefined);

  return (
    <Card size="small" title={t('fundReceiptNew')}>
      <Form<Values>
        form={form}
        name="donation"
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        disabled={saving}
        scrollToFirstError
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="donorKind" label={t('fundDonorKind')} rules={[{ required: true, message: t('required') }]}>
              <Select options={DONOR_KINDS.map((k) => ({ value: k, label: t(donorKindKey(k)) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="method" label={t('fundMethod')}>
              <Select
                options={[
                  { value: 'cash', label: t('fundMethod_cash') },
                  { value: 'bank_transfer', label: t('fundMethod_bank_transfer') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        {kind !== 'anonymous' && (
          <Form.Item
            name="donorName"
            label={t('fundDonorName')}
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input
              maxLength={200}
              placeholder={t(
                kind === 'household'
                  ? 'fundDonorNameHousehold'
                  : kind === 'person'
                    ? 'fundDonorNamePerson'
                    : 'fundDonorNameOrg',
              )}
            />
          </Form.Item>
        )}
        {kind !== 'anonymous' && (
          <Form.Item name="publicAnonymous" valuePropName="checked" extra={t('fundPublicAnonymousHelp')}>
            <Checkbox>{t('fundPublicAnonymous')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item
          name="amount"
          label={t('fundAmount')}
          required
          extra={amount ? <span data-testid="amount-words">{words(amount)}</span> : undefined}
          dependencies={['inKindValue']}
          rules={[
            {
              validator: async (_, value: number | undefined) => {
                if (!(value ?? 0) && !(goods && form.getFieldValue('inKindValue')))
                  throw new Error(t('fundAmountRequired'));
              },
            },
          ]}
        >
          <MoneyInput autoFocus={false} />
        </Form.Item>
        <Checkbox checked={goods} onChange={(e) => setGoods(e.target.checked)} style={{ marginBottom: 12 }}>
          {t('fundGoodsToggle')}
        </Checkbox>
        {goods && (
          <Row gutter={12}>
            <Col xs={24} sm={14}>
              <Form.Item
                name="inKindDescription"
                label={t('fundGoodsDescription')}
                rules={[{ required: true, whitespace: true, message: t('required') }]}
              >
                <Input maxLength={500} placeholder={t('fundGoodsDescriptionHint')} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item name="inKindValue" label={t('fundGoodsValue')} extra={words(inKindValue)}>
                <MoneyInput />
              </Form.Item>
            </Col>
            {(amount ?? 0) > 0 && (inKindValue ?? 0) > 0 && (
              <Col xs={24}>
                <Typography.Paragraph type="secondary">
                  {t('fundTotal')}: <b>{formatMoney((amount ?? 0) + (inKindValue ?? 0))}</b> (
                  {amountInWords((amount ?? 0) + (inKindValue ?? 0))})
                </Typography.Paragraph>
              </Col>
            )}
          </Row>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <MoneyDateItem />
          </Col>
          <Col xs={24} sm={12}>
            <DriveItem drives={drives} searchable />
          </Col>
          {outOfPeriod && (
            <Col xs={24}>
              <Form.Item
                name="outOfPeriodReason"
                label={t('fundOutOfPeriodReason')}
                rules={[{ required: true, whitespace: true, min: 3, message: t('fundOutOfPeriodReasonRule') }]}
              >
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          )}
          {showVillage && (
            <Col xs={24} sm={12}>
              <CollectedInItem villages={villages} required={villageRequired} />
            </Col>
          )}
          {showOrg && (
            <Col xs={24} sm={12}>
              <Form.Item
                name="organizationId"
                label={t('fundCollectedBy')}
                rules={orgRequired ? [{ required: true, message: t('required') }] : []}
              >
                <Select
                  allowClear={!orgRequired}
                  placeholder={t('fundCollectedByNone')}
                  options={orgs.map((o) => ({ value: o.id, label: o.name }))}
                />
              </Form.Item>
            </Col>
          )}
          {openPledges.length > 0 && (
            <Col xs={24} sm={12}>
              <Form.Item name="pledgeId" label={t('fundPledgeFulfil')}>
                <Select
                  allowClear
                  placeholder={t('fundPledgeNone')}
                  options={openPledges.map((p) => ({
                    value: p.id,
                    label: `${p.donorName || t('fundDonorKind_anonymous')} – ${t('fundPledgeOutstanding')} ${formatMoney(
                      p.outstanding,
                    )}`,
                  }))}
                  onChange={(id?: string) => {
                    const p = openPledges.find((x) => x.id === id);
                    if (p)
                      form.setFieldsValue({
                        donorKind: p.donorKind,
                        donorName: p.donorName,
                        amount: form.getFieldValue('amount') || p.outstanding,
                      });
                  }}
                />
              </Form.Item>
            </Col>
          )}
          {kind !== 'anonymous' && (
            <Col xs={24} sm={12}>
              <Form.Item name="donorAddress" label={t('fundDonorAddress')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24}>
            <NoteItem />
          </Col>
        </Row>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={saving} block>
          {t('fundReceiptSave')}
        </Button>
      </Form>
    </Card>
  );
}
