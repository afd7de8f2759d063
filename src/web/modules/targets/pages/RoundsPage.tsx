import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DATE_FORMATS } from '../../../lib/dates';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { formatDateTimeVi, formatDateVi, todayVn } from '../../../../lib/dates';
import { unitDisplayName } from '../../../../lib/units';
import { compareVi } from '../../../../lib/vi-text';
import { api, ApiError, type Me, type Unit } from '../../../lib/api';
import { exportXlsx } from '../../../lib/export-xlsx';
import { useI18n, type Key } from '../../../i18n';
import { copyText, fmt, UnitSelect, useScope, useUnitIndicators } from '../shared';
import { useCommuneOrganizations } from '../../units/api';
import type { Round, Board, BoardItem, RoundList, Status } from '../api';
import { BusyButton } from '../../../lib/file-buttons';

const STATUS: Record<Status, { color: string; key: Key }> = {
  submitted: { color: 'green', key: 'roundSubmitted' },
  late: { color: 'red', key: 'roundLate' },
  pending: { color: 'default', key: 'roundPending' },
};

const itemName = (i: BoardItem) => i.organizationName ?? unitDisplayName({ kind: i.unitKind, name: i.unitName });

function StatusTag({ status }: { status: Status }) {
  const { t } = useI18n();
  return <Tag color={STATUS[status].color}>{t(STATUS[status].key)}</Tag>;
}

type OpenForm = {
  title: string;
  period: [Dayjs, Dayjs];
  dueDate: Dayjs;
  villageIds: string[];
  organizationIds: string[];
  indicatorIds: string[];
};

