import { Button, Checkbox, Flex, Form, Input, InputNumber, Select, Space, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { FormModal } from '../../../lib/form-modal';
import { TableColumns } from './TableColumns';
import { useI18n } from '../../../i18n';
import { fmt } from '../../targets/shared';
import type { Unit } from '../../../lib/api';
import {
  createForm,
  FIELD_TYPES,
  FILLERS,
  fillerKey,
  invalidateReports,
  PERIOD_KINDS,
  periodKindKey,
  type ReportField,
  type ReportForm,
  readTemplate,
  typeKey,
  updateForm,
  useSources,
} from '../api';

type FieldRow = Omit<ReportField, 'choices'> & { choices?: string };
type Values = {
  ownerUnitId: string;
  title: string;
  periodKind: ReportForm['periodKind'];
  fillers: ReportForm['fillers'];
  dueDays: number;
  fields: FieldRow[];
};

const toRow = (f: ReportField): FieldRow => ({ ...f, choices: (f.choices ?? []).join('; ') });
const fromRow = (f: FieldRow): ReportField => {
  const { choices, ...rest } = f;
  const out: ReportField = { ...rest, min: rest.min ?? null, max: rest.max ?? null, source: rest.source || null };
  if (f.type === 'choice')
    out.choices = (choices ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  if (f.type === 'table') {
    out.rows = rest.rows ?? 'village';
    out.columns = (rest.columns ?? []).map((c) => ({
      key: c.key,
      label: c.label,
      type: c.type,
      ofKey: c.ofKey || null,
    }));
  } else {
    // A field turned from a table into another type leaves its rows and columns behind.
    delete out.rows;
    delete out.columns;
  }
  return out;
};

/**
 * The form builder: title, period, who fills it, and the fields (code, label, type, required, limits, "of which",
 * summed from below, prefilled from a source; a table's rows and columns), or the fields read from an Excel
 * template. Editing a form makes a version that applies from the next period.
 */
export function FormBuilder({
  owners,
  form: editing,
  onClose,
}: {
  owners: Unit[];
  form?: ReportForm;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const sources = useSources();
  const fields = Form.useWatch('fields', form) ?? [];
  const initial = editing
    ? { ...editing, fields: editing.fields.map(toRow) }
    : {
        ownerUnitId: owners[0]?.id,
        periodKind: 'month',
        fillers: owners[0]?.level === 'commune' ? ['village'] : ['commune'],
        dueDays: 5,
        fields: [{ key: 'f1', label: '', type: 'count' }],
      };
  return (
    <FormModal<Values, ReportForm>
      title={editing ? t('rfEdit') : t('rfNew')}
      name="report-form"
      form={form}
      width={880}
      initialValues={initial}
      intro={editing ? <Typography.Paragraph type="secondary">{t('rfVersionNote')}</Typography.Paragraph> : null}
      onClose={onClose}
      onSubmit={(v) => {
        const body = { ...v, fields: v.fields.map(fromRow) };
        return editing
          ? updateForm(editing.id, { title: v.title, dueDays: v.dueDays, fields: body.fields })
          : createForm(body);
      }}
      refresh={() => invalidateReports(qc)}
      onSaved={onClose}
    >
      {!editing && (
        <Form.Item name="ownerUnitId" label={t('rfOwner')} rules={[{ required: true }]}>
          <Select options={owners.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('rfTitle')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="periodKind" label={t('rfPeriodKind')} style={{ minWidth: 160 }}>
          <Select disabled={!!editing} options={PERIOD_KINDS.map((k) => ({ value: k, label: t(periodKindKey(k)) }))} />
        </Form.Item>
        <Form.Item name="fillers" label={t('rfFillers')} style={{ minWidth: 260 }}>
          <Checkbox.Group disabled={!!editing} options={FILLERS.map((f) => ({ value: f, label: t(fillerKey(f)) }))} />
        </Form.Item>
        <Form.Item name="dueDays" label={t('rfDueDays')}>
          <InputNumber min={0} max={90} />
        </Form.Item>
      </Flex>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5}>{t('rfFields')}</Typography.Title>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            readTemplate(file)
              .then((r) => {
                form.setFieldValue('fields', r.fields.map(toRow));
                void message.success(fmt(t('rfImported'), { n: r.fields.length }));
              })
              .catch((e: unknown) => void message.error(e instanceof Error ? e.message : String(e)));
            return false;
          }}
        >
          <Button data-testid="rf-import">{t('rfImport')}</Button>
        </Upload>
      </Flex>
      <Form.List name="fields">
        {(items, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {items.map((item, i) => {
              const isTable = fields[i]?.type === 'table';
              return (
                <Flex key={item.key} gap={8} wrap align="start" data-testid={`rf-field-${i}`}>
                  <Form.Item
                    name={[item.name, 'key']}
                    label={t('rfFieldKey')}
                    style={{ width: 110 }}
                    rules={[{ required: true }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, 'label']}
                    label={t('rfFieldLabel')}
                    style={{ flex: '1 1 220px' }}
                    rules={[{ required: true }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item name={[item.name, 'type']} label={t('rfFieldType')} style={{ width: 140 }}>
                    <Select
                      options={FIELD_TYPES.map((x) => ({ value: x, label: t(typeKey(x)) }))}
                      popupMatchSelectWidth={220}
                      onChange={(type: string) => {
                        // A new table starts with one column of counts, named like the field until renamed.
                        if (type === 'table' && !fields[i]?.columns?.length)
                          form.setFieldValue(
                            ['fields', item.name, 'columns'],
                            [{ key: 'c1', label: fields[i]?.label ?? '', type: 'count' }],
                          );
                      }}
                    />
                  </Form.Item>
                  {!isTable && (
                    <Form.Item name={[item.name, 'source']} label={t('rfFieldSource')} style={{ width: 180 }}>
                      <Select
                        allowClear
                        placeholder={t('rfNoSource')}
                        options={(sources.data?.items ?? []).map((s) => ({ value: s.key, label: s.label }))}
                        popupMatchSelectWidth={420}
                      />
                    </Form.Item>
                  )}
                  {!isTable && (
                    <Form.Item name={[item.name, 'max']} label={t('rfFieldMax')} style={{ width: 100 }}>
                      <InputNumber style={{ width: '100%' }} />
                    </Form.Item>
                  )}
                  {!isTable && (
                    <Form.Item name={[item.name, 'ofKey']} label={t('rfFieldOf')} style={{ width: 120 }}>
                      <Select
                        allowClear
                        options={fields
                          .filter((f, j) => j !== i && f?.key)
                          .map((f) => ({ value: f.key, label: f.key }))}
                      />
                    </Form.Item>
                  )}
                  {fields[i]?.type === 'choice' && (
                    <Form.Item name={[item.name, 'choices']} label={t('rfFieldChoices')} style={{ flex: '1 1 200px' }}>
                      <Input />
                    </Form.Item>
                  )}
                  <Form.Item name={[item.name, 'required']} valuePropName="checked" label=" ">
                    <Checkbox>{t('rfFieldRequired')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[item.name, 'sum']} valuePropName="checked" label=" ">
                    <Checkbox>{t('rfFieldSum')}</Checkbox>
                  </Form.Item>
                  <Form.Item label=" ">
                    <Button danger onClick={() => remove(item.name)} aria-label="x">
                      ×
                    </Button>
                  </Form.Item>
                  {isTable && <TableColumns name={item.name} index={i} />}
                </Flex>
              );
            })}
            <Button onClick={() => add({ key: `f${items.length + 1}`, label: '', type: 'count' })}>
              {t('rfAddField')}
            </Button>
          </Space>
        )}
      </Form.List>
    </FormModal>
  );
}
