import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Select } from 'antd';
import { FormModal } from '../../../lib/form-modal';
import { IntegerInput } from '../../../lib/inputs';
import { useI18n } from '../../../i18n';
import { type CriteriaSet, createSet, invalidateEvaluation, updateSet } from '../api';

type Values = {
  title: string;
  target: 'village' | 'commune';
  passScore: number;
  groups: { title: string; maxPoints: number; criteria: { title: string; maxPoints: number; maxBonus?: number }[] }[];
};

/** The province's criteria set editor: groups (each with its maximum) and their criteria (points, bonus). */
export function CriteriaSetModal(p: {
  provinceId: string;
  year: number;
  set: CriteriaSet | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const initial = p.set ?? {
    title: '',
    target: 'village',
    passScore: 80,
    groups: [{ title: '', maxPoints: 20, criteria: [{ title: '', maxPoints: 10, maxBonus: 0 }] }],
  };
  return (
    <FormModal<Values, CriteriaSet>
      title={p.set ? t('evEditSet') : t('evNewSet')}
      form={form}
      name="criteriaSet"
      width={760}
      initialValues={initial}
      onClose={p.onClose}
      onSubmit={(v) => {
        const body = { title: v.title, passScore: v.passScore, groups: v.groups };
        return p.set
          ? updateSet(p.set.id, body)
          : createSet({ ...body, provinceId: p.provinceId, year: p.year, target: v.target });
      }}
      refresh={() => invalidateEvaluation(qc)}
      onSaved={p.onClose}
    >
      <Form.Item name="title" label={t('evSetTitle')} rules={[{ required: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Flex wrap gap={12}>
        <Form.Item name="target" label={t('evTarget')} style={{ flex: '1 1 220px' }}>
          <Select
            disabled={Boolean(p.set)}
            options={[
              { value: 'village', label: t('evTargetVillage') },
              { value: 'commune', label: t('evTargetCommune') },
            ]}
          />
        </Form.Item>
        <Form.Item name="passScore" label={t('evPass')} rules={[{ required: true }]} style={{ flex: '0 1 140px' }}>
          <IntegerInput min={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.List name="groups">
        {(groups, g) => (
          <Flex vertical gap={8}>
            {groups.map((group) => (
              <Card
                key={group.key}
                size="small"
                title={`${t('evGroup')} ${group.name + 1}`}
                extra={
                  <Button size="small" danger onClick={() => g.remove(group.name)}>
                    ×
                  </Button>
                }
              >
                <Flex wrap gap={8}>
                  <Form.Item name={[group.name, 'title']} rules={[{ required: true }]} style={{ flex: '1 1 300px' }}>
                    <Input placeholder={t('evGroup')} maxLength={500} />
                  </Form.Item>
                  <Form.Item
                    name={[group.name, 'maxPoints']}
                    rules={[{ required: true }]}
                    style={{ flex: '0 1 120px' }}
                  >
                    <IntegerInput min={1} placeholder={t('evGroupMax')} style={{ width: '100%' }} />
                  </Form.Item>
                </Flex>
                <Form.List name={[group.name, 'criteria']}>
                  {(criteria, c) => (
                    <>
                      {criteria.map((cr) => (
                        <Flex key={cr.key} wrap gap={8}>
                          <Form.Item
                            name={[cr.name, 'title']}
                            rules={[{ required: true }]}
                            style={{ flex: '1 1 260px' }}
                          >
                            <Input placeholder={t('evCriterion')} maxLength={500} />
                          </Form.Item>
                          <Form.Item
                            name={[cr.name, 'maxPoints']}
                            rules={[{ required: true }]}
                            style={{ flex: '0 1 90px' }}
                          >
                            <IntegerInput min={0} placeholder={t('evMax')} style={{ width: '100%' }} />
                          </Form.Item>
                          <Form.Item name={[cr.name, 'maxBonus']} style={{ flex: '0 1 90px' }}>
                            <IntegerInput min={0} placeholder={t('evMaxBonus')} style={{ width: '100%' }} />
                          </Form.Item>
                          <Button size="small" onClick={() => c.remove(cr.name)}>
                            ×
                          </Button>
                        </Flex>
                      ))}
                      <Button size="small" onClick={() => c.add({ title: '', maxPoints: 5, maxBonus: 0 })}>
                        {t('evAddCriterion')}
                      </Button>
                    </>
                  )}
                </Form.List>
              </Card>
            ))}
            <Button onClick={() => g.add({ title: '', maxPoints: 20, criteria: [{ title: '', maxPoints: 10 }] })}>
              {t('evAddGroup')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
