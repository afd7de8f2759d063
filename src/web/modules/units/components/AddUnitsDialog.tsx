import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Segmented, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { CHILD_LEVEL, parsePastedUnits, UNIT_KINDS, type UnitKindLevel } from '../../../../lib/unit-kinds';
import { unitDisplayName } from '../../../../lib/units';
import { ApiError, type Unit } from '../../../lib/api';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import { addChildren, createUnit, unitKeys } from '../api';

type Mode = 'one' | 'many';
type Values = { name: string; kind: string };

/**
 * Adds a province (parent null), or one or many units below a parent: the level is the parent's next one (never the
 * last dialog's), the kind is chosen from that level's list, and pasted lines (one name a line, "kind<TAB>name" or
 * a name starting with its kind, "Tổ dân phố 3") are previewed, then added all or nothing, each refused line named.
 * Mounted only while open, so every opening starts from this parent's defaults.
 */
export function AddUnitsDialog({
  parent,
  rootLevel = 'province',
  onClose,
  onCreated,
}: {
  parent: Unit | null;
  /** The level of a unit made without a parent: a province, or the national unit. */
  rootLevel?: 'province' | 'national';
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const level: UnitKindLevel | null = parent ? CHILD_LEVEL[parent.level] : rootLevel;
  const kinds = level ? UNIT_KINDS[level] : [];
  const [mode, setMode] = useState<Mode>('one');
  const [paste, setPaste] = useState('');
  const [pasteKind, setPasteKind] = useState<string>(kinds[0] ?? '');
  const [lineErrors, setLineErrors] = useState<Record<number, string[]>>({});
  const [pasteError, setPasteError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const preview = useMemo(() => (level ? parsePastedUnits(paste, level, pasteKind) : []), [paste, level, pasteKind]);
  const kindOptions = kinds.map((k) => ({ value: k, label: k.charAt(0).toUpperCase() + k.slice(1) }));

  const done = async (ids: string[]) => {
    message.success(`${t('saved')}: ${ids.length}`);
    await qc.invalidateQueries({ queryKey: unitKeys.all });
    if (ids[0]) onCreated(ids[0]);
    onClose();
  };

  const submit = async () => {
    if (!level) return;
    setSaving(true);
    try {
      if (mode === 'one' || !parent) {
        const v = await form.validateFields(['name', 'kind']);
        if (!parent) {
          const created = await createUnit({ level, name: v.name, kind: v.kind, parentId: null });
          await done([created.id]);
        } else {
          const res = await addChildren(parent.id, [{ name: v.name, kind: v.kind }]);
          await done(res.items.map((u) => u.id));
        }
      } else {
        if (preview.length === 0) {
          setPasteError(t('unPasteEmpty'));
          return;
        }
        const res = await addChildren(
          parent.id,
          preview.map((p) => ({ name: p.name, kind: p.kind })),
        );
        await done(res.items.map((u) => u.id));
      }
    } catch (e) {
      if (e instanceof ApiError && mode === 'many') {
        const byLine: Record<number, string[]> = {};
        for (const [key, msg] of Object.entries(e.fields)) {
          const m = /^items\.(\d+)\./.exec(key);
          if (m) byLine[Number(m[1])] = [...(byLine[Number(m[1])] ?? []), msg];
        }
        setLineErrors(byLine);
        message.error(e.message);
      } else if (e instanceof ApiError) {
        // One unit through the batch endpoint: items.0.name → the name field.
        const fields = Object.entries(e.fields).map(([k, msg]) => ({
          name: (k.replace(/^items\.0\./, '') === 'kind' ? 'kind' : 'name') as keyof Values,
          errors: [msg],
        }));
        if (fields.length) form.setFields(fields);
        else message.error(showApiError(form, e) || e.message);
      } else if (!(e && typeof e === 'object' && 'errorFields' in e)) {
        message.error(String(e));
      }
    } finally {
      setSaving(false);
    }
  };

  const title = parent
    ? `${t('addChild')}: ${unitDisplayName(parent)}`
    : t(rootLevel === 'national' ? 'addNational' : 'addProvince');
  return (
    <Modal
      open
      title={title}
      okText={t('save')}
      cancelText={t('cancel')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      width={mode === 'many' ? 720 : 520}
    >
      {!level ? (
        <Alert type="info" message={t('unNoChildren')} />
      ) : (
        <Form form={form} name="childUnit" layout="vertical" initialValues={{ kind: kinds[0], name: '' }}>
          <Typography.Paragraph>
            {t('level')}: <Typography.Text strong>{t(level)}</Typography.Text>
          </Typography.Paragraph>
          {parent && (
            <Segmented<Mode>
              value={mode}
              onChange={setMode}
              options={[
                { value: 'one', label: t('unAddOne') },
                { value: 'many', label: t('unAddMany') },
              ]}
              style={{ marginBottom: 16 }}
            />
          )}
          {mode === 'one' || !parent ? (
            <>
              <Form.Item
                name="name"
                label={t('name')}
                rules={[{ required: true, whitespace: true, message: t('required') }]}
              >
                <Input maxLength={200} autoFocus />
              </Form.Item>
              <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('required') }]}>
                <Select options={kindOptions} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item label={t('unPasteKind')} extra={t('unPasteKindHint')}>
                <Select aria-label={t('unPasteKind')} value={pasteKind} onChange={setPasteKind} options={kindOptions} />
              </Form.Item>
              <Form.Item
                label={t('unPaste')}
                extra={t('unPasteHint')}
                validateStatus={pasteError ? 'error' : undefined}
                help={pasteError}
              >
                <Input.TextArea
                  aria-label={t('unPaste')}
                  rows={6}
                  value={paste}
                  onChange={(e) => {
                    setPaste(e.target.value);
                    setLineErrors({});
                    setPasteError(null);
                  }}
                />
              </Form.Item>
              <Table
                size="small"
                rowKey="line"
                pagination={false}
                data-testid="paste-preview"
                dataSource={preview.map((p, i) => ({ ...p, index: i }))}
                locale={{ emptyText: t('unPasteEmpty') }}
                columns={[
                  { title: '#', dataIndex: 'index', width: 48, render: (i: number) => i + 1 },
                  { title: t('name'), dataIndex: 'name' },
                  { title: t('kind'), dataIndex: 'kind', width: 140 },
                  {
                    title: t('unLineError'),
                    dataIndex: 'index',
                    key: 'error',
                    render: (i: number) =>
                      lineErrors[i]?.map((m) => (
                        <Typography.Text key={m} type="danger" style={{ display: 'block' }}>
                          {m}
                        </Typography.Text>
                      )),
                  },
                ]}
              />
            </>
          )}
        </Form>
      )}
    </Modal>
  );
}
