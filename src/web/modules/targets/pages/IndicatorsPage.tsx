import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  AutoComplete,
  Button,
  Card,
  Col,
  Form,
  Grid,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useMemo, useState } from 'react';
import { unitDisplayName } from '../../../../lib/units';
import { matchesVi } from '../../../../lib/vi-text';
import { api, type Me, type Unit } from '../../../lib/api';
import { exportXlsx } from '../../../lib/export-xlsx';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import { aggregationKey } from '../components/ProgressCard';
import { TargetAssignPanel } from '../components/TargetAssignPanel';
import { UnitSelect, useIndicatorList, useScope } from '../shared';
import { isAdminUser } from '../../../lib/roles';
import type { Aggregation, Indicator } from '../api';
import { BusyButton } from '../../../lib/file-buttons';

const AGG_HINT = { sum: 'aggSumHint', count: 'aggCountHint', ratio: 'aggRatioHint' } as const;
const UNIT_LABELS = ['đồng', 'người', 'hộ', 'đơn vị máu', 'ca', 'nhà', 'suất', 'buổi'];

/** Is `unit` the same as or below `rootId`? (parent links of the units the user reads) */
function within(units: Unit[], unit: Unit, rootId: string): boolean {
  const byId = new Map(units.map((u) => [u.id, u]));
  for (let u: Unit | undefined = unit; u; u = u.parentId ? byId.get(u.parentId) : undefined)
    if (u.id === rootId) return true;
  return false;
}

/**
 * Units that may own a new indicator, for the form's owner picker: provinces define shared indicators, a commune
 * its own. The server says so only for the unit shown (the list's `can.define`), so the other units of the picker
 * are a role reading (the server decides).
 */
function ownerUnits(me: Me, units: Unit[]): Unit[] {
  const admin = isAdminUser(me);
  const uppers = me.roles.filter((r) => r.role === 'upper' && r.unitId).map((r) => r.unitId as string);
  const standings = me.roles.filter((r) => r.role === 'standing' && r.unitId).map((r) => r.unitId as string);
  return units.filter(
    (u) =>
      u.level !== 'village' &&
      (admin || uppers.some((root) => within(units, u, root)) || (u.level === 'commune' && standings.includes(u.id))),
  );
}

type NewIndicator = { ownerUnitId: string; code: string; name: string; unitLabel: string; aggregation: Aggregation };

