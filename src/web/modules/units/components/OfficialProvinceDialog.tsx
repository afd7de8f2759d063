import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatInteger } from '../../../../lib/numbers';
import { compareVi } from '../../../../lib/vi-text';
import { useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api';
import { createFromOfficial, unitKeys, useOfficialUnits } from '../api';

/** The administrator adds a province with all its official communes in one step (issue 14.1). */
export function OfficialProvinceDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [code, setCode] = useState<string>();
  const provinces = useOfficialUnits();
  const communes = useOfficialUnits(code, Boolean(code));
  const create = useMutation({
    mutationFn: (provinceCode: string) => createFromOfficial(provinceCode),
    onSuccess: async (r) => {
      void message.success(`${t('unOfficialDone')} ${formatInteger(r.created)} / ${formatInteger(r.communes)}.`);
      await qc.invalidateQueries({ queryKey: unitKeys.all });
      onCreated(r.province.id);
      onClose();
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.message : String(e)),
  });
  const options = [...(provinces.data ?? [])]
    .sort((a, b) => compareVi(a.name, b.name))
    .map((p) => ({ value: p.code, label: `${p.kind === 'thành phố' ? 'Thành phố' : 'Tỉnh'} ${p.name} (${p.code})` }));
  return (
    <Modal
      open
      title={t('unFromOfficial')}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ disabled: !code }}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => code && create.mutate(code)}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('unOfficialHint')}</Typography.Paragraph>
        <Select
          aria-label={t('unOfficialProvince')}
          placeholder={t('unOfficialProvince')}
          showSearch
          optionFilterProp="label"
          loading={provinces.isLoading}
          options={options}
          value={code}
          onChange={setCode}
          style={{ width: '100%' }}
        />
        {code && communes.data && (
          <Alert
            type="info"
            showIcon
            message={`${formatInteger(communes.data.length)} ${t('unOfficialCount')}`}
            description={communes.data
              .slice(0, 8)
              .map((c) => `${c.kind} ${c.name}`)
              .join(', ')
              .concat(communes.data.length > 8 ? ', …' : '')}
          />
        )}
      </Space>
    </Modal>
  );
}
