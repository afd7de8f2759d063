import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DATE_FORMATS } from '../../../lib/dates';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Switch,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formatDateTimeVi, formatDateVi, todayVn } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { unitDisplayName } from '../../../../lib/units';
import { compareVi } from '../../../../lib/vi-text';
import { api, type Me, type Organization, type Unit } from '../../../lib/api';
import { exportXlsx } from '../../../lib/export-xlsx';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import { fmt, isMoneyLabel, useScope, useUnitIndicators } from '../shared';
import { IntegerInput } from '../../../lib/inputs';
import { isAdminUser } from '../../../lib/roles';
import { useCommuneOrganizations } from '../../units/api';
import type { Entry, EntryCan } from '../api';
import { EvidenceModal, EvidenceUpload } from '../components/EvidenceModal';
import { BusyButton } from '../../../lib/file-buttons';

/**
 * Where a user may enter results: their village, their organisation, or (standing) anywhere in their commune. No
 * server answer lists these places, so they are read from the roles (the server checks each entry again).
 */
type EntryScope = {
  key: string;
  label: string;
  kind: 'village' | 'org' | 'commune';
  unitId: string;
  organizationId: string | null;
};

function entryScopes(
  me: Me,
  units: Unit[],
  orgs: Organization[],
  t: (k: 'role_standing' | 'role_village_lead' | 'role_org_lead' | 'role_admin') => string,
): EntryScope[] {
  const out: EntryScope[] = [];
  const unitName = (id: string) => {
    const u = units.find((x) => x.id === id);
    return u ? unitDisplayName(u) : '';
  };
  for (const r of me.roles) {
    if (r.role === 'village_lead' && r.unitId)
      out.push({
        key: `v-${r.unitId}`,
        label: `${t('role_village_lead')} · ${unitName(r.unitId)}`,
        kind: 'village',
        unitId: r.unitId,
        organizationId: null,
      });
    if (r.role === 'org_lead' && r.organizationId) {
      const org = orgs.find((o) => o.id === r.organizationId);
      if (org)
        out.push({
          key: `o-${org.id}`,
          label: `${t('role_org_lead')} · ${org.shortName}`,
          kind: 'org',
          unitId: org.communeId,
          organizationId: org.id,
        });
    }
    if (r.role === 'standing' && r.unitId)
      out.push({
        key: `c-${r.unitId}`,
        label: `${t('role_standing')} · ${unitName(r.unitId)}`,
        kind: 'commune',
        unitId: r.unitId,
        organizationId: null,
      });
  }
  if (isAdminUser(me)) {
    for (const c of units.filter((u) => u.level === 'commune').sort((a, b) => compareVi(a.name, b.name))) {
      if (!out.some((s) => s.unitId === c.id && s.kind === 'commune'))
        out.push({
          key: `c-${c.id}`,
          label: `${t('role_admin')} · ${unitDisplayName(c)}`,
          kind: 'commune',
          unitId: c.id,
          organizationId: null,
        });
    }
  }
  return out;
}

type EntryForm = {
  scope: string;
  unitId: string;
  organizationId?: string | null;
  indicatorId: string;
  date: Dayjs;
  value: number;
  denominator?: number | null;
  note?: string;
};

/**
 * "Nhập kết quả": a village head, an organisation head or the standing committee records a result; recent results
 * below.
 */
