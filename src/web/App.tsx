import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { useMe } from './lib/auth';
import { AppLayout } from './shell/AppLayout';
import { I18nProvider, useI18n } from './i18n';
import { CampaignsPage } from './modules/campaigns/pages/CampaignsPage';
import { FundsPage } from './modules/funds/pages/FundsPage';
import { ReliefPage } from './modules/relief/pages/ReliefPage';
import { HouseholdsPage } from './modules/households/pages/HouseholdsPage';
import { MembersPage } from './modules/members/pages/MembersPage';
import { StructurePage } from './modules/bodies/pages/StructurePage';
import { AuditPage } from './modules/audit/pages/AuditPage';
import { HomePage } from './shell/HomePage';
import { LoginPage } from './shell/LoginPage';
import { OrganizationsPage } from './modules/units/pages/OrganizationsPage';
import { UnitsPage } from './modules/units/pages/UnitsPage';
import { UsersPage } from './modules/users/pages/UsersPage';
import { ProgressPage } from './modules/targets/pages/ProgressPage';
import { OverviewPage } from './modules/targets/pages/OverviewPage';
import { IndicatorsPage } from './modules/targets/pages/IndicatorsPage';
import { EntriesPage } from './modules/targets/pages/EntriesPage';
import { RoundsPage } from './modules/targets/pages/RoundsPage';
import { MeetingsPage } from './modules/meetings/pages/MeetingsPage';
import { PetitionsPage } from './modules/petitions/pages/PetitionsPage';
import { ConsultationsPage } from './modules/consultations/pages/ConsultationsPage';
import { SupervisionPage } from './modules/supervision/pages/SupervisionPage';
import { RegisterPage } from './modules/register/pages/RegisterPage';
import { ReportsPage } from './modules/reports/pages/ReportsPage';
import { PostsPage } from './modules/posts/pages/PostsPage';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

function Routed() {
  const me = useMe();
  if (me.isLoading) return <Spin fullscreen />;
  if (!me.data) return <LoginPage />;
  return (
    <Routes>
      <Route element={<AppLayout me={me.data} />}>
        <Route index element={<HomePage me={me.data} />} />
        <Route path="units" element={<UnitsPage me={me.data} />} />
        <Route path="organizations" element={<OrganizationsPage me={me.data} />} />
        <Route path="users" element={<UsersPage me={me.data} />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="campaigns" element={<CampaignsPage me={me.data} />} />
        <Route path="funds" element={<FundsPage me={me.data} />} />
        <Route path="relief" element={<ReliefPage me={me.data} />} />
        <Route path="households" element={<HouseholdsPage me={me.data} />} />
        <Route path="members" element={<MembersPage />} />
        <Route path="structure" element={<StructurePage me={me.data} />} />
        <Route path="progress" element={<ProgressPage me={me.data} />} />
        <Route path="overview" element={<OverviewPage me={me.data} />} />
        <Route path="indicators" element={<IndicatorsPage me={me.data} />} />
        <Route path="entries" element={<EntriesPage me={me.data} />} />
        <Route path="rounds" element={<RoundsPage me={me.data} />} />
        <Route path="meetings" element={<MeetingsPage me={me.data} />} />
        <Route path="petitions" element={<PetitionsPage me={me.data} />} />
        <Route path="consultations" element={<ConsultationsPage me={me.data} />} />
        <Route path="supervision" element={<SupervisionPage me={me.data} />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="reports" element={<ReportsPage me={me.data} />} />
        <Route path="posts" element={<PostsPage me={me.data} />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}

/**
 * antd's defaults with every text colour at 4.5:1 or more on white and on the tags' pale backgrounds (WCAG 2.2 AA,
 * issue 13.8): grey secondary text, placeholders, links and the success/error text are darkened.
 */
const THEME_TOKENS = {
  colorPrimary: '#b71c1c',
  borderRadius: 6,
  colorTextDescription: '#666666',
  colorTextTertiary: '#666666',
  colorTextPlaceholder: '#707070',
  colorLink: '#0958d9',
  colorLinkHover: '#003eb3',
  colorLinkActive: '#002c8c',
  colorSuccess: '#237804',
  colorError: '#cf1322',
};

/**
 * A coloured tag writes in its palette's 7th shade on the 1st: darker shades where that is under 4.5:1. antd derives
 * the palettes after reading the global tokens, so they are set on the component.
 */
const TAG_TOKENS = {
  volcano7: '#ad2102',
  orange7: '#ad4e00',
  gold7: '#874d00',
  yellow7: '#876800',
  lime7: '#3f6600',
  green7: '#237804',
  cyan7: '#006d75',
};

function Themed() {
  const { lang } = useI18n();
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  return (
    <ConfigProvider
      locale={lang === 'vi' ? viVN : enUS}
      theme={{ token: THEME_TOKENS, components: { Tag: TAG_TOKENS } }}
    >
      <AntApp>
        <BrowserRouter basename="/app">
          <Routed />
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Themed />
      </I18nProvider>
    </QueryClientProvider>
  );
}
