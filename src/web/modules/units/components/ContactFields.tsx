import { Col, Form, Input, Row, Typography } from 'antd';
import { useI18n } from '../../../i18n';

/** A unit's contact (address, phone, e-mail) in its settings: the same fields on the unit's page and the portal's. */
export function ContactFields() {
  const { t } = useI18n();
  return (
    <>
      <Typography.Text strong>{t('contact')}</Typography.Text>
      <Form.Item name={['settings', 'address']} label={t('address')}>
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={['settings', 'phone']} label={t('phone')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['settings', 'email']} label={t('email')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
