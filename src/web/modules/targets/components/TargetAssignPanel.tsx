import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Col,
  Descriptions,
  Divider,
  Flex,
  Form,
  Radio,
  Row,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatInteger } from '../../../../lib/numbers';
import { unitDisplayName } from '../../../../lib/units';
import { compareVi } from '../../../../lib/vi-text';
import { api, ApiError, type Me, type Unit } from '../../../lib/api';
import { useI18n } from '../../../i18n';
import {
  assignerName,
  descendantsOf,
  fmt,
  PeriodPicker,
  postForm,
  presetPeriod,
  valueWithLabel,
  type Period,
} from '../shared';
import { todayVn } from '../../../../lib/dates';
import { IntegerInput } from '../../../lib/inputs';
import { useCommuneOrganizations } from '../../units/api';
import type { Indicator, Overview, ProgressResponse } from '../api';
import { DownloadButton } from '../../../lib/file-buttons';

export const ASSIGNER_BODIES = [
  'Đảng ủy xã',
  'UBND xã',
  'HĐND xã',
  'Ban Chỉ đạo hiến máu tỉnh',
  'Ủy ban MTTQ Việt Nam tỉnh',
];

type AssignRow = {
  key: string;
  unitId: string;
  organizationId: string | null;
  name: string;
  isOrg: boolean;
  existing?: number;
};
type AssignValues = {
  assignerKind: 'unit' | 'body';
  assignerBody?: string;
  values: Record<string, number | null | undefined>;
};
type OwnValues = { value: number | null; body: string };

/**
 * The unit whose targets the user's own unit would assign "as itself": the upper unit, the commune, or (admin) the
 * base.
 */
function assignerUnitOf(me: Me, units: Unit[], base: Unit): Unit {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chain: string[] = [];
  for (let u: Unit | undefined = base; u; u = u.parentId ? byId.get(u.parentId) : undefined) chain.push(u.id);
  const mine = me.roles.find(
    (r) => (r.role === 'upper' || r.role === 'standing') && r.unitId && chain.includes(r.unitId),
  );
  return (mine?.unitId && byId.get(mine.unitId)) || base;
}

/**
 * Assigning one indicator's targets under a unit: an upper unit fills a table of its communes; a
 * commune splits its own target among villages and organisations and sees what is still unallocated.
 * Rows without a target are created in one all-or-nothing request; a changed village or commune target
 * is corrected in place (PATCH), found through that unit's own progress.
 */