export function EntriesPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const scope = useScope(me);
  const scopes = useMemo(() => entryScopes(me, scope.units, scope.orgs, t), [me, scope.units, scope.orgs, t]);
  const [form] = Form.useForm<EntryForm>();
  const [voidForm] = Form.useForm<{ reason: string }>();
  const [lastSaved, setLastSaved] = useState<Entry | null>(null);
  const [voiding, setVoiding] = useState<Entry | null>(null);
  const [evidenceOf, setEvidenceOf] = useState<Entry | null>(null);
  const [showVoided, setShowVoided] = useState(false);
  const [indicatorFilter, setIndicatorFilter] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const assignmentId = params.get('assignment');

  const scopeKey = Form.useWatch('scope', form) as string | undefined;
  const current = scopes.find((s) => s.key === scopeKey) ?? scopes[0];
  const unitId = (Form.useWatch('unitId', form) as string | undefined) ?? current?.unitId;
  const indicatorId = Form.useWatch('indicatorId', form) as string | undefined;
  const communeOrgs = useCommuneOrganizations(
    current?.kind === 'commune' && unitId === current.unitId ? current.unitId : undefined,
  );
  const indicators = useUnitIndicators(unitId);
  const usable = (indicators.data ?? [])
    .filter((i) => i.active && i.source === 'manual')
    .sort((a, b) => compareVi(a.name, b.name));
  const indicator = usable.find((i) => i.id === indicatorId);

  // Arriving from a reporting round (?assignment=&unit=&org=&indicator=): preselect what the round asks for.
  // Runs once, when the user's scopes first arrive; later changes are the user's own choices.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberately keyed on scopes.length
  useEffect(() => {
    if (!scopes.length) return;
    const unit = params.get('unit');
    const org = params.get('org');
    const s =
      scopes.find((x) =>
        org
          ? x.organizationId === org
          : x.kind !== 'org' && (x.unitId === unit || scope.units.find((u) => u.id === unit)?.parentId === x.unitId),
      ) ?? scopes[0];
    form.setFieldsValue({
      scope: s?.key,
      unitId: unit ?? s?.unitId,
      organizationId: s?.kind === 'commune' ? org : s?.organizationId,
      indicatorId: params.get('indicator') ?? undefined,
    });
  }, [scopes.length]);

  const unitChoices = useMemo(() => {
    if (!current) return [];
    if (current.kind !== 'commune') return scope.units.filter((u) => u.id === current.unitId);
    return scope.units
      .filter((u) => u.id === current.unitId || u.parentId === current.unitId)
      .sort((a, b) => (a.level === b.level ? compareVi(a.name, b.name) : a.level === 'commune' ? -1 : 1));
  }, [current, scope.units]);

  const entries = useQuery({
    queryKey: ['entries', indicatorFilter ?? 'all'],
    queryFn: () =>
      api<{ items: Entry[] }>(
        'GET',
        `/entries?includeVoided=true&limit=300${indicatorFilter ? `&indicatorId=${indicatorFilter}` : ''}`,
      ).then((r) => r.items),
  });
  const rows = (entries.data ?? []).filter((e) => showVoided || !e.voided);

  const canChange = (e: Entry, action: keyof EntryCan) => e.can[action];

  const submit = async (v: EntryForm) => {
    if (!current) return;
    setSaving(true);
    try {
      const organizationId =
        current.kind === 'org'
          ? current.organizationId
          : v.unitId === current.unitId
            ? (v.organizationId ?? null)
            : null;
      const body = {
        indicatorId: v.indicatorId,
        unitId: current.kind === 'commune' ? v.unitId : current.unitId,
        date: v.date.format('YYYY-MM-DD'),
        value: v.value,
        ...(indicator?.aggregation === 'ratio' ? { denominator: v.denominator ?? null } : {}),
        organizationId,
        note: v.note?.trim() || null,
        ...(assignmentId ? { roundAssignmentId: assignmentId } : {}),
      };
      const saved = await api<Entry>('POST', '/entries', body);
      message.success(t('saved'));
      const unit = scope.units.find((u) => u.id === saved.unitId);
      setLastSaved({
        ...saved,
        indicatorName: indicator?.name ?? '',
        unitLabel: indicator?.unitLabel ?? '',
        unitName: unit ? unitDisplayName(unit) : '',
        organizationName: null,
      });
      form.setFieldsValue({ value: undefined, denominator: undefined, note: undefined });
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['entries'] }),
        qc.invalidateQueries({ queryKey: ['progress'] }),
        qc.invalidateQueries({ queryKey: ['round-board'] }),
      ]);
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) message.error(msg);
    } finally {
      setSaving(false);
    }
  };

  const doVoid = async () => {
    if (!voiding) return;
    const v = await voidForm.validateFields().catch(() => null);
    if (!v) return;
    try {
      await api('POST', `/entries/${voiding.id}/void`, { reason: v.reason });
      message.success(t('entryVoided'));
      setVoiding(null);
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['entries'] }),
        qc.invalidateQueries({ queryKey: ['progress'] }),
      ]);
    } catch (e) {
      const msg = showApiError(voidForm, e);
      if (msg) message.error(msg);
    }
  };

  const valueText = (e: Pick<Entry, 'value' | 'denominator' | 'unitLabel'>) =>
    e.denominator !== null
      ? `${formatInteger(e.value)}/${formatInteger(e.denominator)} ${e.unitLabel}`
      : `${formatInteger(e.value)} ${e.unitLabel}`;
  const indicatorOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const e of entries.data ?? []) seen.set(e.indicatorId, e.indicatorName);
    return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => compareVi(a.label, b.label));
  }, [entries.data]);

  return (
    <Row gutter={[12, 12]}>
      {scopes.length === 0 && !scope.loading && (
        <Col xs={24}>
          <Alert type="info" showIcon title={t('entryNoScope')} />
        </Col>
      )}
      <Col xs={24} xl={8} style={{ display: scopes.length === 0 && !scope.loading ? 'none' : undefined }}>
        <Card size="small" title={t('entriesTitle')}>
          {scopes.length === 0 ? null : (
            <Form
              form={form}
              name="entry"
              layout="vertical"
              onFinish={(v) => void submit(v)}
              initialValues={{ date: dayjs(todayVn()) }}
              onValuesChange={(changed: Partial<EntryForm>) => {
                if (changed.scope) {
                  const s = scopes.find((x) => x.key === changed.scope);
                  form.setFieldsValue({ unitId: s?.unitId, organizationId: s?.organizationId, indicatorId: undefined });
                }
                if (changed.unitId) form.setFieldsValue({ organizationId: null, indicatorId: undefined });
              }}
            >
              {assignmentId && (
                <Alert
                  style={{ marginBottom: 12 }}
                  type="info"
                  title={t('entryForRound')}
                  action={
                    <Button size="small" onClick={() => setParams({}, { replace: true })}>
                      {t('entryLeaveRound')}
                    </Button>
                  }
                />
              )}
              <Form.Item name="scope" label={t('entryScope')} hidden={scopes.length < 2}>
                <Select options={scopes.map((s) => ({ value: s.key, label: s.label }))} />
              </Form.Item>
              <Form.Item
                name="unitId"
                label={t('unit')}
                hidden={current?.kind !== 'commune'}
                rules={[{ required: true, message: t('required') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={unitChoices.map((u) => ({ value: u.id, label: unitDisplayName(u) }))}
                />
              </Form.Item>
              {current?.kind === 'commune' && unitId === current.unitId && (communeOrgs.data ?? []).length > 0 && (
                <Form.Item name="organizationId" label={t('entryOrganization')} extra={t('entryOrganizationHint')}>
                  <Select
                    allowClear
                    options={(communeOrgs.data ?? [])
                      .filter((o) => o.active)
                      .map((o) => ({ value: o.id, label: o.shortName }))}
                  />
                </Form.Item>
              )}
              {current && current.kind !== 'commune' && (
                <Typography.Paragraph type="secondary">
                  {t('entryFor')}: <b>{current.label.split(' · ')[1]}</b>
                </Typography.Paragraph>
              )}
              <Form.Item
                name="indicatorId"
                label={t('entryIndicator')}
                rules={[{ required: true, message: t('required') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={indicators.isLoading}
                  options={usable.map((i) => ({ value: i.id, label: `${i.name} (${i.unitLabel})` }))}
                  notFoundContent={t('entryNoIndicators')}
                />
              </Form.Item>
              <Row gutter={8}>
                <Col xs={24} sm={12}>
                  <Form.Item name="date" label={t('entryDate')} rules={[{ required: true, message: t('required') }]}>
                    <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} allowClear={false} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="value"
                    label={
                      indicator?.aggregation === 'ratio'
                        ? t('entryNumerator')
                        : `${t('entryValue')}${indicator ? ` (${indicator.unitLabel})` : ''}`
                    }
                    rules={[{ required: true, message: t('required') }]}
                  >
                    <IntegerInput suffix={indicator && isMoneyLabel(indicator.unitLabel) ? 'đ' : undefined} />
                  </Form.Item>
                </Col>
              </Row>
              {indicator?.aggregation === 'ratio' && (
                <Form.Item
                  name="denominator"
                  label={t('entryDenominator')}
                  extra={t('entryRatioHint')}
                  rules={[{ required: true, message: t('required') }]}
                >
                  <IntegerInput min={1} />
                </Form.Item>
              )}
              <Form.Item name="note" label={t('entryNote')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={saving} block>
                {t('save')}
              </Button>
            </Form>
          )}
          {lastSaved && (
            <Alert
              style={{ marginTop: 12 }}
              type="success"
              showIcon
              title={fmt(t('entrySavedLine'), {
                what: lastSaved.indicatorName,
                value: valueText(lastSaved),
                date: formatDateVi(lastSaved.date),
              })}
              description={
                <Space orientation="vertical" size={4}>
                  <Typography.Text type="secondary">{t('entryAttachHint')}</Typography.Text>
                  <EvidenceUpload entryId={lastSaved.id} />
                </Space>
              }
              closable={{ onClose: () => setLastSaved(null) }}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={scopes.length === 0 && !scope.loading ? 24 : 16}>
        <Card
          size="small"
          title={t('entriesRecent')}
          extra={
            <BusyButton
              disabled={rows.length === 0}
              onClick={() =>
                exportXlsx(
                  'ket-qua',
                  t('entriesRecent'),
                  [
                    { header: t('entryDate'), value: (e: Entry) => formatDateVi(e.date) },
                    { header: t('entryIndicator'), value: (e) => e.indicatorName, width: 36 },
                    { header: t('unit'), value: (e) => e.unitName, width: 20 },
                    { header: t('organization'), value: (e) => e.organizationName ?? '' },
                    { header: t('entryValue'), value: (e) => e.value, format: 'integer', width: 16 },
                    { header: t('entryDenominator'), value: (e) => e.denominator, format: 'integer' },
                    { header: t('indicatorUnitLabel'), value: (e) => e.unitLabel },
                    { header: t('entryNote'), value: (e) => e.note ?? '', width: 30 },
                    {
                      header: t('status'),
                      value: (e) => (e.voided ? `${t('entryVoidedTag')}: ${e.voidReason ?? ''}` : ''),
                      width: 24,
                    },
                    { header: t('entryCreatedAt'), value: (e) => formatDateTimeVi(e.createdAt), width: 18 },
                  ],
                  rows,
                )
              }
            >
              {t('tgExport')}
            </BusyButton>
          }
        >
          <Space wrap style={{ marginBottom: 8 }}>
            <Select
              allowClear
              placeholder={t('entryIndicator')}
              style={{ minWidth: 220 }}
              value={indicatorFilter}
              onChange={setIndicatorFilter}
              options={indicatorOptions}
              aria-label={t('entryIndicator')}
            />
            <span>
              <Switch size="small" checked={showVoided} onChange={setShowVoided} aria-label={t('entryShowVoided')} />{' '}
              {t('entryShowVoided')}
            </span>
          </Space>
          <ResponsiveTable<Entry>
            size="small"
            rowKey="id"
            loading={entries.isLoading}
            dataSource={rows}
            scroll={{ x: true }}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            rowClassName={(e) => (e.voided ? 'entry-voided' : '')}
            columns={[
              {
                title: t('entryDate'),
                dataIndex: 'date',
                render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateVi(d)}</span>,
                sorter: (a, b) => a.date.localeCompare(b.date),
              },
              {
                title: t('entryIndicator'),
                dataIndex: 'indicatorName',
                card: 'title',
                render: (n: string) => <div style={{ minWidth: 180 }}>{n}</div>,
              },
              {
                title: t('unit'),
                key: 'unit',
                render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{e.organizationName ?? e.unitName}</span>,
              },
              {
                title: t('entryValue'),
                key: 'value',
                align: 'right',
                render: (_, e) => (
                  <span style={{ whiteSpace: 'nowrap', textDecoration: e.voided ? 'line-through' : undefined }}>
                    {valueText(e)}
                  </span>
                ),
              },
              {
                title: t('entryNote'),
                dataIndex: 'note',
                render: (n: string | null) => (n ? <div style={{ minWidth: 120 }}>{n}</div> : null),
              },
              {
                title: t('status'),
                key: 'status',
                render: (_, e) =>
                  e.voided ? (
                    <Tooltip title={e.voidReason}>
                      <Tag color="red">{t('entryVoidedTag')}</Tag>
                    </Tooltip>
                  ) : e.roundAssignmentId ? (
                    <Tag color="blue">{t('entryInRound')}</Tag>
                  ) : null,
              },
              {
                title: '',
                key: 'actions',
                render: (_, e) => (
                  <Space size={4}>
                    <Button size="small" onClick={() => setEvidenceOf(e)}>
                      {t('entryFiles')}
                    </Button>
                    {!e.voided && canChange(e, 'void') && (
                      <Button
                        size="small"
                        danger
                        onClick={() => {
                          voidForm.resetFields();
                          setVoiding(e);
                        }}
                      >
                        {t('entryVoid')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </Col>
      <Modal
        open={voiding !== null}
        title={t('entryVoidTitle')}
        okText={t('entryVoid')}
        okButtonProps={{ danger: true }}
        cancelText={t('cancel')}
        onOk={() => void doVoid()}
        onCancel={() => setVoiding(null)}
        destroyOnHidden
      >
        {voiding && (
          <Typography.Paragraph>
            {voiding.indicatorName} · {voiding.organizationName ?? voiding.unitName} · {formatDateVi(voiding.date)} ·{' '}
            <b>{valueText(voiding)}</b>
          </Typography.Paragraph>
        )}
        <Form form={voidForm} name="voidEntry" layout="vertical" preserve={false}>
          <Form.Item
            name="reason"
            label={t('entryVoidReason')}
            rules={[
              { required: true, whitespace: true, message: t('required') },
              { min: 3, message: t('entryVoidReasonMin') },
            ]}
          >
            <Input.TextArea rows={2} maxLength={500} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
      <EvidenceModal
        entry={evidenceOf}
        onClose={() => setEvidenceOf(null)}
        canChange={evidenceOf ? canChange(evidenceOf, 'attachEvidence') : false}
      />
    </Row>
  );
}
