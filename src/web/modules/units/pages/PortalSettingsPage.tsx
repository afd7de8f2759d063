import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Empty, Flex, Form, Image, Input, Row, Select, Space, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { unitDisplayName } from '../../../../lib/units';
import { compareVi } from '../../../../lib/vi-text';
import type { Unit } from '../../../lib/api';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import { removeLogo, unitKeys, updateUnit, uploadLogo, useUnits } from '../api';
import { ContactFields } from '../components/ContactFields';

type Values = {
  settings: { intro: string; responsible: string; address: string; phone: string; email: string };
};

const settingsOf = (u: Unit): Values['settings'] => ({
  intro: u.settings.intro ?? '',
  responsible: u.settings.responsible ?? '',
  address: u.settings.address ?? '',
  phone: u.settings.phone ?? '',
  email: u.settings.email ?? '',
});

/**
 * "Thông tin cổng thông tin": what a commune's portal says about the committee — its emblem, the "Giới thiệu" page,
 * who answers for the content, how to reach it. For the communes the user may edit (a standing committee: its own).
 */
export function PortalSettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const units = useUnits();
  const communes = (units.data ?? [])
    .filter((u) => u.level === 'commune' && u.can.edit && !u.endedOn)
    .sort((a, b) => compareVi(a.name, b.name));
  const [chosen, setChosen] = useState<string | undefined>();
  const commune = communes.find((u) => u.id === chosen) ?? communes[0];
  const [form] = Form.useForm<Values>();

  // The form shows the chosen commune once it is loaded; a refetch of the same one does not undo what is typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refill on a new commune only
  useEffect(() => {
    if (commune) form.setFieldsValue({ settings: settingsOf(commune) });
  }, [commune?.id, form]);

  const refresh = () => qc.invalidateQueries({ queryKey: unitKeys.all });
  const fail = (e: unknown) => {
    const msg = showApiError(form, e);
    if (msg) message.error(msg);
  };
  const save = useMutation({
    mutationFn: (v: Values) => updateUnit(commune?.id ?? '', { settings: v.settings }),
    onSuccess: () => {
      message.success(t('saved'));
      void refresh();
    },
    onError: fail,
  });
  const logo = useMutation({
    mutationFn: (file: File | null) => (file ? uploadLogo(commune?.id ?? '', file) : removeLogo(commune?.id ?? '')),
    onSuccess: (_u, file) => {
      message.success(t(file ? 'unPortalLogoSaved' : 'unPortalLogoRemoved'));
      void refresh();
    },
    onError: (e) => message.error(showApiError(null, e)),
  });

  if (!units.isLoading && !commune)
    return (
      <Card title={t('unPortalNav')}>
        <Empty description={t('unPortalNone')} />
      </Card>
    );
  const portal = commune?.slug ? `/xa/${commune.slug}` : null;

  return (
    <Card
      title={t('unPortalNav')}
      loading={units.isLoading}
      extra={
        communes.length > 1 && (
          <Select
            showSearch
            optionFilterProp="label"
            style={{ minWidth: 200 }}
            aria-label={t('unPortalCommune')}
            value={commune?.id}
            onChange={setChosen}
            options={communes.map((u) => ({ value: u.id, label: unitDisplayName(u) }))}
          />
        )
      }
    >
      {commune && (
        <Row gutter={[24, 16]}>
          <Col xs={24} md={8}>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('unPortalLogo')}
            </Typography.Title>
            <Flex vertical gap={8} align="flex-start">
              {commune.logoUrl ? (
                <Image
                  src={commune.logoUrl}
                  alt={`${t('unPortalLogo')} — ${unitDisplayName(commune)}`}
                  width={112}
                  height={112}
                  style={{ objectFit: 'contain' }}
                  data-testid="portal-logo"
                />
              ) : (
                <Typography.Text type="secondary">{t('unPortalLogoNone')}</Typography.Text>
              )}
              <Space wrap>
                <Upload
                  accept="image/png,image/jpeg,image/webp"
                  showUploadList={false}
                  customRequest={({ file }) => logo.mutate(file as File)}
                >
                  <Button loading={logo.isPending}>{t('unPortalLogoPick')}</Button>
                </Upload>
                {commune.logoUrl && (
                  <Button danger disabled={logo.isPending} onClick={() => logo.mutate(null)}>
                    {t('unPortalLogoRemove')}
                  </Button>
                )}
              </Space>
              <Typography.Text type="secondary">{t('unPortalLogoHint')}</Typography.Text>
              {portal && (
                <>
                  <Typography.Text>
                    {t('unPortalAddress')}: <Typography.Text code>{portal}</Typography.Text>
                  </Typography.Text>
                  <Space wrap>
                    <Button href={portal} target="_blank" rel="noopener">
                      {t('unPortalView')}
                    </Button>
                    <Button href={`${portal}/gioi-thieu`} target="_blank" rel="noopener">
                      {t('unPortalViewIntro')}
                    </Button>
                  </Space>
                </>
              )}
            </Flex>
          </Col>
          <Col xs={24} md={16}>
            <Form form={form} name="portal" layout="vertical" onFinish={(v) => save.mutate(v)}>
              <Form.Item name={['settings', 'intro']} label={t('unPortalIntro')} extra={t('unPortalIntroHint')}>
                <Input.TextArea maxLength={5000} autoSize={{ minRows: 5, maxRows: 16 }} />
              </Form.Item>
              <Form.Item
                name={['settings', 'responsible']}
                label={t('unPortalResponsible')}
                extra={t('unPortalResponsibleHint')}
              >
                <Input maxLength={300} />
              </Form.Item>
              <ContactFields />
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('save')}
              </Button>
            </Form>
          </Col>
        </Row>
      )}
    </Card>
  );
}
