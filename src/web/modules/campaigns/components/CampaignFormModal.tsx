import { useQueryClient } from '@tanstack/react-query';
import { DATE_FORMATS } from '../../../lib/dates';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../../lib/api';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import { indicatorLabel, useCommuneIndicators } from '../shared';
import { type CampaignDetail, updateCampaign, createCampaign, campaignKeys } from '../api';

type Values = { name: string; description?: string; period: [Dayjs, Dayjs]; indicatorIds?: string[] };

type Props = {
  open: boolean;
  communeId: string;
  campaign: CampaignDetail | null;
  onClose: () => void;
  onSaved: (c: CampaignDetail) => void;
};

/**
 * Create (campaign = null) or edit a campaign of one commune. The form is mounted only while open,
 * so each opening starts from that campaign's values, never from the last form's leftovers.
 */
export function CampaignFormModal(props: Props) {
  return props.open ? <OpenCampaignFormModal {...props} /> : null;
}

function OpenCampaignFormModal(props: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const indicators = useCommuneIndicators(props.communeId);
  const { campaign } = props;
  const linked = new Set(campaign?.indicators.map((i) => i.id) ?? []);
  // Inactive indicators are offered only when already linked, so an edit does not silently drop them.
  const options = (indicators.data ?? [])
    .filter((i) => i.active !== false || linked.has(i.id))
    .map((i) => ({ value: i.id, label: indicatorLabel(i) }));

  const initialValues: Partial<Values> = campaign
    ? {
        name: campaign.name,
        description: campaign.description,
        period: [dayjs(campaign.from), dayjs(campaign.to)],
        indicatorIds: [...linked],
      }
    : {};

  return (
    <FormModal
      title={campaign ? t('campaignEdit') : t('campaignNew')}
      form={form}
      name="campaign"
      initialValues={initialValues}
      onClose={props.onClose}
      onSubmit={(v) => {
        const body = {
          name: v.name,
          description: v.description ?? '',
          from: v.period[0].format('YYYY-MM-DD'),
          to: v.period[1].format('YYYY-MM-DD'),
          ...(indicators.data ? { indicatorIds: v.indicatorIds ?? [] } : {}),
        };
        return campaign ? updateCampaign(campaign.id, body) : createCampaign({ communeId: props.communeId, ...body });
      }}
      placeErrors={(e) => {
        // The server names from/to and indicatorIds.N; the form has one field for each pair or list.
        const fields = e instanceof ApiError ? Object.entries(e.fields) : [];
        const period = fields.find(([k]) => k === 'from' || k === 'to')?.[1];
        const indicator = fields.find(([k]) => k.startsWith('indicatorIds'))?.[1];
        if (period) form.setFields([{ name: 'period', errors: [period] }]);
        if (indicator) form.setFields([{ name: 'indicatorIds', errors: [indicator] }]);
        return !!(period || indicator);
      }}
      refresh={async (saved) => {
        await qc.invalidateQueries({ queryKey: campaignKeys.lists });
        await qc.invalidateQueries({ queryKey: campaignKeys.detail(saved.id) });
      }}
      onSaved={props.onSaved}
    >
      <Form.Item
        name="name"
        label={t('campaignName')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="period" label={t('campaignPeriod')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker.RangePicker format={DATE_FORMATS} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="description" label={t('campaignDescription')}>
        <Input.TextArea rows={3} maxLength={10_000} />
      </Form.Item>
      {indicators.data && (
        <Form.Item name="indicatorIds" label={t('campaignIndicators')}>
          <Select mode="multiple" allowClear optionFilterProp="label" options={options} />
        </Form.Item>
      )}
    </FormModal>
  );
}
