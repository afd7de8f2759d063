import { Alert, Button, Card, Col, Flex, Grid, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { useI18n } from '../../../i18n';
import type { BodySummary, FrontStructure, RosterIssue } from '../api';
import { issueText, kindKey, termText } from '../shared';

/** On paper: the chart alone, cards kept whole. */
const PRINT_CSS = `@media print {
  .ant-layout-sider, .ant-layout-header, .ant-tabs-nav, .bd-no-print { display: none !important; }
  .ant-layout-content { padding: 0 !important; }
  .bd-chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .bd-chart .ant-card { break-inside: avoid; box-shadow: none; }
}`;

const RED = '#b71c1c';

/** A line of a card: its label in grey, the value after. */
function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      {children}
    </div>
  );
}

function Warnings({ issues }: { issues: RosterIssue[] }) {
  const { t } = useI18n();
  return issues.length > 0 ? (
    <Alert type="warning" showIcon title={issues.map((i) => issueText(i, t)).join(' ')} style={{ marginTop: 8 }} />
  ) : null;
}

/** The vertical stroke between two levels of the chart. */
const Connector = () => <div aria-hidden style={{ width: 2, height: 20, background: '#d9d9d9', margin: '0 auto' }} />;

/** A body's card: its term, who leads it and how many sit on it, with what its keepers should look at. */
function BodyCard({ summary, empty, featured }: { summary: BodySummary | null; empty: string; featured?: boolean }) {
  const { t } = useI18n();
  if (!summary)
    return (
      <Card size="small">
        <Typography.Text type="secondary">{empty}</Typography.Text>
      </Card>
    );
  const lead = summary.kind === 'committee' || summary.kind === 'standing' ? 'bdPos_chair' : 'bdPos_head';
  return (
    <Card
      size="small"
      title={summary.name}
      styles={{
        title: { whiteSpace: 'normal' },
        header: featured ? { background: RED, color: '#fff' } : { borderTop: `3px solid ${RED}` },
      }}
    >
      {summary.project && <Line label={t('bdProject')}>{summary.project}</Line>}
      <Line label={t(lead)}>
        <Typography.Text strong>{summary.head ?? t('bdNoLead')}</Typography.Text>
      </Line>
      <Line label={t('bdTerm')}>{termText(summary)}</Line>
      <div>
        {formatInteger(summary.members)} {t('bdMembersCount')}
      </div>
      <Warnings issues={summary.issues} />
    </Card>
  );
}

