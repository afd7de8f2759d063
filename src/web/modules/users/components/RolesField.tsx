import { unitDisplayName } from '../../../../lib/units';
import { Button, Form, Select, Space } from 'antd';
import { useBranches } from '../../members/api';
import { compareVi } from '../../../../lib/vi-text';
import type { Me, RoleName, UnitLevel } from '../../../lib/api';
import { useI18n } from '../../../i18n';
import { useAllOrganizations, useUnits } from '../../units/api';

const UNIT_LEVELS: Record<Exclude<RoleName, 'admin' | 'org_lead'>, UnitLevel[]> = {
  upper: ['national', 'province', 'district'],
  standing: ['commune'],
  village_lead: ['village'],
  viewer: ['national', 'province', 'district', 'commune', 'village'],
};

export type RoleValue = {
  role: RoleName;
  unitId?: string | null;
  organizationId?: string | null;
  /** A branch head (chi hội trưởng): one branch of the organisation; org_lead only. */
  branchId?: string | null;
};

/** The optional branch of an organisation head: empty, the whole organisation. */
function BranchItem({ name, organizationId }: { name: number; organizationId: string | undefined }) {
  const { t } = useI18n();
  const branches = useBranches(organizationId);
  return (
    <Form.Item name={[name, 'branchId']} style={{ minWidth: 220, marginBottom: 8 }}>
      <Select
        allowClear
        aria-label={t('mbBranch')}
        placeholder={`${t('mbBranch')}: ${t('mbWholeOrganization')}`}
        disabled={!organizationId}
        loading={branches.isLoading}
        showSearch={{ optionFilterProp: 'label' }}
        options={(organizationId ? (branches.data ?? []) : []).map((b) => ({ value: b.id, label: b.name }))}
      />
    </Form.Item>
  );
}

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
  const form = Form.useFormInstance();

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
                  aria-label={t('role')}
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
                    const organizationId = getFieldValue(['roles', field.name, 'organizationId']) as string | undefined;
                    return (
                      <Space align="start" wrap>
                        <Form.Item
                          name={[field.name, 'organizationId']}
                          rules={[{ required: true, message: t('required') }]}
                          style={{ minWidth: 220, marginBottom: 8 }}
                        >
                          <Select
                            aria-label={t('organization')}
                            placeholder={t('organization')}
                            showSearch={{ optionFilterProp: 'label' }}
                            onChange={() => form.setFieldValue(['roles', field.name, 'branchId'], null)}
                            options={(orgs.data ?? []).map((o) => ({
                              value: o.id,
                              label: `${o.shortName} — ${unitName.get(o.communeId) ?? ''}`,
                            }))}
                          />
                        </Form.Item>
                        <BranchItem name={field.name} organizationId={organizationId} />
                      </Space>
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
                      <Select
                        aria-label={t('unit')}
                        placeholder={t('unit')}
                        showSearch={{ optionFilterProp: 'label' }}
                        options={options}
                      />
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
