import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import type { Locale } from 'antd/es/locale';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense, useEffect, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { useMe } from './lib/auth';
import { AppLayout } from './shell/AppLayout';
import { I18nProvider, useI18n } from './i18n';

// The shell's own pages are fetched as soon as this module runs, beside GET /me, rather than before it:
// the entry keeps only what draws the first frame (kept under 250 KB gzipped, `npm run bench`).
const loadLogin = import('./shell/LoginPage');
const loadHome = import('./modules/today/TodayPage');
const LoginPage = lazy(() => loadLogin.then((m) => ({ default: m.LoginPage })));
const TodayPage = lazy(() => loadHome.then((m) => ({ default: m.TodayPage })));
// Each module's page is its own chunk, fetched when first opened.
const CampaignsPage = lazy(() =>
  import('./modules/campaigns/pages/CampaignsPage').then((m) => ({ default: m.CampaignsPage })),
);
const FundsPage = lazy(() => import('./modules/funds/pages/FundsPage').then((m) => ({ default: m.FundsPage })));
const EvaluationPage = lazy(() =>
  import('./modules/evaluation/pages/EvaluationPage').then((m) => ({ default: m.EvaluationPage })),
);
const ReportFormsPage = lazy(() =>
  import('./modules/report-forms/pages/ReportFormsPage').then((m) => ({ default: m.ReportFormsPage })),
);
const ReportFormPage = lazy(() =>
  import('./modules/report-forms/pages/ReportFormPage').then((m) => ({ default: m.ReportFormPage })),
);
const SubmissionPage = lazy(() =>
  import('./modules/report-forms/pages/SubmissionPage').then((m) => ({ default: m.SubmissionPage })),
);
const HousingPage = lazy(() => import('./modules/housing/pages/HousingPage').then((m) => ({ default: m.HousingPage })));
const HousingCasePage = lazy(() =>
  import('./modules/housing/pages/HousingCasePage').then((m) => ({ default: m.HousingCasePage })),
);
const ReliefPage = lazy(() => import('./modules/relief/pages/ReliefPage').then((m) => ({ default: m.ReliefPage })));
const HouseholdsPage = lazy(() =>
  import('./modules/households/pages/HouseholdsPage').then((m) => ({ default: m.HouseholdsPage })),
);
const MembersPage = lazy(() => import('./modules/members/pages/MembersPage').then((m) => ({ default: m.MembersPage })));
const StructurePage = lazy(() =>
  import('./modules/bodies/pages/StructurePage').then((m) => ({ default: m.StructurePage })),
);
const AuditPage = lazy(() => import('./modules/audit/pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const OrganizationsPage = lazy(() =>
  import('./modules/units/pages/OrganizationsPage').then((m) => ({ default: m.OrganizationsPage })),
);
const UnitsPage = lazy(() => import('./modules/units/pages/UnitsPage').then((m) => ({ default: m.UnitsPage })));
const PortalSettingsPage = lazy(() =>
  import('./modules/units/pages/PortalSettingsPage').then((m) => ({ default: m.PortalSettingsPage })),
);
const UsersPage = lazy(() => import('./modules/users/pages/UsersPage').then((m) => ({ default: m.UsersPage })));
const ProgressPage = lazy(() =>
  import('./modules/targets/pages/ProgressPage').then((m) => ({ default: m.ProgressPage })),
);
const OverviewPage = lazy(() =>
  import('./modules/targets/pages/OverviewPage').then((m) => ({ default: m.OverviewPage })),
);
const IndicatorsPage = lazy(() =>
  import('./modules/targets/pages/IndicatorsPage').then((m) => ({ default: m.IndicatorsPage })),
);
const EntriesPage = lazy(() => import('./modules/targets/pages/EntriesPage').then((m) => ({ default: m.EntriesPage })));
const RoundsPage = lazy(() => import('./modules/targets/pages/RoundsPage').then((m) => ({ default: m.RoundsPage })));
const MeetingsPage = lazy(() =>
  import('./modules/meetings/pages/MeetingsPage').then((m) => ({ default: m.MeetingsPage })),
);
const PetitionsPage = lazy(() =>
  import('./modules/petitions/pages/PetitionsPage').then((m) => ({ default: m.PetitionsPage })),
);
const ConsultationsPage = lazy(() =>
  import('./modules/consultations/pages/ConsultationsPage').then((m) => ({ default: m.ConsultationsPage })),
);
const SupervisionPage = lazy(() =>
  import('./modules/supervision/pages/SupervisionPage').then((m) => ({ default: m.SupervisionPage })),
);
const RegisterPage = lazy(() =>
  import('./modules/register/pages/RegisterPage').then((m) => ({ default: m.RegisterPage })),
);
const ReportsPage = lazy(() => import('./modules/reports/pages/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const FestivalsPage = lazy(() =>
  import('./modules/festival/pages/FestivalsPage').then((m) => ({ default: m.FestivalsPage })),
);
const FestivalPage = lazy(() =>
  import('./modules/festival/pages/FestivalPage').then((m) => ({ default: m.FestivalPage })),
);
const CalendarPage = lazy(() =>
  import('./modules/calendar/pages/CalendarPage').then((m) => ({ default: m.CalendarPage })),
);
const PostsPage = lazy(() => import('./modules/posts/pages/PostsPage').then((m) => ({ default: m.PostsPage })));

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

function Routed() {
  const me = useMe();
  if (me.isLoading) return <Spin fullscreen />;
  if (!me.data)
    return (
      <Suspense fallback={<Spin fullscreen />}>
        <LoginPage />
      </Suspense>
    );
  return (
    <Routes>
      <Route element={<AppLayout me={me.data} />}>
        <Route index element={<TodayPage me={me.data} />} />
        <Route path="units" element={<UnitsPage me={me.data} />} />
        <Route path="organizations" element={<OrganizationsPage me={me.data} />} />
        <Route path="portal-settings" element={<PortalSettingsPage />} />
        <Route path="users" element={<UsersPage me={me.data} />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="campaigns" element={<CampaignsPage me={me.data} />} />
        <Route path="funds" element={<FundsPage me={me.data} />} />
        <Route path="relief" element={<ReliefPage me={me.data} />} />
        <Route path="housing" element={<HousingPage />} />
        <Route path="evaluation" element={<EvaluationPage />} />
        <Route path="report-forms" element={<ReportFormsPage />} />
        <Route path="report-forms/:id" element={<ReportFormPage />} />
        <Route path="report-submissions/:id" element={<SubmissionPage />} />
        <Route path="housing/:id" element={<HousingCasePage />} />
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
        <Route path="festivals" element={<FestivalsPage />} />
        <Route path="festivals/:id" element={<FestivalPage />} />
        <Route path="calendar" element={<CalendarPage />} />
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
  // antd derives the success fills from colorSuccess: from this dark green they came out a muddy #adb8a5, on which
  // an alert's grey text fell to 2.8:1. The default pale fills, with the dark green kept for text and icons.
  colorSuccessBg: '#f6ffed',
  colorSuccessBgHover: '#d9f7be',
  colorSuccessBorder: '#b7eb8f',
  colorSuccessBorderHover: '#95de64',
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

/**
 * A field being typed in or pointed at is outlined in blue, not the brand's red: a red outline reads as an error to
 * someone filling a form.
 */
const FIELD_TOKENS = { activeBorderColor: '#0958d9', hoverBorderColor: '#4096ff', activeShadow: '0 0 0 2px #e6f4ff' };

/** antd's Vietnamese asks "Chọn thời điểm" (a moment) in a date field: we pick a day. */
const viDates: Locale = {
  ...viVN,
  DatePicker: viVN.DatePicker && {
    ...viVN.DatePicker,
    lang: { ...viVN.DatePicker.lang, placeholder: 'Chọn ngày', rangePlaceholder: ['Từ ngày', 'Đến ngày'] },
  },
};

function Themed() {
  const { lang } = useI18n();
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  // antd's English texts, like ours, are fetched only when English is chosen.
  const [enUS, setEnUS] = useState<Locale | null>(null);
  useEffect(() => {
    if (lang === 'en' && !enUS) void import('antd/locale/en_US').then((m) => setEnUS(m.default));
  }, [lang, enUS]);
  return (
    <ConfigProvider
      locale={lang === 'en' && enUS ? enUS : viDates}
      theme={{
        token: THEME_TOKENS,
        components: {
          Tag: TAG_TOKENS,
          Input: FIELD_TOKENS,
          InputNumber: FIELD_TOKENS,
          Select: FIELD_TOKENS,
          DatePicker: FIELD_TOKENS,
        },
      }}
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
