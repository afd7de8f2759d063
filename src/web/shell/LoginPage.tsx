import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useLogin } from '../lib/auth';
import { showApiError } from '../lib/forms';
import { useI18n } from '../i18n';

export function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const [form] = Form.useForm<{ username: string; password: string }>();
  const [error, setError] = useState('');
  const login = useLogin();
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f6f4ef', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={1} style={{ marginTop: 0, color: '#b71c1c', fontSize: 24 }}>
          {t('appName')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('appSubtitle')}</Typography.Paragraph>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} />}
        <Form
          form={form}
          name="login"
          layout="vertical"
          onFinish={(values) => {
            setError('');
            login.mutate(values, { onError: (e) => setError(showApiError(null, e)) });
          }}
        >
          <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login')}
          </Button>
        </Form>
        <Button
          type="link"
          onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
          style={{ marginTop: 8, paddingLeft: 0 }}
        >
          {t('language')}
        </Button>
      </Card>
    </main>
  );
}
