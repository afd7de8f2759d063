import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { type Key, useI18n } from '../../../i18n';
import { fmt } from '../../targets/shared';
import {
  adopt,
  type CalendarItem,
  createTemplate,
  invalidateCalendar,
  removeItem,
  useTemplate,
  useTemplates,
} from '../api';
import { ItemModal } from '../components/ItemModal';

/** The province's calendar of the year: the province edits it, a commune's standing committee adopts it. */
export function YearTemplate() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const list = useTemplates();
  const [chosen, setChosen] = useState<string | undefined>();
  const id = chosen ?? list.data?.items[0]?.id;
  const tpl = useTemplate(id);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const year = new Date().getFullYear();
  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    try {
      const said = await work();
      if (said) void message.success(said);
      await invalidateCalendar(qc);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const creatable = (list.data?.can.createFor ?? []).filter(
    (p) => !(list.data?.items ?? []).some((x) => x.provinceId === p.id && x.year === year),
  );
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex gap={8} wrap align="center">
        {(list.data?.items.length ?? 0) > 0 && (
          <Select
            style={{ minWidth: 260 }}
            value={id}
            onChange={setChosen}
            options={list.data?.items.map((x) => ({ value: x.id, label: `${x.title} — ${x.provinceName}` }))}
          />
        )}
        {creatable.map((p) => (
          <Button
            key={p.id}
            loading={busy}
            onClick={() =>
              void run(async () => {
                const created = await createTemplate(p.id, year);
                setChosen(created.id);
                return null;
              })
            }
          >
            {fmt(t('clCreateTemplate'), { year })}
          </Button>
        ))}
        {tpl.data?.can.edit && (
          <Button onClick={() => setAdding(true)} data-testid="calendar-add-item">
            {t('clAddItem')}
          </Button>
        )}
        {tpl.data?.can.adoptFor.map((c) => (
          <Button
            key={c.id}
            type="primary"
            loading={busy}
            data-testid="calendar-adopt"
            onClick={() =>
              void run(async () => {
                const r = await adopt(tpl.data?.id ?? '', c.id);
                return fmt(t('clAdopted'), { created: r.created, existing: r.existing });
              })
            }
          >
            {fmt(t('clAdoptFor'), { name: c.name })}
          </Button>
        ))}
      </Flex>
      {list.data && list.data.items.length === 0 && <Empty description={t('clNoTemplate')} />}
      {tpl.data && (
        <>
          <ResponsiveTable<CalendarItem>
            size="small"
            rowKey="id"
            dataSource={tpl.data.items}
            pagination={false}
            data-testid="calendar-items"
            columns={[
              { title: t('clTitle'), dataIndex: 'title', card: 'title' },
              {
                title: t('clKind'),
                dataIndex: 'kind',
                width: 120,
                render: (k: CalendarItem['kind']) => t(`clKind_${k}` as Key),
              },
              { title: t('clStart'), dataIndex: 'startDate', width: 110, render: (d: string) => formatDateVi(d) },
              { title: t('clEnd'), dataIndex: 'endDate', width: 110, render: (d: string) => formatDateVi(d) },
              {
                title: t('clAudiences'),
                dataIndex: 'audiences',
                width: 200,
                render: (a: CalendarItem['audiences']) =>
                  a.map((x) => <Tag key={x}>{t(`clAudience_${x}` as Key)}</Tag>),
              },
              ...(tpl.data.can.edit
                ? [
                    {
                      title: '',
                      key: 'remove',
                      width: 70,
                      render: (_: unknown, i: CalendarItem) => (
                        <Popconfirm
                          title={t('clRemove')}
                          onConfirm={() =>
                            run(async () => {
                              await removeItem(tpl.data?.id ?? '', i.id);
                              return null;
                            })
                          }
                        >
                          <Button size="small" type="link" danger>
                            {t('clRemove')}
                          </Button>
                        </Popconfirm>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {tpl.data.adoptedBy.length > 0 && (
            <Typography.Text type="secondary" data-testid="calendar-adopted-by">
              {t('clAdoptedBy')}: {tpl.data.adoptedBy.map((a) => a.communeName).join(', ')}
            </Typography.Text>
          )}
        </>
      )}
      {adding && id && <ItemModal templateId={id} onClose={() => setAdding(false)} />}
    </Space>
  );
}