/** "Chỉ tiêu": the indicators a unit reports on, new ones, and assigning their targets. */
export function IndicatorsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const scope = useScope(me);
  const [picked, setPicked] = useState<string | undefined>();
  const unitId = picked ?? scope.ownUnitId;
  const unit = scope.units.find((u) => u.id === unitId);
  const indicators = useIndicatorList(unitId);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [assigning, setAssigning] = useState<Indicator | null>(null);
  const [form] = Form.useForm<NewIndicator>();
  const screens = Grid.useBreakpoint();
  const owners = useMemo(() => ownerUnits(me, scope.units), [me, scope.units]);
  const nameOf = (id: string) => {
    const u = scope.units.find((x) => x.id === id);
    return u ? unitDisplayName(u) : t('indicatorOwnerAbove');
  };
  const list = (indicators.data?.items ?? []).filter((i) => matchesVi(`${i.code} ${i.name}`, query));
  const canAssign = indicators.data?.can?.assignTargets ?? false;

  const create = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await api('POST', '/indicators', v);
      message.success(t('saved'));
      setCreating(false);
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['targets-indicators'] }),
        qc.invalidateQueries({ queryKey: ['indicators'] }),
        qc.invalidateQueries({ queryKey: ['progress'] }),
      ]);
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) message.error(msg);
    }
  };

  const toggle = async (i: Indicator) => {
    try {
      await api('PATCH', `/indicators/${i.id}`, { active: !i.active });
      await qc.invalidateQueries({ queryKey: ['targets-indicators'] });
    } catch (e) {
      message.error(e instanceof Error ? e.message : t('errorGeneric'));
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('indicatorsTitle')}
        extra={
          <Space wrap>
            <BusyButton
              onClick={() =>
                exportXlsx(
                  `chi-tieu_${unit ? unitDisplayName(unit) : ''}`,
                  t('indicatorsTitle'),
                  [
                    { header: t('indicatorCode'), value: (i: Indicator) => i.code },
                    { header: t('indicatorName'), value: (i) => i.name, width: 40 },
                    { header: t('indicatorUnitLabel'), value: (i) => i.unitLabel },
                    { header: t('indicatorAggregation'), value: (i) => t(aggregationKey(i.aggregation)), width: 20 },
                    { header: t('indicatorOwner'), value: (i) => nameOf(i.ownerUnitId), width: 24 },
                    { header: t('status'), value: (i) => (i.active ? t('active') : t('inactive')) },
                  ],
                  list,
                )
              }
              disabled={list.length === 0}
            >
              {t('tgExport')}
            </BusyButton>
            {owners.length > 0 && (
              <Button
                type="primary"
                onClick={() => {
                  form.resetFields();
                  form.setFieldsValue({
                    ownerUnitId: unit && indicators.data?.can?.define ? unit.id : owners[0]?.id,
                    aggregation: 'sum',
                  });
                  setCreating(true);
                }}
              >
                {t('indicatorNew')}
              </Button>
            )}
          </Space>
        }
      >
        <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
          <Col xs={24} md={10} lg={8}>
            <UnitSelect
              units={scope.units}
              filter={(u) => u.level !== 'village' || scope.units.length === 1}
              value={unitId}
              onChange={(id) => {
                setPicked(id);
                setAssigning(null);
              }}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} md={14} lg={16}>
            <Input.Search
              allowClear
              placeholder={`${t('search')} — ${t('searchHint')}`}
              onChange={(e) => setQuery(e.target.value)}
            />
          </Col>
        </Row>
        <ResponsiveTable<Indicator>
          size="small"
          rowKey="id"
          loading={indicators.isLoading || scope.loading}
          dataSource={list}
          pagination={list.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: true }}
          rowClassName={(i) => (i.id === assigning?.id ? 'ant-table-row-selected' : '')}
          columns={[
            // Under md the name carries the code: a card need not repeat it.
            { title: t('indicatorCode'), dataIndex: 'code', responsive: ['md'], card: 'hide' },
            {
              title: t('indicatorName'),
              dataIndex: 'name',
              render: (n: string, i) => (
                <>
                  {n} {i.source !== 'manual' && <Tag color="blue">{t('indicatorAuto')}</Tag>}
                  {!i.active && <Tag>{t('inactive')}</Tag>}
                  {!screens.md && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {i.code} · {t(aggregationKey(i.aggregation))}
                      </Typography.Text>
                    </div>
                  )}
                </>
              ),
            },
            { title: t('indicatorUnitLabel'), dataIndex: 'unitLabel' },
            {
              title: t('indicatorAggregation'),
              dataIndex: 'aggregation',
              responsive: ['md'],
              render: (a: Aggregation) => t(aggregationKey(a)),
            },
            {
              title: t('indicatorOwner'),
              dataIndex: 'ownerUnitId',
              responsive: ['md'],
              render: (id: string) => nameOf(id),
            },
            {
              title: t('status'),
              dataIndex: 'active',
              responsive: ['md'],
              render: (a: boolean) => (a ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('inactive')}</Tag>),
            },
            {
              title: '',
              key: 'actions',
              render: (_, i) => (
                <Space wrap size={4}>
                  {canAssign && i.active && (
                    <Button
                      size="small"
                      type={assigning?.id === i.id ? 'primary' : 'default'}
                      onClick={() => setAssigning(i)}
                    >
                      {t('assignTargets')}
                    </Button>
                  )}
                  {i.can.edit && (
                    <Button size="small" onClick={() => void toggle(i)}>
                      {i.active ? t('indicatorDeactivate') : t('indicatorActivate')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
        {!canAssign && unit && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('indicatorCannotAssign')}
          </Typography.Text>
        )}
      </Card>

      {assigning && unit && (
        <TargetAssignPanel
          key={`${assigning.id}-${unit.id}`}
          me={me}
          units={scope.units}
          base={unit}
          indicator={assigning}
          onClose={() => setAssigning(null)}
        />
      )}

      <Modal
        open={creating}
        title={t('indicatorNew')}
        okText={t('save')}
        cancelText={t('cancel')}
        onOk={() => void create()}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        <Form form={form} name="indicator" layout="vertical" preserve={false}>
          <Form.Item
            name="ownerUnitId"
            label={t('indicatorOwner')}
            rules={[{ required: true, message: t('required') }]}
            extra={t('indicatorOwnerHint')}
          >
            <Select options={owners.map((u) => ({ value: u.id, label: unitDisplayName(u) }))} />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('indicatorCode')}
            rules={[{ required: true, message: t('required') }]}
            extra={t('indicatorCodeHint')}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="name" label={t('indicatorName')} rules={[{ required: true, message: t('required') }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item
            name="unitLabel"
            label={t('indicatorUnitLabel')}
            rules={[{ required: true, message: t('required') }]}
          >
            <AutoComplete options={UNIT_LABELS.map((v) => ({ value: v }))} maxLength={50} />
          </Form.Item>
          <Form.Item
            name="aggregation"
            label={t('indicatorAggregation')}
            rules={[{ required: true, message: t('required') }]}
          >
            <Select
              options={(['sum', 'count', 'ratio'] as const).map((a) => ({
                value: a,
                label: `${t(aggregationKey(a))} — ${t(AGG_HINT[a])}`,
              }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
