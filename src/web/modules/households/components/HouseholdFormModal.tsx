import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { unitDisplayName } from '../../../../lib/units';
import { compareVi } from '../../../../lib/vi-text';
import type { Unit } from '../../../lib/api';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import { categoryKey, HOUSEHOLD_CATEGORIES } from '../shared';
import {
  type Household,
  type HouseholdCategory,
  createHousehold,
  updateHousehold,
  setHouseholdCategories,
  householdKeys,
} from '../api';

type CategoryValue = { year?: number; category?: HouseholdCategory; decisionRef?: string };
type Values = {
  villageId: string;
  headName: string;
  address?: string;
  members?: number | null;
  phone?: string;
  categories?: CategoryValue[];
};
type Props = {
  open: boolean;
  household: Household | null;
  villages: Unit[];
  onClose: () => void;
  onSaved: (h: Household) => void;
};

const thisYear = new Date().getFullYear();

/** Add or edit a household with its categories per year. Mounted only while open, so each opening starts fresh. */
export function HouseholdFormModal(props: Props) {
  return props.open ? <OpenHouseholdFormModal {...props} /> : null;
}

const blank = (s?: string | null) => (s?.trim() ? s.trim() : null);
const sameSet = (
  a: { category: string; decisionRef: string | null }[],
  b: { category: string; decisionRef: string | null }[],
) => {
  const key = (l: typeof a) =>
    l
      .map((c) => `${c.category}|${c.decisionRef ?? ''}`)
      .sort()
      .join(',');
  return key(a) === key(b);
};

function OpenHouseholdFormModal({ household, villages, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const sorted = [...villages].sort((a, b) => compareVi(unitDisplayName(a), unitDisplayName(b)));
  // Editing keeps the household's commune: only its commune's villages are offered.
  const options = (household ? sorted.filter((v) => v.communeId === household.communeId) : sorted).map((v) => ({
    value: v.id,
    label: unitDisplayName(v),
  }));
  if (household && !options.some((o) => o.value === household.villageId))
    options.unshift({ value: household.villageId, label: household.villageName });

  async function save(v: Values) {
    const cats = (v.categories ?? [])
      .filter((c): c is Required<Pick<CategoryValue, 'year' | 'category'>> & CategoryValue => !!c.year && !!c.category)
      .map((c) => ({ year: c.year, category: c.category, decisionRef: blank(c.decisionRef) }));
    if (!household)
      return createHousehold({
        villageId: v.villageId,
        headName: v.headName,
        address: blank(v.address),
        members: v.members ?? null,
        phone: blank(v.phone),
        categories: cats,
      });
    let saved = await updateHousehold(household.id, {
      ...(v.villageId !== household.villageId && { villageId: v.villageId }),
      headName: v.headName,
      address: blank(v.address),
      members: v.members ?? null,
      phone: blank(v.phone),
    });
    // Each year whose categories changed is replaced as a whole.
    const years = new Set([...household.categories.map((c) => c.year), ...cats.map((c) => c.year)]);
    for (const year of [...years].sort()) {
      const before = household.categories.filter((c) => c.year === year);
      const after = cats.filter((c) => c.year === year);
      if (sameSet(before, after)) continue;
      saved = await setHouseholdCategories(household.id, {
        year,
        categories: after.map((c) => ({ category: c.category, decisionRef: c.decisionRef })),
      });
    }
    return saved;
  }

  const initial: Partial<Values> = household
    ? {
        villageId: household.villageId,
        headName: household.headName,
        address: household.address ?? undefined,
        members: household.members,
        phone: household.phone ?? undefined,
        categories: household.categories.map((c) => ({
          year: c.year,
          category: c.category,
          decisionRef: c.decisionRef ?? undefined,
        })),
      }
    : { villageId: options.length === 1 ? options[0]?.value : undefined, categories: [] };

  return (
    <FormModal
      title={household ? t('hhEdit') : t('hhAdd')}
      width={640}
      form={form}
      name={household ? 'household-edit' : 'household-new'}
      initialValues={initial}
      onClose={onClose}
      onSubmit={save}
      successMessage={t('hhSaved')}
      refresh={() => qc.invalidateQueries({ queryKey: householdKeys.all })}
      onSaved={onSaved}
    >
      <Form.Item name="villageId" label={t('hhVillage')} rules={[{ required: true, message: t('required') }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
      </Form.Item>
      <Form.Item
        name="headName"
        label={t('hhHeadName')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item name="address" label={t('hhAddress')}>
        <Input maxLength={300} autoComplete="off" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="members"
          label={t('hhMembers')}
          rules={[{ type: 'integer', min: 1, max: 100, message: t('hhRuleMembers') }]}
          style={{ flex: '1 1 120px' }}
        >
          <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('hhPhone')}
          rules={[{ pattern: /^\+?[0-9 .()-]{6,20}$/, message: t('hhRulePhone') }]}
          style={{ flex: '1 1 160px' }}
        >
          <Input maxLength={20} inputMode="tel" autoComplete="off" />
        </Form.Item>
      </Flex>
      <Typography.Text strong>{t('hhCategories')}</Typography.Text>
      <Form.List name="categories">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Flex
                key={field.key}
                gap={8}
                wrap
                align="start"
                style={{ marginTop: 8, paddingBottom: 4, borderBottom: '1px dashed #eee' }}
              >
                <Form.Item
                  name={[field.name, 'year']}
                  rules={[
                    { required: true, message: t('required') },
                    { type: 'integer', min: 2000, max: thisYear + 1, message: t('hhRuleYear') },
                  ]}
                  style={{ flex: '0 0 96px', marginBottom: 8 }}
                >
                  <InputNumber
                    placeholder={t('hhYear')}
                    min={2000}
                    max={thisYear + 1}
                    precision={0}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'category']}
                  rules={[
                    { required: true, message: t('required') },
                    ({ getFieldValue }) => ({
                      validator(_, value?: string) {
                        const list = (getFieldValue('categories') ?? []) as CategoryValue[];
                        const me = list[field.name];
                        const dup = list.some(
                          (c, i) => i !== field.name && c?.category === value && c?.year === me?.year,
                        );
                        return dup ? Promise.reject(new Error(t('hhRuleDuplicate'))) : Promise.resolve();
                      },
                    }),
                  ]}
                  style={{ flex: '1 1 160px', marginBottom: 8 }}
                >
                  <Select
                    placeholder={t('hhCategory')}
                    options={HOUSEHOLD_CATEGORIES.map((c) => ({ value: c, label: t(categoryKey(c)) }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'decisionRef']} style={{ flex: '1 1 180px', marginBottom: 8 }}>
                  <Input placeholder={t('hhDecisionRef')} title={t('hhDecisionHint')} maxLength={100} />
                </Form.Item>
                <Button onClick={() => remove(field.name)} aria-label={t('hhRemove')}>
                  {t('hhRemove')}
                </Button>
              </Flex>
            ))}
            <Button type="dashed" block style={{ marginTop: 8 }} onClick={() => add({ year: thisYear })}>
              {t('hhAddCategory')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
