import { Alert, Button, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router-dom';
import type { Me } from '../../lib/api';
import { type Key, useI18n } from '../../i18n';
import { fmt, useScope } from '../targets/shared';
import { AgendaList } from './AgendaList';
import { type QuickAction, useToday } from './api';
import { FundsGlance } from './FundsGlance';
import { TargetsGlance } from './TargetsGlance';

/** Where each quick action opens its form (the page reads `?new=1` or its tab). */
const ACTION_PAGE: Record<QuickAction, string> = {
  receipt: '/funds?tab=receipt',
  result: '/entries',
  petition: '/petitions?new=1',
  report: '/reports?new=1',
};

/** "thứ năm, 03/12/2026" → "Thứ năm, …": the weekday starts the line. */
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "Việc hôm nay" (issue 13.1): the first screen after logging in. What is due or late for this user (from the
 * server, in their scope), the targets of the latest year with data furthest behind first, the funds' balance and
 * latest receipts, and the quick actions the user may take. A village head on a phone sees the same page, shorter.
 */
export function TodayPage({ me }: { me: Me }) {
  const { t, lang } = useI18n();
  const today = useToday();
  const scope = useScope(me);
  const actions = today.data?.actions ?? [];
  const navigate = useNavigate();
  const date = dayjs(today.data?.date);
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          {fmt(t('tdGreeting'), { name: me.fullName })} ·{' '}
          <time dateTime={date.format('YYYY-MM-DD')}>
            {capitalised(
              date.locale(lang === 'vi' ? 'vi' : 'en').format(lang === 'vi' ? 'dddd, DD/MM/YYYY' : 'dddd, D MMMM YYYY'),
            )}
          </time>
        </Typography.Paragraph>
        {actions.length > 0 && (
          <nav aria-label={t('tdQuickActions')}>
            <Flex wrap gap={8}>
              {actions.map((a, i) => (
                <Button
                  key={a}
                  type={i === 0 ? 'primary' : 'default'}
                  data-testid={`quick-${a}`}
                  onClick={() => navigate(ACTION_PAGE[a])}
                >
                  {t(`tdAction_${a}` as Key)}
                </Button>
              ))}
            </Flex>
          </nav>
        )}
      </Card>
      {today.isError && <Alert type="error" showIcon title={t('tdLoadFailed')} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          {today.isLoading ? <Skeleton active /> : <AgendaList groups={today.data?.groups ?? []} />}
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={12}>
            {scope.ownUnitId && <TargetsGlance unitId={scope.ownUnitId} />}
            {actions.includes('receipt') && <FundsGlance />}
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
