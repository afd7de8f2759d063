import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { unitDisplayName } from '../../../../lib/units';
import type { Unit } from '../../../lib/api';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import type { Fund } from '../shared';
import { fundKeys, createFund } from '../api';

type Values = { unitId: string; name: string; bankBin?: string; bankAccount?: string; bankAccountName?: string };
type Props = { open: boolean; units: Unit[]; onClose: () => void; onSaved: (f: Fund) => void };

/** A new fund of a commune, a province or the national unit (whoever manages that unit's funds). Mounted only while open, so each opening starts empty. */
export function FundFormModal(props: Props) {
  return props.open ? <OpenFundFormModal {...props} /> : null;
}

function OpenFundFormModal({ units, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const blank = (s?: string) => (s?.trim() ? s.trim() : undefined);

  return (
    <FormModal
      title={t('fundNew')}
      form={form}
      name="fund-new"
      initialValues={{ unitId: units[0]?.id }}
      onClose={onClose}
      onSubmit={(v) =>
        createFund({
          unitId: v.unitId,
          name: v.name,
          bankBin: blank(v.bankBin),
          bankAccount: blank(v.bankAccount),
          bankAccountName: blank(v.bankAccountName),
        })
      }
      refresh={() => qc.invalidateQueries({ queryKey: fundKeys.funds })}
      onSaved={onSaved}
    >
      <Form.Item
        name="unitId"
        label={t('fundUnit')}
        rules={[{ required: true, message: t('required') }]}
        hidden={units.length < 2}
      >
        <Select options={units.map((u) => ({ value: u.id, label: unitDisplayName(u) }))} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('fundName')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={200} placeholder={t('fundNameHint')} />
      </Form.Item>
      <Form.Item
        name="bankAccount"
        label={t('fundBankAccount')}
        rules={[{ pattern: /^[0-9A-Za-z]{1,19}$/, message: t('fundBankAccountRule') }]}
      >
        <Input maxLength={19} inputMode="numeric" />
      </Form.Item>
      <Form.Item
        name="bankBin"
        label={t('fundBankBin')}
        extra={t('fundBankBinHint')}
        rules={[{ pattern: /^\d{6}$/, message: t('fundBankBinRule') }]}
      >
        <Input maxLength={6} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="bankAccountName" label={t('fundBankAccountName')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
