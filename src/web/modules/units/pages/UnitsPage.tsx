import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unitKeys, updateUnit, useUnits } from '../api';
import { unitDisplayName } from '../../../../lib/units';
import { App, Button, Card, Col, Descriptions, Empty, Form, Input, Row, Select, Space, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CHILD_LEVEL, UNIT_KINDS } from '../../../../lib/unit-kinds';
import { compareVi, matchesVi } from '../../../../lib/vi-text';
import type { Me, Unit, UnitLevel } from '../../../lib/api';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import { AddUnitsDialog } from '../components/AddUnitsDialog';
import { OfficialProvinceDialog } from '../components/OfficialProvinceDialog';
import { ContactFields } from '../components/ContactFields';

function buildTree(units: Unit[], query: string): { nodes: DataNode[]; keys: string[] } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const visible = new Set<string>();
  for (const u of units) {
    if (!matchesVi(`${u.kind} ${u.name}`, query)) continue;
    for (
      let cur: Unit | undefined = u;
      cur && !visible.has(cur.id);
      cur = cur.parentId ? byId.get(cur.parentId) : undefined
    )
      visible.add(cur.id);
  }
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    if (!visible.has(u.id)) continue;
    // A unit whose parent is outside the caller's scope is a root of their tree.
    const parent = u.parentId && byId.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const make = (parent: string | null): DataNode[] =>
    (children.get(parent) ?? [])
      .sort((a, b) => compareVi(a.name, b.name))
      .map((u) => ({ key: u.id, title: unitDisplayName(u), children: make(u.id) }));
  return { nodes: make(null), keys: [...visible] };
}

export function UnitsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const units = useUnits();
  const [query, setQuery] = useState('');
  // A link from elsewhere (the audit log) opens a unit: /units?id=…
  const [search] = useSearchParams();
  const [selectedId, setSelectedId] = useState<string | null>(search.get('id'));
  // 'root': a new province; 'national': the central committee (one, made once by the administrator).
  const [childOf, setChildOf] = useState<Unit | 'root' | 'national' | null>(null);
  const [fromOfficial, setFromOfficial] = useState(false);
  const [editForm] = Form.useForm();
  const list = units.data ?? [];
  const tree = useMemo(() => buildTree(list, query), [list, query]);
  const selected = list.find((u) => u.id === selectedId) ?? null;
  const canManage = me.permissions.manageUsers;
  // The form shows the selected unit, however it was selected (a click, a unit just created, a new province),
  // once it is in the list; a background refetch of the same unit does not overwrite what is being typed.
  const loaded = selected !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: refill on a new selection only, not on each refetch
  useEffect(() => {
    if (selected)
      editForm.setFieldsValue({
        name: selected.name,
        kind: selected.kind,
        settings: { address: '', phone: '', email: '', chairName: '', ...selected.settings },
      });
  }, [selectedId, loaded, editForm]);

  const save = useMutation({
    mutationFn: (body: { name: string; kind: string; settings: Unit['settings'] }) =>
      updateUnit(selectedId as string, body),
    onSuccess: () => {
      message.success(t('saved'));
      void qc.invalidateQueries({ queryKey: unitKeys.all });
    },
    onError: (e) => {
      const msg = showApiError(editForm, e);
      if (msg) message.error(msg);
    },
  });

  const levelLabel = (l: UnitLevel) => t(l);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={10}>
        <Card title={t('units')}>
          {me.permissions.admin && (
            <Space wrap style={{ marginBottom: 12 }}>
              <Button type="primary" onClick={() => setFromOfficial(true)}>
                {t('unFromOfficial')}
              </Button>
              <Button onClick={() => setChildOf('root')}>{t('addProvince')}</Button>
              {!(units.data ?? []).some((u) => u.level === 'national') && (
                <Button onClick={() => setChildOf('national')}>{t('addNational')}</Button>
              )}
            </Space>
          )}
          <Input.Search
            placeholder={`${t('search')} — ${t('searchHint')}`}
            allowClear
            onChange={(e) => setQuery(e.target.value)}
            style={{ marginBottom: 12 }}
          />
          {tree.nodes.length === 0 && !units.isLoading ? (
            <Empty description={t('noUnits')} />
          ) : (
            <Tree
              data-testid="unit-tree"
              treeData={tree.nodes}
              expandedKeys={tree.keys}
              selectedKeys={selectedId ? [selectedId] : []}
              // Clicking the selected unit again keeps it (antd would deselect it and blank the panel).
              onSelect={(keys) => keys[0] && setSelectedId(keys[0] as string)}
              blockNode
            />
          )}
        </Card>
      </Col>
      <Col xs={24} md={14}>
        <Card title={selected ? unitDisplayName(selected) : t('units')}>
          {!selected ? (
            <Typography.Text type="secondary">{t('selectUnit')}</Typography.Text>
          ) : (
            <>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'level', label: t('level'), children: levelLabel(selected.level) },
                  ...(selected.code ? [{ key: 'code', label: t('unCode'), children: selected.code }] : []),
                  ...(selected.slug
                    ? [{ key: 'slug', label: t('unPortalAddress'), children: `/xa/${selected.slug}` }]
                    : []),
                ]}
              />
              <Form
                form={editForm}
                name="unit"
                layout="vertical"
                disabled={!canManage}
                onFinish={(v) => save.mutate(v)}
                style={{ marginTop: 12 }}
              >
                <Row gutter={12}>
                  <Col xs={24} sm={16}>
                    <Form.Item name="name" label={t('name')} rules={[{ required: true, message: t('required') }]}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={8}>
                    <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('required') }]}>
                      <Select options={UNIT_KINDS[selected.level].map((k) => ({ value: k, label: k }))} />
                    </Form.Item>
                  </Col>
                </Row>
                <ContactFields />
                <Form.Item name={['settings', 'chairName']} label={t('chairName')}>
                  <Input maxLength={200} />
                </Form.Item>
                {canManage && (
                  <Space wrap>
                    <Button type="primary" htmlType="submit" loading={save.isPending}>
                      {t('save')}
                    </Button>
                    {CHILD_LEVEL[selected.level] && (
                      <Button onClick={() => setChildOf(selected)}>{t('addChild')}</Button>
                    )}
                  </Space>
                )}
              </Form>
            </>
          )}
        </Card>
      </Col>
      {fromOfficial && <OfficialProvinceDialog onClose={() => setFromOfficial(false)} onCreated={setSelectedId} />}
      {childOf !== null && (
        <AddUnitsDialog
          parent={childOf === 'root' || childOf === 'national' ? null : childOf}
          rootLevel={childOf === 'national' ? 'national' : 'province'}
          onClose={() => setChildOf(null)}
          onCreated={setSelectedId}
        />
      )}
    </Row>
  );
}