export function TargetAssignPanel({
  me,
  units,
  base,
  indicator,
  onClose,
}: {
  me: Me;
  units: Unit[];
  base: Unit;
  indicator: Indicator;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<AssignValues>();
  const [ownForm] = Form.useForm<OwnValues>();
  const [period, setPeriod] = useState<Period>(() => presetPeriod('year', Number(todayVn().slice(0, 4))));
  const [saving, setSaving] = useState(false);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const split = base.level === 'commune';
  const ratio = indicator.aggregation === 'ratio';
  const assigner = assignerUnitOf(me, units, base);
  const orgs = useCommuneOrganizations(split ? base.id : undefined);
  const cardRef = useRef<HTMLDivElement>(null);
  useEffect(() => cardRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }), []);

  const progress = useQuery({
    queryKey: ['progress', base.id, period.from, period.to, 0],
    enabled: split,
    queryFn: () =>
      api<ProgressResponse>('GET', `/progress?unitId=${base.id}&from=${period.from}&to=${period.to}&decimals=0`),
  });
  const overview = useQuery({
    queryKey: ['progress-overview', base.id, period.from, period.to],
    enabled: !split,
    queryFn: () => api<Overview>('GET', `/progress/overview?unitId=${base.id}&from=${period.from}&to=${period.to}`),
  });
  const item = progress.data?.items.find((i) => i.indicatorId === indicator.id);

  const rows: AssignRow[] = useMemo(() => {
    if (split) {
      const villages = units.filter((u) => u.parentId === base.id).sort((a, b) => compareVi(a.name, b.name));
      return [
        ...villages.map((v) => ({
          key: v.id,
          unitId: v.id,
          organizationId: null,
          name: unitDisplayName(v),
          isOrg: false,
          existing: item?.children.find((c) => c.unitId === v.id)?.target,
        })),
        ...(orgs.data ?? [])
          .filter((o) => o.active)
          .map((o) => ({
            key: `org-${o.id}`,
            unitId: base.id,
            organizationId: o.id,
            name: o.shortName,
            isOrg: true,
            existing: item?.organizations.find((x) => x.organizationId === o.id)?.target,
          })),
      ];
    }
    return descendantsOf(units, base.id)
      .filter((u) => u.level === 'commune')
      .sort((a, b) => compareVi(a.name, b.name))
      .map((c) => ({
        key: c.id,
        unitId: c.id,
        organizationId: null,
        name: unitDisplayName(c),
        isOrg: false,
        existing: overview.data?.rows.find((r) => r.unitId === c.id)?.cells.find((x) => x.indicatorId === indicator.id)
          ?.target,
      }));
  }, [split, units, base.id, item, orgs.data, overview.data, indicator.id]);

  const loaded = split ? progress.isSuccess && !orgs.isLoading : overview.isSuccess;
  const initialValues = useMemo(
    () => ({ assignerKind: 'unit' as const, values: Object.fromEntries(rows.map((r) => [r.key, r.existing ?? null])) }),
    [rows],
  );
  const formKey = `${period.from}|${period.to}|${loaded}|${rows.map((r) => `${r.key}:${r.existing ?? ''}`).join(',')}`;
  // The form instance outlives a remount, so fresh figures (another period, after saving) are put in explicitly.
  // formKey names the figures' content, so equal figures in a new array do not reset the user's edits.
  // biome-ignore lint/correctness/useExhaustiveDependencies: formKey is the intended trigger
  useEffect(() => {
    if (loaded) form.setFieldsValue({ values: initialValues.values });
  }, [formKey, loaded, form, initialValues]);
  const values = Form.useWatch('values', form) as AssignValues['values'] | undefined;
  const assignerKind = Form.useWatch('assignerKind', form) as AssignValues['assignerKind'] | undefined;

  const ownTargets = item?.targets ?? [];
  const mainTarget =
    ownTargets.find((x) => 'unitId' in x.assignedBy && x.assignedBy.unitId === base.parentId) ?? ownTargets[0];
  const planned = rows.reduce((s, r) => s + (values?.[r.key] ?? r.existing ?? 0), 0);
  const remaining = mainTarget ? mainTarget.value - planned : null;

  const assignedBy = (v: AssignValues): { unitId: string } | { body: string } =>
    v.assignerKind === 'body' ? { body: (v.assignerBody ?? '').trim() } : { unitId: assigner.id };

  const refresh = async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: ['progress'] }),
      qc.invalidateQueries({ queryKey: ['progress-overview'] }),
    ]);
  };

  const save = async (v: AssignValues) => {
    const by = assignedBy(v);
    const fresh = rows.filter(
      (r) => r.existing === undefined && v.values?.[r.key] !== null && v.values?.[r.key] !== undefined,
    );
    const changed = rows.filter(
      (r) =>
        r.existing !== undefined &&
        !r.isOrg &&
        v.values?.[r.key] !== null &&
        v.values?.[r.key] !== undefined &&
        v.values[r.key] !== r.existing,
    );
    if (fresh.length === 0 && changed.length === 0) {
      message.info(t('assignNothing'));
      return;
    }
    setSaving(true);
    try {
      if (fresh.length) {
        try {
          await api('POST', '/targets/bulk', {
            indicatorId: indicator.id,
            from: period.from,
            to: period.to,
            assignedBy: by,
            rows: fresh.map((r) => ({ unitId: r.unitId, organizationId: r.organizationId, value: v.values[r.key] })),
          });
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          const fieldErrors: { name: ['values', string] | ['assignerBody']; errors: string[] }[] = [];
          const rest: string[] = [];
          for (const [k, msg] of Object.entries(e.fields)) {
            const m = /^rows\.(\d+)\./.exec(k);
            const row = m ? fresh[Number(m[1])] : undefined;
            if (row) fieldErrors.push({ name: ['values', row.key], errors: [msg] });
            else if (k === 'assignedBy.body') fieldErrors.push({ name: ['assignerBody'], errors: [msg] });
            else rest.push(msg);
          }
          form.setFields(fieldErrors);
          message.error(rest.length ? rest.join(' ') : e.message);
          return;
        }
      }
      for (const r of changed) {
        // The unit's own progress names its targets with their ids; correct the one this assigner gave.
        const p = await api<ProgressResponse>(
          'GET',
          `/progress?unitId=${r.unitId}&from=${period.from}&to=${period.to}`,
        );
        const mine = p.items.find((i) => i.indicatorId === indicator.id)?.targets ?? [];
        const same = mine.find((x) =>
          'unitId' in by
            ? 'unitId' in x.assignedBy && x.assignedBy.unitId === by.unitId
            : 'body' in x.assignedBy && x.assignedBy.body === by.body,
        );
        const target = same ?? mine.find((x) => x.value === r.existing);
        if (target) await api('PATCH', `/targets/${target.targetId}`, { value: v.values[r.key] });
        else
          await api('POST', '/targets', {
            indicatorId: indicator.id,
            unitId: r.unitId,
            from: period.from,
            to: period.to,
            assignedBy: by,
            value: v.values[r.key],
          });
      }
      message.success(fmt(t('assignSaved'), { n: fresh.length + changed.length }));
      await refresh();
    } catch (e) {
      message.error(e instanceof Error ? e.message : t('errorGeneric'));
    } finally {
      setSaving(false);
    }
  };

  const saveOwn = async (v: OwnValues) => {
    try {
      await api('POST', '/targets', {
        indicatorId: indicator.id,
        unitId: base.id,
        from: period.from,
        to: period.to,
        value: v.value,
        assignedBy: { body: v.body.trim() },
      });
      message.success(t('saved'));
      ownForm.resetFields();
      await refresh();
    } catch (e) {
      if (e instanceof ApiError) {
        const fields = Object.entries(e.fields).flatMap(([k, msg]): { name: 'value' | 'body'; errors: string[] }[] =>
          k === 'value'
            ? [{ name: 'value', errors: [msg] }]
            : k === 'assignedBy.body'
              ? [{ name: 'body', errors: [msg] }]
              : [],
        );
        ownForm.setFields(fields);
      }
      message.error(e instanceof Error ? e.message : t('errorGeneric'));
    }
  };

  const importFile = async (file: File) => {
    setImportErrors([]);
    const v = form.getFieldsValue(true) as AssignValues;
    const by = assignedBy(v);
    const fd = new FormData();
    fd.set('file', file);
    fd.set('indicatorId', indicator.id);
    fd.set('from', period.from);
    fd.set('to', period.to);
    if ('unitId' in by) fd.set('assignedByUnitId', by.unitId);
    else fd.set('assignedByBody', by.body);
    try {
      const r = await postForm<{ created: number }>('/targets/import', fd);
      message.success(fmt(t('assignImported'), { n: r.created }));
      await refresh();
    } catch (e) {
      if (e instanceof ApiError) {
        const list = Object.entries(e.fields).map(([k, msg]) => {
          const m = /^rows\.(\d+)\./.exec(k);
          return m ? `${fmt(t('assignRow'), { n: m[1] ?? '' })}: ${msg}` : msg;
        });
        setImportErrors([e.message, ...list]);
      } else message.error(String(e));
    }
  };

  return (
    <Card
      ref={cardRef}
      size="small"
      title={`${t('assignTitle')}: ${indicator.name}`}
      extra={
        <Button size="small" onClick={onClose}>
          {t('tgClose')}
        </Button>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {split
            ? fmt(t('assignSplitHint'), { unit: unitDisplayName(base) })
            : fmt(t('assignUpperHint'), { unit: unitDisplayName(base) })}
          {ratio && ` ${t('assignRatioHint')}`}
        </Typography.Text>
        <PeriodPicker value={period} onChange={setPeriod} />

        {split && (
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 3 }}
            bordered
            items={[
              {
                key: 'own',
                label: fmt(t('assignOwnTarget'), { unit: unitDisplayName(base) }),
                children: ownTargets.length ? (
                  <Space orientation="vertical" size={0}>
                    {ownTargets.map((x) => (
                      <span key={x.targetId}>
                        {ratio ? `${formatInteger(x.value)}%` : valueWithLabel(x.value, indicator.unitLabel)}{' '}
                        <Typography.Text type="secondary">({assignerName(x.assignedBy)})</Typography.Text>
                      </span>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('progressNoTarget')}</Typography.Text>
                ),
              },
              ...(ratio
                ? []
                : [
                    { key: 'allocated', label: t('assignAllocated'), children: formatInteger(item?.allocated ?? 0) },
                    {
                      key: 'remaining',
                      label: t('assignRemainingLabel'),
                      children: (
                        <Typography.Text
                          strong
                          type={remaining !== null && remaining < 0 ? 'danger' : undefined}
                          data-testid="target-remaining"
                        >
                          {remaining === null ? '—' : fmt(t('assignRemaining'), { n: formatInteger(remaining) })}
                        </Typography.Text>
                      ),
                    },
                  ]),
            ]}
          />
        )}

        {split && (
          <Form form={ownForm} name="ownTarget" layout="vertical" onFinish={saveOwn}>
            <Row gutter={8} align="bottom">
              <Col xs={24} sm={9}>
                <Form.Item
                  name="value"
                  label={fmt(t('assignOwnRecord'), { unit: unitDisplayName(base) })}
                  rules={[{ required: true, message: t('required') }]}
                >
                  <IntegerInput max={ratio ? 100 : undefined} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={10}>
                <Form.Item
                  name="body"
                  label={t('assignAssigner')}
                  rules={[{ required: true, whitespace: true, message: t('required') }]}
                >
                  <AutoComplete options={ASSIGNER_BODIES.map((b) => ({ value: b }))} placeholder={ASSIGNER_BODIES[0]} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={5}>
                <Form.Item>
                  <Button htmlType="submit" block>
                    {t('assignOwnSave')}
                  </Button>
                </Form.Item>
              </Col>
            </Row>
          </Form>
        )}

        {split && (
          <Divider titlePlacement="start" style={{ margin: '4px 0' }}>
            {t('assignSplitTitle')}
          </Divider>
        )}
        <Form
          key={formKey}
          form={form}
          name="assignTargets"
          layout="vertical"
          initialValues={initialValues}
          onFinish={save}
        >
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="assignerKind" label={t('assignAssigner')}>
                <Radio.Group
                  options={[
                    { value: 'unit', label: unitDisplayName(assigner) },
                    { value: 'body', label: t('assignOtherBody') },
                  ]}
                />
              </Form.Item>
            </Col>
            {assignerKind === 'body' && (
              <Col xs={24} md={12}>
                <Form.Item
                  name="assignerBody"
                  label={t('assignBodyName')}
                  rules={[{ required: true, whitespace: true, message: t('required') }]}
                >
                  <AutoComplete options={ASSIGNER_BODIES.map((b) => ({ value: b }))} placeholder={ASSIGNER_BODIES[0]} />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Table<AssignRow>
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ x: true }}
            loading={!loaded}
            dataSource={rows}
            locale={{ emptyText: split ? t('assignNoVillages') : t('overviewNoCommunes') }}
            columns={[
              {
                title: split ? t('assignVillageOrOrg') : t('commune'),
                dataIndex: 'name',
                render: (n: string, r) => (
                  <>
                    {n} {r.isOrg && <Tag>{t('organization')}</Tag>}
                  </>
                ),
              },
              {
                title: ratio ? t('progressAimCol') : `${t('progressTargetCol')} (${indicator.unitLabel})`,
                key: 'value',
                width: 200,
                render: (_, r) => (
                  <Flex align="center" gap={6}>
                    <Form.Item name={['values', r.key]} noStyle={false} style={{ margin: 0, flex: 1 }}>
                      <IntegerInput
                        max={ratio ? 100 : undefined}
                        disabled={r.isOrg && r.existing !== undefined}
                        aria-label={r.name}
                      />
                    </Form.Item>
                    {r.existing !== undefined && <Tag style={{ marginInlineEnd: 0 }}>{t('assignExisting')}</Tag>}
                  </Flex>
                ),
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
            {t('assignExistingHint')}
          </Typography.Paragraph>
          <Flex wrap gap={8}>
            <Button type="primary" htmlType="submit" loading={saving} disabled={!loaded}>
              {t('assignSave')}
            </Button>
            <DownloadButton href={`/api/v1/targets/template.xlsx?indicatorId=${indicator.id}&unitId=${base.id}`}>
              {t('assignTemplate')}
            </DownloadButton>
            <Upload
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              showUploadList={false}
              customRequest={({ file, onSuccess }) => {
                void importFile(file as File).then(() => onSuccess?.({}));
              }}
            >
              <Button>{t('assignImport')}</Button>
            </Upload>
          </Flex>
          {importErrors.length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type="error"
              showIcon
              closable={{ onClose: () => setImportErrors([]) }}
              title={importErrors[0]}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {importErrors.slice(1).map((x) => (
                    <li key={x}>{x}</li>
                  ))}
                </ul>
              }
            />
          )}
        </Form>
      </Space>
    </Card>
  );
}
