import { unitDisplayName } from '../../../../lib/units';
import { Button, Form, Select, Space } from 'antd';
import { compareVi } from '../../../../lib/vi-text';
import type { Me, RoleName, UnitLevel } from '../../../lib/api';
import { useI18n } from '../../../i18n';
import { useAllOrganizations, useUnits } from '../../units/api';

const UNIT_LEVELS: Record<Exclude<RoleName, 'admin' | 'org_lead'>, UnitLevel[]> = {
  upper: ['province', 'district'],
  standing: ['commune'],
  village_lead: ['village'],
  viewer: ['province', 'district', 'commune', 'village'],
};

export type RoleValue = { role: RoleName; unitId?: string | null; organizationId?: string | null };

/** A list of role rows inside an antd Form: role, then the unit or organisation it applies to. */
export function RolesField({ me }: { me: Me }) {
  const { t } = useI18n();
  const units = useUnits();
  const orgs = useAllOrganizations();
  const roles: RoleName[] = me.permissions.admin
    ? ['admin', 'upper', 'standing', 'org_lead', 'village_lead', 'viewer']
    : me.roles.some((r) => r.role === 'upper')
      ? ['upper', 'standing', 'org_lead', 'village_lead', 'viewer']
      : ['standing', 'org_lead', 'village_lead', 'viewer'];
  const unitName = new Map((units.data ?? []).map((u) => [u.id, unitDisplayName(u)]));

  return (
    <Form.List name="roles">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
              <Form.Item
                name={[field.name, 'role']}
                rules={[{ required: true, message: t('required') }]}
                style={{ minWidth: 200, marginBottom: 8 }}
              >
                <Select
                  placeholder={t('role')}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={roles.map((r) => ({ value: r, label: t(`role_${r}`) }))}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const role = getFieldValue(['roles', field.name, 'role']) as RoleName | undefined;
                  if (!role || role === 'admin') return null;
                  if (role === 'org_lead') {
                    return (
                      <Form.Item
                        name={[field.name, 'organizationId']}
                        rules={[{ required: true, message: t('required') }]}
                        style={{ minWidth: 220, marginBottom: 8 }}
                      >
                        <Select
                          placeholder={t('organization')}
                          showSearch={{ optionFilterProp: 'label' }}
                          options={(orgs.data ?? []).map((o) => ({
                            value: o.id,
                            label: `${o.shortName} — ${unitName.get(o.communeId) ?? ''}`,
                          }))}
                        />
                      </Form.Item>
                    );
                  }
                  const levels = UNIT_LEVELS[role];
                  const options = (units.data ?? [])
                    .filter((u) => levels.includes(u.level))
                    .sort((a, b) => compareVi(a.name, b.name))
                    .map((u) => ({
                      value: u.id,
                      label:
                        u.level === 'village' && u.communeId
                          ? `${unitDisplayName(u)} (${unitName.get(u.communeId) ?? ''})`
                          : unitDisplayName(u),
                    }));
                  return (
                    <Form.Item
                      name={[field.name, 'unitId']}
                      rules={[{ required: true, message: t('required') }]}
                      style={{ minWidth: 220, marginBottom: 8 }}
                    >
                      <Select placeholder={t('unit')} showSearch={{ optionFilterProp: 'label' }} options={options} />
                    </Form.Item>
                  );
                }}
              </Form.Item>
              {fields.length > 1 && (
                <Button onClick={() => remove(field.name)} aria-label="remove">
                  ✕
                </Button>
              )}
            </Space>
          ))}
          <Button type="dashed" onClick={() => add({ role: undefined })}>
            {t('addRole')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
