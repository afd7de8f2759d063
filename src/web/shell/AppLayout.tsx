import { Button, Dropdown, Layout, Menu, Spin, type MenuProps } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import type { Me } from '../lib/api';
import { useLogout } from '../lib/auth';
import { useI18n } from '../i18n';
import { onlySections, sectionsFor } from './nav';
import { labelOf, usePageTitle } from './page-title';

// Fetched the first time it is opened: its form and select are not needed to draw the shell.
const ChangePasswordModal = lazy(() =>
  import('../modules/users/components/ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })),
);

export function AppLayout({ me }: { me: Me }) {
  const { t, lang, setLang } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);
  const [narrow, setNarrow] = useState(false);
  const [pwOpen, setPwOpen] = useState(false);
  const [pwShown, setPwShown] = useState(false);

  const sections = sectionsFor(me.roles, me.permissions.admin);
  const all: MenuProps['items'] = [
    { key: '/', label: t('home') },
    { key: '/progress', label: t('navProgress') },
    ...(me.permissions.admin || me.roles.some((r) => r.role === 'upper')
      ? [{ key: '/overview', label: t('navOverview') }]
      : []),
    { key: '/indicators', label: t('navIndicators') },
    { key: '/entries', label: t('navEntries') },
    { key: '/rounds', label: t('navRounds') },
    { key: '/campaigns', label: t('campaignsTitle') },
    { key: '/funds', label: t('funds') },
    { key: '/households', label: t('hhNav') },
    { key: '/members', label: t('mbNav') },
    { key: '/structure', label: t('bdNav') },
    { key: '/relief', label: t('reliefNav') },
    { key: '/housing', label: t('hsNav') },
    { key: '/calendar', label: t('clNav') },
    { key: '/festivals', label: t('fvNav') },
    { key: '/evaluation', label: t('evNav') },
    { key: '/meetings', label: t('mtNav') },
    { key: '/petitions', label: t('ptNav') },
    { key: '/consultations', label: t('csNav') },
    { key: '/supervision', label: t('svNav') },
    { key: '/register', label: t('rgNav') },
    { key: '/reports', label: t('rpNav') },
    { key: '/report-forms', label: t('rfNav') },
    { key: '/posts', label: t('psNav') },
    {
      type: 'group',
      label: t('structure'),
      children: [
        { key: '/units', label: t('units') },
        { key: '/organizations', label: t('organizations') },
        ...(me.permissions.manageUsers
          ? [
              { key: '/portal-settings', label: t('unPortalNav') },
              { key: '/users', label: t('users') },
              { key: '/audit', label: t('audit') },
            ]
          : []),
      ],
    },
  ];
  const items = sections ? onlySections(all ?? [], sections) : all;
  const selected = `/${location.pathname.split('/')[1] ?? ''}`;
  // A province (or central) officer works for that committee, not a commune's: the product says so.
  // The administrator runs the installation, for every province and commune in it.
  const appName = me.roles.some((r) => r.role === 'standing' || r.role === 'village_lead' || r.role === 'org_lead')
    ? t('appName')
    : me.roles.some((r) => r.role === 'upper' && r.unitLevel === 'national')
      ? t('appNameNational')
      : me.roles.some((r) => r.role === 'upper')
        ? t('appNameProvince')
        : me.permissions.admin
          ? t('appNameAdmin')
          : t('appName');
  usePageTitle(items ?? [], selected, appName);
  // The page's title is the menu entry it was reached by: the page's h1 (and, above, the browser tab's title).
  const pageTitle = labelOf(items ?? [], selected) ?? appName;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* The first stop for keyboard users; the browser moves focus to the target (tabIndex -1). */}
      <a className="skip-link" href="#main-content">
        {t('skipToContent')}
      </a>
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        onBreakpoint={(broken) => {
          setNarrow(broken);
          setCollapsed(broken);
        }}
        width={230}
        trigger={null}
        theme="light"
        style={
          narrow ? { position: 'fixed', height: '100vh', overflowY: 'auto', zIndex: 20, left: 0, top: 0 } : undefined
        }
      >
        <div style={{ padding: '16px 16px 8px', fontWeight: 700, color: '#b71c1c' }}>{appName}</div>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={[selected]}
          onClick={(e) => {
            navigate(e.key);
            if (narrow) setCollapsed(true);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 12px',
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            borderBottom: '1px solid #eee',
          }}
        >
          {narrow && (
            <Button aria-label="menu" onClick={() => setCollapsed(!collapsed)}>
              ☰
            </Button>
          )}
          <div style={{ flex: 1, minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
            <h1 className="page-title">{pageTitle}</h1>
            {me.roles[0] && (
              // Styled like antd's red Tag, without its code in the entry bundle.
              <span
                className="role-tag"
                style={{
                  display: 'inline-block',
                  padding: '0 7px',
                  fontSize: 12,
                  lineHeight: '20px',
                  color: '#cf1322',
                  background: '#fff1f0',
                  border: '1px solid #ffa39e',
                  borderRadius: 4,
                }}
              >
                {me.roles[0].unitName ?? me.roles[0].organizationName ?? t(`role_${me.roles[0].role}`)}
              </span>
            )}
          </div>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'pw', label: t('changePassword') },
                { key: 'lang', label: t('language') },
                { key: 'logout', label: t('logout') },
              ],
              onClick: ({ key }) => {
                if (key === 'pw') {
                  setPwShown(true);
                  setPwOpen(true);
                }
                if (key === 'lang') setLang(lang === 'vi' ? 'en' : 'vi');
                if (key === 'logout') logout.mutate(undefined, { onSettled: () => navigate('/') });
              },
            }}
          >
            <Button data-testid="user-menu">
              {/* Plain CSS ellipsis: Typography would bring its editor (Input, Form) into the entry bundle. */}
              <span
                style={{
                  display: 'inline-block',
                  maxWidth: 160,
                  overflow: 'hidden',
                  whiteSpace: 'nowrap',
                  textOverflow: 'ellipsis',
                  verticalAlign: 'bottom',
                }}
              >
                {me.fullName}
              </span>
            </Button>
          </Dropdown>
        </Layout.Header>
        {/* antd renders the content as <main>: the skip link's target. */}
        <Layout.Content id="main-content" tabIndex={-1} style={{ padding: narrow ? 8 : 16 }}>
          {/* A module's page is loaded on first visit (App.tsx): the menu and header stay while it arrives. */}
          <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {pwShown && (
        <Suspense fallback={null}>
          <ChangePasswordModal open={pwOpen} onClose={() => setPwOpen(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