function OpenRoundModal({
  open,
  commune,
  units,
  onClose,
  onOpened,
}: {
  open: boolean;
  commune: Unit;
  units: Unit[];
  onClose: () => void;
  onOpened: (id: string) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<OpenForm>();
  const orgs = useCommuneOrganizations(open ? commune.id : undefined);
  const indicators = useUnitIndicators(open ? commune.id : undefined);
  const villages = units.filter((u) => u.parentId === commune.id).sort((a, b) => compareVi(a.name, b.name));
  const activeOrgs = (orgs.data ?? []).filter((o) => o.active);
  const today = dayjs(todayVn());
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const assignments = [
      ...v.villageIds.map((id) => ({ unitId: id, indicatorIds: v.indicatorIds })),
      ...v.organizationIds.map((id) => ({ unitId: commune.id, organizationId: id, indicatorIds: v.indicatorIds })),
    ];
    if (assignments.length === 0) {
      form.setFields([{ name: 'villageIds', errors: [t('roundPickSomeone')] }]);
      return;
    }
    setSaving(true);
    try {
      const r = await api<Round>('POST', '/rounds', {
        communeId: commune.id,
        title: v.title,
        from: v.period[0].format('YYYY-MM-DD'),
        to: v.period[1].format('YYYY-MM-DD'),
        dueDate: v.dueDate.format('YYYY-MM-DD'),
        assignments,
      });
      message.success(t('saved'));
      onOpened(r.id);
    } catch (e) {
      if (e instanceof ApiError) {
        const map: Record<string, string> = { from: 'period', to: 'period', title: 'title', dueDate: 'dueDate' };
        const fields = Object.entries(e.fields).flatMap(([k, msg]) =>
          map[k] ? [{ name: map[k] as keyof OpenForm, errors: [msg] }] : [],
        );
        form.setFields(fields);
        const rest = Object.entries(e.fields)
          .filter(([k]) => !map[k])
          .map(([, m]) => m);
        if (!fields.length || rest.length) message.error(rest.length ? [...new Set(rest)].join(' ') : e.message);
      } else message.error(String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`${t('roundOpen')} · ${unitDisplayName(commune)}`}
      okText={t('roundOpen')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        name="round"
        layout="vertical"
        preserve={false}
        initialValues={{
          title: fmt(t('roundDefaultTitle'), { m: today.month() + 1, y: today.year() }),
          period: [today.startOf('month'), today.endOf('month')],
          dueDate: today.add(1, 'month').date(5),
          villageIds: villages.map((v) => v.id),
          organizationIds: [],
          indicatorIds: [],
        }}
      >
        <Form.Item
          name="title"
          label={t('roundTitle')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={8}>
          <Col xs={24} sm={14}>
            <Form.Item name="period" label={t('roundPeriod')} rules={[{ required: true, message: t('required') }]}>
              <DatePicker.RangePicker format={DATE_FORMATS} style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="dueDate" label={t('roundDue')} rules={[{ required: true, message: t('required') }]}>
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="indicatorIds"
          label={t('roundIndicators')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={indicators.isLoading}
            options={(indicators.data ?? [])
              .filter((i) => i.active && i.source === 'manual')
              .map((i) => ({ value: i.id, label: `${i.name} (${i.unitLabel})` }))}
          />
        </Form.Item>
        <Form.Item name="villageIds" label={t('roundVillages')}>
          <Checkbox.Group options={villages.map((v) => ({ value: v.id, label: unitDisplayName(v) }))} />
        </Form.Item>
        <Form.Item name="organizationIds" label={t('roundOrganizations')}>
          <Checkbox.Group options={activeOrgs.map((o) => ({ value: o.id, label: o.shortName }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * "Kỳ báo cáo": the commune opens a round, villages and organisations report and submit, the board shows who is late.
 */
export function RoundsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const scope = useScope(me);
  const communes = scope.units.filter((u) => u.level === 'commune');
  const [pickedCommune, setPickedCommune] = useState<string | undefined>();
  const ownCommune = communes.find((c) => c.id === scope.ownUnitId) ?? communes[0];
  const communeId = pickedCommune ?? ownCommune?.id;
  const commune = communes.find((c) => c.id === communeId);
  const [opening, setOpening] = useState(false);
  const roundId = params.get('round') ?? undefined;

  const rounds = useQuery({
    queryKey: ['rounds', communeId ?? 'mine'],
    enabled: !scope.loading,
    queryFn: () =>
      api<RoundList>('GET', communeId ? `/rounds?communeId=${communeId}` : '/rounds').then((r) => ({
        ...r,
        items: r.items.sort((a, b) => b.dueDate.localeCompare(a.dueDate)),
      })),
  });
  const roundList: Round[] = rounds.data?.items ?? [];
  // May the caller open a round in the chosen commune (the list's can.open; absent without a commune).
  const canOpen = rounds.data?.can?.open ?? false;
  const selectedId = roundId ?? roundList[0]?.id;
  const board = useQuery({
    queryKey: ['round-board', selectedId],
    enabled: Boolean(selectedId),
    queryFn: () => api<Board>('GET', `/rounds/${selectedId}/board`),
  });
  const boardCommune = board.data?.round.communeId;
  const indicators = useUnitIndicators(boardCommune);
  const indicatorName = useMemo(() => new Map((indicators.data ?? []).map((i) => [i.id, i.name])), [indicators.data]);
  // Reopen and remind: the committee (board.can.manage); submit: whoever enters that part's results (item.can.submit).
  const manager = board.data?.can.manage ?? false;

  /** The parts the user still has to submit as their village's or organisation's head (not as the committee). */
  const mine = manager ? [] : (board.data?.items ?? []).filter((i) => i.can.submit);
  const isMine = (i: BoardItem) => mine.includes(i);

  const act = async (i: BoardItem, action: 'submit' | 'reopen') => {
    try {
      await api('POST', `/round-assignments/${i.assignmentId}/${action}`);
      message.success(action === 'submit' ? t('roundSubmittedMsg') : t('roundReopenedMsg'));
      await qc.invalidateQueries({ queryKey: ['round-board'] });
    } catch (e) {
      message.error(e instanceof Error ? e.message : t('errorGeneric'));
    }
  };
  const enter = (i: BoardItem) => {
    const next = i.indicatorIds.find((id) => !i.reportedIndicators.includes(id)) ?? i.indicatorIds[0];
    const q = new URLSearchParams({
      assignment: i.assignmentId,
      unit: i.unitId,
      ...(i.organizationId ? { org: i.organizationId } : {}),
      ...(next ? { indicator: next } : {}),
    });
    navigate(`/entries?${q.toString()}`);
  };
  const reported = (i: BoardItem) =>
    `${i.indicatorIds.filter((id) => i.reportedIndicators.includes(id)).length}/${i.indicatorIds.length}`;
  const reportedTip = (i: BoardItem) =>
    i.indicatorIds
      .map((id) => `${i.reportedIndicators.includes(id) ? '✓' : '○'} ${indicatorName.get(id) ?? id}`)
      .join('\n');

  const submitButton = (i: BoardItem, size: 'small' | 'middle' = 'small', type: 'primary' | 'default' = 'primary') =>
    i.indicatorIds.every((id) => i.reportedIndicators.includes(id)) ? (
      <Button size={size} type={type} onClick={() => void act(i, 'submit')}>
        {t('roundSubmit')}
      </Button>
    ) : (
      <Popconfirm
        title={t('roundSubmitMissing')}
        okText={t('roundSubmit')}
        cancelText={t('cancel')}
        onConfirm={() => void act(i, 'submit')}
      >
        <Button size={size} type={type}>
          {t('roundSubmit')}
        </Button>
      </Popconfirm>
    );

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={8}>
        <Card
          size="small"
          title={t('roundsTitle')}
          extra={
            canOpen &&
            commune && (
              <Button type="primary" onClick={() => setOpening(true)}>
                {t('roundOpen')}
              </Button>
            )
          }
        >
          {communes.length > 1 && (
            <UnitSelect
              units={scope.units}
              filter={(u) => u.level === 'commune'}
              value={communeId}
              onChange={(id) => {
                setPickedCommune(id);
                setParams({}, { replace: true });
              }}
              style={{ width: '100%', marginBottom: 8 }}
            />
          )}
          <List
            size="small"
            loading={rounds.isLoading}
            dataSource={roundList}
            locale={{ emptyText: <Empty description={t('roundNone')} /> }}
            renderItem={(r) => (
              <List.Item
                onClick={() => setParams({ round: r.id }, { replace: true })}
                style={{ cursor: 'pointer', background: r.id === selectedId ? '#fff1f0' : undefined, paddingInline: 8 }}
                data-testid="round-item"
              >
                <List.Item.Meta
                  title={r.title}
                  description={`${formatDateVi(r.from)} – ${formatDateVi(r.to)} · ${t('roundDue')}: ${formatDateVi(
                    r.dueDate,
                  )}`}
                />
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        {!selectedId ? (
          <Card size="small">
            <Empty description={t('roundSelectHint')} />
          </Card>
        ) : (
          <Card
            size="small"
            loading={board.isLoading}
            title={board.data?.round.title ?? ''}
            extra={
              board.data && (
                <BusyButton
                  onClick={() =>
                    exportXlsx(
                      `ky-bao-cao_${board.data.round.title}`,
                      t('roundsTitle'),
                      [
                        { header: t('roundWho'), value: (i: BoardItem) => itemName(i), width: 24 },
                        { header: t('roundReported'), value: (i) => reported(i) },
                        {
                          header: t('roundIndicators'),
                          value: (i) => i.indicatorIds.map((id) => indicatorName.get(id) ?? id).join('; '),
                          width: 40,
                        },
                        { header: t('status'), value: (i) => t(STATUS[i.status].key) },
                        {
                          header: t('roundSubmittedAt'),
                          value: (i) => (i.submittedAt ? formatDateTimeVi(i.submittedAt) : ''),
                          width: 18,
                        },
                      ],
                      board.data.items,
                    )
                  }
                >
                  {t('tgExport')}
                </BusyButton>
              )
            }
          >
            {board.isError && (
              <Alert
                type="error"
                showIcon
                title={board.error instanceof Error ? board.error.message : t('errorGeneric')}
              />
            )}
            {board.data && (
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                <Flex wrap gap={6} align="center">
                  <Typography.Text type="secondary">
                    {formatDateVi(board.data.round.from)} – {formatDateVi(board.data.round.to)} · {t('roundDue')}:{' '}
                    <b>{formatDateVi(board.data.round.dueDate)}</b>
                  </Typography.Text>
                  {(['submitted', 'late', 'pending'] as const).map((s) => (
                    <Tag key={s} color={STATUS[s].color} data-testid={`round-summary-${s}`}>
                      {t(STATUS[s].key)}: {board.data.summary[s]}
                    </Tag>
                  ))}
                </Flex>

                {mine.length > 0 && (
                  <Card size="small" type="inner" title={t('roundMine')}>
                    <List
                      size="small"
                      dataSource={mine}
                      renderItem={(i) => (
                        <List.Item>
                          <Flex wrap gap={8} align="center" justify="space-between" style={{ width: '100%' }}>
                            <Space wrap size={4}>
                              <b>{itemName(i)}</b>
                              <StatusTag status={i.status} />
                              <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{reportedTip(i)}</span>}>
                                <Typography.Text type="secondary">
                                  {t('roundReported')}: {reported(i)}
                                </Typography.Text>
                              </Tooltip>
                            </Space>
                            <Space wrap size={4}>
                              <Button size="middle" onClick={() => enter(i)}>
                                {t('roundEnter')}
                              </Button>
                              {submitButton(i, 'middle')}
                            </Space>
                          </Flex>
                        </List.Item>
                      )}
                    />
                  </Card>
                )}

                {manager && (
                  <div>
                    <Flex wrap gap={8} align="center" style={{ marginBottom: 4 }}>
                      <Button
                        onClick={() =>
                          void copyText(board.data.reminder).then((ok) =>
                            ok ? message.success(t('roundCopied')) : message.error(t('roundCopyFailed')),
                          )
                        }
                      >
                        {t('roundCopyReminder')}
                      </Button>
                    </Flex>
                    <Typography.Paragraph
                      data-testid="round-reminder"
                      style={{
                        background: '#fafafa',
                        border: '1px solid #f0f0f0',
                        padding: 8,
                        borderRadius: 6,
                        marginBottom: 0,
                      }}
                    >
                      {board.data.reminder}
                    </Typography.Paragraph>
                  </div>
                )}

                <Table<BoardItem>
                  size="small"
                  rowKey="assignmentId"
                  pagination={false}
                  scroll={{ x: true }}
                  dataSource={[...board.data.items].sort((a, b) =>
                    (a.organizationId === null) === (b.organizationId === null)
                      ? compareVi(itemName(a), itemName(b))
                      : a.organizationId === null
                        ? -1
                        : 1,
                  )}
                  columns={[
                    {
                      title: t('roundWho'),
                      key: 'who',
                      render: (_, i) => <span style={{ whiteSpace: 'nowrap' }}>{itemName(i)}</span>,
                    },
                    {
                      title: t('roundReported'),
                      key: 'reported',
                      render: (_, i) => (
                        <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{reportedTip(i)}</span>}>
                          <span>{reported(i)}</span>
                        </Tooltip>
                      ),
                    },
                    { title: t('status'), key: 'status', render: (_, i) => <StatusTag status={i.status} /> },
                    {
                      title: t('roundSubmittedAt'),
                      key: 'at',
                      responsive: ['sm'],
                      render: (_, i) => (i.submittedAt ? formatDateTimeVi(i.submittedAt) : ''),
                    },
                    {
                      title: '',
                      key: 'actions',
                      render: (_, i) => (
                        <Space size={4}>
                          {i.can.reopen && (
                            <Popconfirm
                              title={t('roundReopenConfirm')}
                              okText={t('roundReopen')}
                              cancelText={t('cancel')}
                              onConfirm={() => void act(i, 'reopen')}
                            >
                              <Button size="small">{t('roundReopen')}</Button>
                            </Popconfirm>
                          )}
                          {i.can.submit && !isMine(i) && submitButton(i, 'small', 'default')}
                        </Space>
                      ),
                    },
                  ]}
                />
              </Space>
            )}
          </Card>
        )}
      </Col>
      {commune && (
        <OpenRoundModal
          open={opening}
          commune={commune}
          units={scope.units}
          onClose={() => setOpening(false)}
          onOpened={(id) => {
            setOpening(false);
            void qc.invalidateQueries({ queryKey: ['rounds'] });
            setParams({ round: id }, { replace: true });
          }}
        />
      )}
    </Row>
  );
}