/** A level of the chart below the committee: a heading and its cards, as many a row as the screen holds. */
function Level({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const narrow = !Grid.useBreakpoint().sm;
  return (
    <section aria-labelledby={id} style={{ border: '1px dashed #d9d9d9', borderRadius: 8, padding: narrow ? 6 : 12 }}>
      <Typography.Title level={5} id={id} style={{ marginTop: 0, textAlign: 'center' }}>
        {title}
      </Typography.Title>
      <Row gutter={[12, 12]}>{children}</Row>
    </section>
  );
}

const cell = { xs: 24, sm: 12, lg: 8, xxl: 6 };

/**
 * "Sơ đồ": the commune's front from the top, readable on a phone (one column) and printable: the committee, its
 * standing committee, the member organisations, the villages with their Ban công tác Mặt trận and branches, the
 * boards the front guides.
 */
export function OrgChart({
  structure,
  villages,
}: {
  structure: FrontStructure;
  /** The villages the user reads (a village head: their own). */
  villages: FrontStructure['villages'];
}) {
  const { t } = useI18n();
  const s = structure;
  const orgName = new Map(s.organizations.map((o) => [o.id, o.shortName]));
  return (
    <div className="bd-chart">
      <style>{PRINT_CSS}</style>
      <Flex wrap gap={8} align="flex-start" justify="space-between" style={{ marginBottom: 12 }}>
        <div style={{ flex: '1 1 260px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('bdChartTitle')} {s.commune.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('bdAsOf')} {formatDateVi(s.asOf)}: {formatInteger(s.totals.people)} {t('bdPeople')},{' '}
            {formatInteger(s.totals.memberships)} {t('bdMemberships')} · {formatInteger(s.totals.committeeMembers)}{' '}
            {t('bdCommitteeMembers')} · {formatInteger(s.totals.villageBoardMembers)} {t('bdVillageBoardMembers')}
          </Typography.Text>
        </div>
        <Button className="bd-no-print" onClick={() => window.print()}>
          {t('bdPrint')}
        </Button>
      </Flex>

      <div style={{ maxWidth: 520, margin: '0 auto' }} data-testid="chart-committee">
        <BodyCard summary={s.committee} empty={t('bdNoCommittee')} featured />
      </div>
      <Connector />
      <div style={{ maxWidth: 520, margin: '0 auto' }} data-testid="chart-standing">
        <BodyCard summary={s.standing} empty={t('bdNoStanding')} />
      </div>
      <Connector />

      <Level id="bd-chart-orgs" title={t('bdOrganizations')}>
        {s.organizations.map((o) => (
          <Col key={o.id} {...cell}>
            <Card size="small" title={o.name} styles={{ title: { whiteSpace: 'normal' } }} style={{ height: '100%' }}>
              <Line label={t('bdOrgHead')}>
                <Typography.Text strong>{o.head?.fullName ?? t('bdNoLead')}</Typography.Text>
              </Line>
              {o.head?.title && <Typography.Text type="secondary">{o.head.title}</Typography.Text>}
              <div>
                {formatInteger(o.branches)} {t('bdBranches')} · {formatInteger(o.members)} {t('bdMembers')}
              </div>
            </Card>
          </Col>
        ))}
      </Level>
      <Connector />

      <Level id="bd-chart-villages" title={t('bdVillages')}>
        {villages.map((v) => (
          <Col key={v.id} {...cell}>
            <Card
              size="small"
              title={v.name}
              style={{ height: '100%' }}
              data-testid="chart-village"
              styles={{ title: { whiteSpace: 'normal' } }}
            >
              <Typography.Text strong>{t('bdKind_village_board')}</Typography.Text>
              {v.board ? (
                <>
                  <Line label={t('bdPos_head')}>
                    <Typography.Text strong>{v.board.head ?? t('bdNoLead')}</Typography.Text>
                  </Line>
                  <div>
                    {formatInteger(v.board.members)} {t('bdMembersCount')} · {t('bdTerm')} {termText(v.board)}
                  </div>
                  <Warnings issues={v.board.issues} />
                </>
              ) : (
                <div>
                  <Typography.Text type="secondary">{t('bdNoBoard')}</Typography.Text>
                </div>
              )}
              <div style={{ marginTop: 6 }}>
                <Typography.Text type="secondary">{t('bdBranchesOf')}: </Typography.Text>
                {v.branches.length === 0 && <Typography.Text type="secondary">{t('bdNoBranches')}</Typography.Text>}
                <Flex wrap gap={4} style={{ display: 'inline-flex' }}>
                  {v.branches.map((b) => (
                    <Tag key={b.id} title={b.name} style={{ marginInlineEnd: 0 }}>
                      {orgName.get(b.organizationId) ?? b.name}
                    </Tag>
                  ))}
                </Flex>
              </div>
            </Card>
          </Col>
        ))}
      </Level>
      <Connector />

      <Level id="bd-chart-boards" title={t('bdBoards')}>
        {s.boards.length === 0 && (
          <Col span={24}>
            <Typography.Text type="secondary">{t('bdNoBoards')}</Typography.Text>
          </Col>
        )}
        {[...s.boards]
          .sort((a, b) => Number(a.kind !== 'people_inspection') - Number(b.kind !== 'people_inspection'))
          .map((b) => (
            <Col key={b.id} xs={24} md={12}>
              <BodyCard summary={{ ...b, name: t(kindKey(b.kind)) }} empty="" />
            </Col>
          ))}
      </Level>
    </div>
  );
}
