import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemMeta } from '../core/actor';
import { systemContext } from '../core/command';
import { createFrontBody } from '../modules/bodies/commands/create-body';
import { adoptTemplate } from '../modules/calendar/commands/adopt-template';
import { createTemplate } from '../modules/calendar/commands/create-template';
import { createFestival } from '../modules/festival/commands/create-festival';
import { openScorecard } from '../modules/evaluation/commands/open-scorecard';
import { saveCriteriaSet } from '../modules/evaluation/commands/save-criteria-set';
import { saveMeeting } from '../modules/evaluation/commands/save-meeting';
import { writeFund } from '../modules/funds/commands/create-fund';
import { enqueueJob } from '../modules/jobs/commands/enqueue-job';
import { addPerson } from '../modules/members/commands/add-person';
import { admitMember } from '../modules/members/commands/admit-member';
import { createForm } from '../modules/report-forms/commands/create-form';
import { createSubmission } from '../modules/report-forms/commands/create-submission';
import { transitionSubmission } from '../modules/report-forms/commands/transition-submission';
import { createUser } from '../modules/users/commands/create-user';
import {
  ADMIN_PASSWORD,
  PASSWORD,
  createHarness,
  seedWorld,
  type Harness,
  type Items,
  type World,
} from '../testing/harness';

/**
 * Every role × every endpoint of the foundation × four target scopes, relative to the actor's home
 * (commune C1, village V1, organisation O1): its own, a sibling village/organisation in C1,
 * another commune of the same province (C2), and a commune of another province (C3).
 */
type Scope = 'own' | 'sibling' | 'otherCommune' | 'otherProvince';
const SCOPES: Scope[] = ['own', 'sibling', 'otherCommune', 'otherProvince'];
const ROLES = ['admin', 'upper', 'standing', 'org_lead', 'village_lead', 'viewer'] as const;
type Role = (typeof ROLES)[number];
const LOGIN: Record<Role, string> = {
  admin: 'admin',
  upper: 'upper1',
  standing: 'standing1',
  org_lead: 'orglead1',
  village_lead: 'village1',
  viewer: 'viewer1',
};

type Call = { method: string; path: string; body?: unknown };
type Endpoint = {
  name: string;
  target: (w: World, s: Scope) => string | undefined;
  call: (id: string, n: number) => Call;
  /** Expected status per role, in SCOPES order; null where the scope does not apply. */
  expect: Record<Role, (number | null)[]>;
};

const usersAt = (w: World, s: Scope) =>
  ({
    own: w.users.target_own,
    sibling: w.users.target_sibling,
    otherCommune: w.users.target_commune,
    otherProvince: w.users.target_province,
  })[s];
const villageAt = (w: World, s: Scope) => ({ own: w.V1, sibling: w.V2, otherCommune: w.V3, otherProvince: w.V4 })[s].id;
const communeAt = (w: World, s: Scope) =>
  s === 'sibling' ? undefined : { own: w.C1, otherCommune: w.C2, otherProvince: w.C3 }[s].id;
const orgAt = (w: World, s: Scope) => ({ own: w.O1, sibling: w.O2, otherCommune: w.O4, otherProvince: w.O3 })[s].id;
const villageOfUser = (w: World, userId: string) =>
  userId === w.users.target_own
    ? w.V1.id
    : userId === w.users.target_sibling
      ? w.V2.id
      : userId === w.users.target_commune
        ? w.V3.id
        : w.V4.id;

let world: World;
/** A Ban công tác Mặt trận in each of the four villages, made before the matrix runs (issue 14.2). */
const boards = {} as Record<Scope, string>;
/** A membership in each of the four villages, of that village's commune's organisation. */
const members = {} as Record<Scope, string>;
/** A job (an import queued by someone else) on each commune's data (issue 13.3). */
const jobsOf = {} as Record<Scope, string>;
/** A fund of each commune (own C1, C2, C3) and of each province (own P1, otherProvince P2) (issue 16.1). */
const communeFunds = {} as Record<Scope, string>;
const provinceFunds = {} as Record<Scope, string>;
/** The goods warehouse (issue 16.6) is a commune fund's; none for the sibling scope (a fund is a commune's). */
const fundAt = (_w: World, s: Scope) => (s === 'sibling' ? undefined : communeFunds[s]);
/** A festival in each of the four villages; the province calendars (P1: own, P2: otherProvince), adopted by C1, C2, C3. */
const festivalsAt = {} as Record<Scope, string>;
const templates = {} as Record<'own' | 'otherProvince', string>;
const templateOfCommune = new Map<string, string>();
/** The festival task of each village, made by its commune's adoption. */
const villageTasks = {} as Record<Scope, string>;
const NOWHERE = '00000000-0000-4000-8000-000000000000';
/** The evaluation (issue 15.4): a village meeting and a village scorecard in each village, a commune criteria set of each province. */
const evalMeetings = {} as Record<Scope, string>;
const evalCards = {} as Record<Scope, string>;
const evalSets = {} as Record<Scope, string>;
const EVAL_MEETING = {
  heldOn: '2025-12-05',
  place: 'Nhà văn hóa',
  attendance: 30,
  chairName: 'Trưởng ban',
  secretaryName: 'Thư ký',
  results: [],
};
const EVAL_SET = {
  title: 'Xã tiêu biểu',
  passScore: 5,
  groups: [{ title: 'Nhóm', maxPoints: 10, criteria: [{ title: 'Tiêu chí', maxPoints: 10 }] }],
};
/** Read a village's evaluation records: the village itself, its commune, its province. */
const EVAL_READ = {
  admin: [200, 200, 200, 200],
  upper: [200, 200, 200, 404],
  standing: [200, 200, 404, 404],
  org_lead: [404, 404, 404, 404],
  village_lead: [200, 404, 404, 404],
  viewer: [200, 200, 404, 404],
};
/** Write at a village: its head or its commune's standing committee; the province reads but does not write. */
const evalWrite = (ok: number) => ({
  admin: [ok, ok, ok, ok],
  upper: [403, 403, 403, 404],
  standing: [ok, ok, 404, 404],
  org_lead: [404, 404, 404, 404],
  village_lead: [ok, 404, 404, 404],
  viewer: [403, 403, 404, 404],
});
const driveIn = (id: string, n: number): Call => ({
  method: 'POST',
  path: '/api/v1/drives',
  body: { fundId: id, name: `Đợt ${n}`, from: '2024-09-01', to: '2024-12-31' },
});
/** Report forms (issue 15.1–3): a weekly form of each province, filled by villages; a draft and a submitted report per village. */
const rfForms = {} as Record<'own' | 'otherProvince', string>;
const rfDrafts = {} as Record<Scope, string>;
const rfSubmitted = {} as Record<Scope, string>;
const rfFormAt = (_w: World, s: Scope) => (s === 'own' || s === 'otherProvince' ? rfForms[s] : undefined);
/** A distinct week per call, so no two calls of the matrix start the same unit's report for the same period. */
const weekOf = (n: number) => `${1900 + Math.floor(n / 52)}-W${String((n % 52) + 1).padStart(2, '0')}`;
const reportFormEndpoints: Endpoint[] = [
  {
    name: 'POST /report-forms (a commune’s form for its villages)',
    target: communeAt,
    call: (id, n) => ({
      method: 'POST',
      path: '/api/v1/report-forms',
      body: {
        ownerUnitId: id,
        title: `Biểu ${n}`,
        periodKind: 'month',
        fillers: 'village',
        fields: [{ key: 'a', label: 'A', type: 'count' }],
      },
    }),
    expect: {
      admin: [201, null, 201, 201],
      upper: [403, null, 403, 404],
      standing: [201, null, 404, 404],
      org_lead: [404, null, 404, 404],
      village_lead: [404, null, 404, 404],
      viewer: [403, null, 404, 404],
    },
  },
  {
    name: 'POST /report-submissions (a village’s report)',
    target: (w, s) => `${rfForms[s === 'otherProvince' ? 'otherProvince' : 'own']}|${villageAt(w, s)}`,
    call: (id, n) => {
      const [formId, unitId] = id.split('|');
      return {
        method: 'POST',
        path: '/api/v1/report-submissions',
        body: { formId, unitId, period: weekOf(n), values: { a: 1 } },
      };
    },
    expect: {
      admin: [201, 201, 201, 201],
      upper: [403, 403, 403, 404],
      standing: [201, 201, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [201, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'GET /report-submissions/{id} (a draft: never the level above)',
    target: (_w, s) => rfDrafts[s],
    call: (id) => ({ method: 'GET', path: `/api/v1/report-submissions/${id}` }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [404, 404, 404, 404],
      standing: [200, 200, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [200, 404, 404, 404],
      viewer: [200, 200, 404, 404],
    },
  },
  {
    name: 'GET /report-submissions/{id} (submitted)',
    target: (_w, s) => rfSubmitted[s],
    call: (id) => ({ method: 'GET', path: `/api/v1/report-submissions/${id}` }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [200, 200, 200, 404],
      standing: [200, 200, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [200, 404, 404, 404],
      viewer: [200, 200, 404, 404],
    },
  },
  {
    name: 'PATCH /report-submissions/{id} (a draft)',
    target: (_w, s) => rfDrafts[s],
    call: (id, n) => ({ method: 'PATCH', path: `/api/v1/report-submissions/${id}`, body: { values: { a: n } } }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [404, 404, 404, 404],
      standing: [200, 200, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [200, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    // Returning without a comment: a reviewer gets 422 and nothing changes, so every role meets the same report.
    name: 'POST /report-submissions/{id}/transitions (review)',
    target: (_w, s) => rfSubmitted[s],
    call: (id) => ({ method: 'POST', path: `/api/v1/report-submissions/${id}/transitions`, body: { to: 'returned' } }),
    expect: {
      admin: [422, 422, 422, 422],
      upper: [403, 403, 403, 404],
      standing: [422, 422, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [403, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    // No mail in this harness: whoever may remind learns so (409); the others are refused first.
    name: 'POST /report-forms/{id}/reminders',
    target: rfFormAt,
    call: (id) => ({ method: 'POST', path: `/api/v1/report-forms/${id}/reminders`, body: { period: '2024-W02' } }),
    expect: {
      admin: [409, null, null, 409],
      upper: [409, null, null, 404],
      standing: [409, null, null, 404],
      org_lead: [403, null, null, 404],
      village_lead: [403, null, null, 404],
      viewer: [403, null, null, 404],
    },
  },
  ...(['completeness?period=2024-W02', 'grid?from=2024-W01&to=2024-W10', 'export.xlsx?period=2024-W02'] as const).map(
    (q): Endpoint => ({
      name: `GET /report-forms/{id}/${q.split('?')[0]}`,
      target: rfFormAt,
      call: (id) => ({ method: 'GET', path: `/api/v1/report-forms/${id}/${q}` }),
      expect: {
        admin: [200, null, null, 200],
        upper: [200, null, null, 404],
        standing: [200, null, null, 404],
        org_lead: [200, null, null, 404],
        village_lead: [200, null, null, 404],
        viewer: [200, null, null, 404],
      },
    }),
  ),
];
const ENDPOINTS: Endpoint[] = [
  ...reportFormEndpoints,
  {
    name: 'GET /festivals/{id}',
    target: (_w, s) => festivalsAt[s],
    call: (id) => ({ method: 'GET', path: `/api/v1/festivals/${id}` }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [200, 200, 200, 404],
      standing: [200, 200, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [200, 404, 404, 404],
      viewer: [200, 200, 404, 404],
    },
  },
  {
    name: 'GET /festivals/{id}/report.docx',
    target: (_w, s) => festivalsAt[s],
    call: (id) => ({ method: 'GET', path: `/api/v1/festivals/${id}/report.docx` }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [200, 200, 200, 404],
      standing: [200, 200, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [200, 404, 404, 404],
      viewer: [200, 200, 404, 404],
    },
  },
  {
    name: 'POST /festivals/{id}/report/issue (a future date: 422 once allowed)',
    target: (_w, s) => festivalsAt[s],
    call: (id) => ({ method: 'POST', path: `/api/v1/festivals/${id}/report/issue`, body: { date: '2999-01-01' } }),
    expect: {
      admin: [422, 422, 422, 422],
      upper: [403, 403, 403, 404],
      standing: [422, 422, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [422, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'POST /festivals (a village’s plan)',
    target: villageAt,
    call: (id, n) => ({
      method: 'POST',
      path: '/api/v1/festivals',
      body: { villageId: id, date: `${2100 + n}-11-10`, place: 'Nhà văn hóa' },
    }),
    expect: {
      admin: [201, 201, 201, 201],
      upper: [403, 403, 403, 404],
      standing: [201, 201, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [201, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'PATCH /festivals/{id}',
    target: (_w, s) => festivalsAt[s],
    call: (id, n) => ({ method: 'PATCH', path: `/api/v1/festivals/${id}`, body: { place: `Nhà văn hóa ${n}` } }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [403, 403, 403, 404],
      standing: [200, 200, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [200, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'POST /festivals/{id}/commendations',
    target: (_w, s) => festivalsAt[s],
    call: (id) => ({
      method: 'POST',
      path: `/api/v1/festivals/${id}/commendations`,
      body: { kind: 'person', name: 'Nguyễn Văn A', reason: 'Tiêu biểu' },
    }),
    expect: {
      admin: [201, 201, 201, 201],
      upper: [403, 403, 403, 404],
      standing: [201, 201, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [201, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'POST /festivals/{id}/news-post',
    target: (_w, s) => festivalsAt[s],
    call: (id) => ({ method: 'POST', path: `/api/v1/festivals/${id}/news-post` }),
    expect: {
      admin: [201, 201, 201, 201],
      upper: [403, 403, 403, 404],
      standing: [201, 201, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [201, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'GET /calendar-templates/{id} (a province’s year)',
    target: (_w, s) => (s === 'own' || s === 'otherProvince' ? templates[s] : undefined),
    call: (id) => ({ method: 'GET', path: `/api/v1/calendar-templates/${id}` }),
    expect: {
      admin: [200, null, null, 200],
      upper: [200, null, null, 404],
      standing: [200, null, null, 404],
      org_lead: [404, null, null, 404],
      village_lead: [200, null, null, 404],
      viewer: [200, null, null, 404],
    },
  },
  {
    name: 'POST /calendar-templates/{id}/items',
    target: (_w, s) => (s === 'own' || s === 'otherProvince' ? templates[s] : undefined),
    call: (id) => ({
      method: 'POST',
      path: `/api/v1/calendar-templates/${id}/items`,
      body: { title: 'Việc', kind: 'event', startDate: '2025-05-01', endDate: '2025-05-02', audiences: ['commune'] },
    }),
    expect: {
      admin: [201, null, null, 201],
      upper: [201, null, null, 404],
      standing: [403, null, null, 404],
      org_lead: [404, null, null, 404],
      village_lead: [403, null, null, 404],
      viewer: [403, null, null, 404],
    },
  },
  {
    name: 'POST /calendar-templates/{id}/adoptions (for a commune)',
    target: communeAt,
    call: (id) => ({
      method: 'POST',
      path: `/api/v1/calendar-templates/${templateOfCommune.get(id)}/adoptions`,
      body: { communeId: id },
    }),
    expect: {
      admin: [200, null, 200, 200],
      upper: [403, null, 403, 404],
      standing: [200, null, 404, 404],
      org_lead: [404, null, 404, 404],
      village_lead: [403, null, 404, 404],
      viewer: [403, null, 404, 404],
    },
  },
  {
    name: 'POST /calendar-tasks/{id}/done (a village’s task)',
    target: (_w, s) => villageTasks[s],
    call: (id, n) => ({ method: 'POST', path: `/api/v1/calendar-tasks/${id}/done`, body: { done: n % 2 === 0 } }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [403, 403, 403, 404],
      standing: [200, 200, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [200, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'GET /evaluation-villages (a village’s registered households and results)',
    target: villageAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/evaluation-villages?villageId=${id}&year=2025` }),
    expect: EVAL_READ,
  },
  {
    name: 'POST /evaluation-registrations',
    target: villageAt,
    call: (id) => ({
      method: 'POST',
      path: '/api/v1/evaluation-registrations',
      body: { villageId: id, year: 2025, registeredOn: '2025-01-10' },
    }),
    expect: evalWrite(201),
  },
  {
    name: 'PATCH /evaluation-meetings/{id} (results of a village meeting)',
    target: (_w, s) => evalMeetings[s],
    call: (id) => ({ method: 'PATCH', path: `/api/v1/evaluation-meetings/${id}`, body: EVAL_MEETING }),
    expect: evalWrite(200),
  },
  {
    name: 'GET /evaluation-meetings/{id}/minutes.docx',
    target: (_w, s) => evalMeetings[s],
    call: (id) => ({ method: 'GET', path: `/api/v1/evaluation-meetings/${id}/minutes.docx` }),
    expect: EVAL_READ,
  },
  {
    name: 'POST /evaluation-meetings/{id}/confirm (a future date: 422 once allowed)',
    target: (_w, s) => evalMeetings[s],
    call: (id) => ({ method: 'POST', path: `/api/v1/evaluation-meetings/${id}/confirm`, body: { date: '2999-01-01' } }),
    expect: {
      admin: [422, 422, 422, 422],
      upper: [403, 403, 403, 404],
      standing: [422, 422, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [403, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'PUT /evaluation-criteria-sets/{id} (a province’s set)',
    target: (_w, s) => evalSets[s],
    call: (id) => ({ method: 'PUT', path: `/api/v1/evaluation-criteria-sets/${id}`, body: EVAL_SET }),
    expect: {
      admin: [200, null, null, 200],
      upper: [200, null, null, 404],
      standing: [403, null, null, 404],
      org_lead: [404, null, null, 404],
      village_lead: [403, null, null, 404],
      viewer: [403, null, null, 404],
    },
  },
  {
    name: 'GET /evaluation-scorecards/{id}',
    target: (_w, s) => evalCards[s],
    call: (id) => ({ method: 'GET', path: `/api/v1/evaluation-scorecards/${id}` }),
    expect: EVAL_READ,
  },
  {
    name: 'PUT /evaluation-scorecards/{id}/scores (a village’s card while with the village)',
    target: (_w, s) => evalCards[s],
    call: (id) => ({ method: 'PUT', path: `/api/v1/evaluation-scorecards/${id}/scores`, body: { scores: [] } }),
    expect: evalWrite(200),
  },
  {
    name: 'POST /evaluation-scorecards/{id}/transitions (approve before submit: 409 for its holder)',
    target: (_w, s) => evalCards[s],
    call: (id) => ({
      method: 'POST',
      path: `/api/v1/evaluation-scorecards/${id}/transitions`,
      body: { action: 'approve' },
    }),
    expect: evalWrite(409),
  },
  {
    name: 'GET /funds/{id}/goods (a fund’s stock in kind)',
    target: fundAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/funds/${id}/goods` }),
    expect: {
      admin: [200, null, 200, 200],
      upper: [200, null, 200, 404],
      standing: [200, null, 404, 404],
      org_lead: [403, null, 404, 404],
      village_lead: [200, null, 404, 404],
      viewer: [200, null, 404, 404],
    },
  },
  {
    name: 'POST /funds/{id}/goods/receipts',
    target: fundAt,
    call: (id) => ({
      method: 'POST',
      path: `/api/v1/funds/${id}/goods/receipts`,
      body: { date: '2024-09-10', donorName: 'Nhà hảo tâm', lines: [{ name: 'Gạo', unit: 'kg', quantity: 1 }] },
    }),
    expect: {
      admin: [201, null, 201, 201],
      upper: [403, null, 403, 404],
      standing: [201, null, 404, 404],
      org_lead: [403, null, 404, 404],
      village_lead: [403, null, 404, 404],
      viewer: [403, null, 404, 404],
    },
  },
  {
    name: 'GET /funds/{id}/goods/issues (a page of a warehouse’s slips; a village head’s to their village)',
    target: fundAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/funds/${id}/goods/issues?limit=5` }),
    expect: {
      admin: [200, null, 200, 200],
      upper: [200, null, 200, 404],
      standing: [200, null, 404, 404],
      org_lead: [403, null, 404, 404],
      village_lead: [200, null, 404, 404],
      viewer: [200, null, 404, 404],
    },
  },
  {
    name: 'GET /funds/{id}/goods/receipts (a village head sees no receipts in kind)',
    target: fundAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/funds/${id}/goods/receipts` }),
    expect: {
      admin: [200, null, 200, 200],
      upper: [200, null, 200, 404],
      standing: [200, null, 404, 404],
      org_lead: [403, null, 404, 404],
      village_lead: [403, null, 404, 404],
      viewer: [200, null, 404, 404],
    },
  },
  {
    name: "GET /funds/{id}/allocation-recipients (a province's own fund: its managers only)",
    target: (_w, s) => provinceFunds[s],
    call: (id) => ({ method: 'GET', path: `/api/v1/funds/${id}/allocation-recipients` }),
    expect: {
      admin: [200, null, null, 200],
      upper: [200, null, null, 404],
      standing: [404, null, null, 404],
      org_lead: [404, null, null, 404],
      village_lead: [404, null, null, 404],
      viewer: [404, null, null, 404],
    },
  },
  {
    name: "GET /funds/{id}/allocation-recipients (a commune's fund: read by the province, managed by the commune)",
    target: fundAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/funds/${id}/allocation-recipients` }),
    expect: {
      admin: [200, null, 200, 200],
      upper: [403, null, 403, 404],
      standing: [200, null, 404, 404],
      org_lead: [403, null, 404, 404],
      village_lead: [403, null, 404, 404],
      viewer: [403, null, 404, 404],
    },
  },
  {
    name: "GET /funds/{id}/balance (a province's own fund)",
    target: (_w, s) => provinceFunds[s],
    call: (id) => ({ method: 'GET', path: `/api/v1/funds/${id}/balance` }),
    expect: {
      admin: [200, null, null, 200],
      upper: [200, null, null, 404],
      standing: [404, null, null, 404],
      org_lead: [404, null, null, 404],
      village_lead: [404, null, null, 404],
      viewer: [404, null, null, 404],
    },
  },
  {
    name: "POST /drives (in a province's own fund)",
    target: (_w, s) => provinceFunds[s],
    call: driveIn,
    expect: {
      admin: [201, null, null, 201],
      upper: [201, null, null, 404],
      standing: [404, null, null, 404],
      org_lead: [404, null, null, 404],
      village_lead: [404, null, null, 404],
      viewer: [404, null, null, 404],
    },
  },
  {
    name: "POST /drives (in a commune's fund: the province reads, never manages it)",
    target: (_w, s) => communeFunds[s],
    call: driveIn,
    expect: {
      admin: [201, null, 201, 201],
      upper: [403, null, 403, 404],
      standing: [201, null, 404, 404],
      org_lead: [403, null, 404, 404],
      village_lead: [403, null, 404, 404],
      viewer: [403, null, 404, 404],
    },
  },
  {
    name: 'GET /jobs/{id} (queued by another user)',
    target: (_w, s) => (s === 'sibling' ? undefined : jobsOf[s]),
    call: (id) => ({ method: 'GET', path: `/api/v1/jobs/${id}` }),
    expect: {
      admin: [200, null, 200, 200],
      upper: [200, null, 200, 404],
      standing: [200, null, 404, 404],
      org_lead: [404, null, 404, 404],
      village_lead: [404, null, 404, 404],
      viewer: [200, null, 404, 404],
    },
  },
  {
    name: 'GET /units/{id}',
    target: villageAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/units/${id}` }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [200, 200, 200, 404],
      standing: [200, 200, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [200, 404, 404, 404],
      viewer: [200, 200, 404, 404],
    },
  },
  {
    name: 'PATCH /units/{id}',
    target: villageAt,
    call: (id, n) => ({ method: 'PATCH', path: `/api/v1/units/${id}`, body: { settings: { phone: `0900 000 ${n}` } } }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [200, 200, 200, 404],
      standing: [200, 200, 404, 404],
      org_lead: [404, 404, 404, 404],
      village_lead: [403, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'DELETE /units/{id}/logo (a commune’s portal emblem)',
    target: communeAt,
    call: (id) => ({ method: 'DELETE', path: `/api/v1/units/${id}/logo` }),
    expect: {
      admin: [200, null, 200, 200],
      upper: [200, null, 200, 404],
      standing: [200, null, 404, 404],
      org_lead: [403, null, 404, 404],
      village_lead: [404, null, 404, 404],
      viewer: [403, null, 404, 404],
    },
  },
  {
    name: 'POST /units (a village under a commune)',
    target: communeAt,
    call: (id, n) => ({
      method: 'POST',
      path: '/api/v1/units',
      body: { level: 'village', name: `Thôn mới ${n}`, parentId: id, kind: 'thôn' },
    }),
    expect: {
      admin: [201, null, 201, 201],
      upper: [201, null, 201, 404],
      standing: [201, null, 404, 404],
      org_lead: [403, null, 404, 404],
      village_lead: [404, null, 404, 404],
      viewer: [403, null, 404, 404],
    },
  },
  {
    name: 'POST /units/{id}/children (villages under a commune, in bulk)',
    target: communeAt,
    call: (id, n) => ({
      method: 'POST',
      path: `/api/v1/units/${id}/children`,
      body: {
        items: [
          { name: `Thôn loạt ${n}`, kind: 'thôn' },
          { name: `Tổ dân phố loạt ${n}`, kind: 'tổ dân phố' },
        ],
      },
    }),
    expect: {
      admin: [201, null, 201, 201],
      upper: [201, null, 201, 404],
      standing: [201, null, 404, 404],
      org_lead: [403, null, 404, 404],
      village_lead: [404, null, 404, 404],
      viewer: [403, null, 404, 404],
    },
  },
  {
    name: 'POST /organizations',
    target: communeAt,
    call: (id, n) => ({
      method: 'POST',
      path: '/api/v1/organizations',
      body: { communeId: id, name: `Hội mới ${n}`, shortName: `HM${n}` },
    }),
    expect: {
      admin: [201, null, 201, 201],
      upper: [201, null, 201, 404],
      standing: [201, null, 404, 404],
      org_lead: [403, null, 404, 404],
      village_lead: [403, null, 404, 404],
      viewer: [403, null, 404, 404],
    },
  },
  {
    name: 'GET /organizations/{id}',
    target: orgAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/organizations/${id}` }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [200, 200, 200, 404],
      standing: [200, 200, 404, 404],
      org_lead: [200, 200, 404, 404],
      village_lead: [200, 200, 404, 404],
      viewer: [200, 200, 404, 404],
    },
  },
  {
    name: 'PATCH /organizations/{id}',
    target: orgAt,
    call: (id) => ({ method: 'PATCH', path: `/api/v1/organizations/${id}`, body: { active: true } }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [200, 200, 200, 404],
      standing: [200, 200, 404, 404],
      org_lead: [403, 403, 404, 404],
      village_lead: [403, 403, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'POST /users (a village head)',
    target: villageAt,
    call: (id, n) => ({
      method: 'POST',
      path: '/api/v1/users',
      body: {
        username: `new${n}`,
        password: 'New-Password-1',
        fullName: `Người mới ${n}`,
        roles: [{ role: 'village_lead', unitId: id }],
      },
    }),
    expect: {
      admin: [201, 201, 201, 201],
      upper: [201, 201, 201, 404],
      standing: [201, 201, 404, 404],
      org_lead: [403, 403, 403, 403],
      village_lead: [403, 403, 403, 403],
      viewer: [403, 403, 403, 403],
    },
  },
  {
    name: 'POST /people (a person of a village)',
    target: villageAt,
    call: (id, n) => ({ method: 'POST', path: '/api/v1/people', body: { fullName: `Người số ${n}`, villageId: id } }),
    expect: {
      admin: [201, 201, 201, 201],
      upper: [403, 403, 403, 404],
      standing: [201, 201, 404, 404],
      org_lead: [201, 201, 404, 404],
      village_lead: [201, 403, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'GET /members/counts (of a village)',
    target: villageAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/members/counts?unitId=${id}&asOf=2026-01-01` }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [200, 200, 200, 404],
      standing: [200, 200, 404, 404],
      org_lead: [200, 200, 404, 404],
      village_lead: [200, 200, 404, 404],
      viewer: [200, 200, 404, 404],
    },
  },
  {
    name: 'POST /branches (of an organisation)',
    target: orgAt,
    call: (id, n) => ({ method: 'POST', path: '/api/v1/branches', body: { organizationId: id, name: `Chi hội ${n}` } }),
    expect: {
      admin: [201, 201, 201, 201],
      upper: [403, 403, 403, 404],
      standing: [201, 201, 404, 404],
      org_lead: [201, 403, 404, 404],
      village_lead: [403, 403, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'POST /bodies (a Ban Giám sát đầu tư of a commune)',
    target: communeAt,
    call: (id, n) => ({
      method: 'POST',
      path: '/api/v1/bodies',
      body: {
        unitId: id,
        kind: 'investment_supervision',
        project: `Công trình số ${n}`,
        termFrom: 2025,
        termTo: 2026,
        members: [{ fullName: `Trưởng ban ${n}`, position: 'head' }],
      },
    }),
    expect: {
      admin: [201, null, 201, 201],
      upper: [403, null, 403, 404],
      standing: [201, null, 404, 404],
      org_lead: [403, null, 404, 404],
      village_lead: [403, null, 404, 404],
      viewer: [403, null, 404, 404],
    },
  },
  {
    name: 'POST /bodies/{id}/members (a village board)',
    target: (_w, s) => boards[s],
    call: (id, n) => ({
      method: 'POST',
      path: `/api/v1/bodies/${id}/members`,
      body: { fullName: `Ủy viên ${n}`, position: 'member' },
    }),
    expect: {
      admin: [201, 201, 201, 201],
      upper: [403, 403, 403, 404],
      standing: [201, 201, 404, 404],
      org_lead: [403, 403, 404, 404],
      village_lead: [201, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'GET /bodies/{id} (a village board)',
    target: (_w, s) => boards[s],
    call: (id) => ({ method: 'GET', path: `/api/v1/bodies/${id}` }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [200, 200, 200, 404],
      standing: [200, 200, 404, 404],
      org_lead: [200, 200, 404, 404],
      village_lead: [200, 404, 404, 404],
      viewer: [200, 200, 404, 404],
    },
  },
  {
    name: 'GET /front-structure (of a commune)',
    target: communeAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/front-structure?communeId=${id}` }),
    expect: {
      admin: [200, null, 200, 200],
      upper: [200, null, 200, 404],
      standing: [200, null, 404, 404],
      org_lead: [200, null, 404, 404],
      village_lead: [200, null, 404, 404],
      viewer: [200, null, 404, 404],
    },
  },
  {
    name: 'GET /bodies (of a village)',
    target: villageAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/bodies?unitId=${id}` }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [200, 200, 200, 404],
      standing: [200, 200, 404, 404],
      org_lead: [200, 200, 404, 404],
      village_lead: [200, 200, 404, 404],
      viewer: [200, 200, 404, 404],
    },
  },
  ...(['sessions', 'terms'] as const).map(
    (what): Endpoint => ({
      // Authorised callers get to the rules (a 422: an unknown member, a term not after the current one).
      name: `POST /bodies/{id}/${what} (a village board)`,
      target: (_w, s) => boards[s],
      call: (id) => ({
        method: 'POST',
        path: `/api/v1/bodies/${id}/${what}`,
        body:
          what === 'sessions'
            ? { heldOn: '2025-01-01', title: 'Họp', attendance: [{ memberId: NOWHERE, present: true }] }
            : { termFrom: 2000, termTo: 2004, electedOn: '2000-01-01' },
      }),
      expect: {
        admin: [422, 422, 422, 422],
        upper: [403, 403, 403, 404],
        standing: [422, 422, 404, 404],
        org_lead: [403, 403, 404, 404],
        village_lead: [422, 404, 404, 404],
        viewer: [403, 403, 404, 404],
      },
    }),
  ),
  {
    // Authorised callers get to the rules: a transfer dated before joining is a 422.
    name: 'POST /memberships/{id}/transfers (a member of a village)',
    target: (_w, s) => members[s],
    call: (id) => ({
      method: 'POST',
      path: `/api/v1/memberships/${id}/transfers`,
      body: { on: '2000-01-01', toCommuneId: NOWHERE },
    }),
    expect: {
      admin: [422, 422, 422, 422],
      upper: [403, 403, 403, 404],
      standing: [422, 422, 404, 404],
      org_lead: [422, 422, 404, 404],
      village_lead: [422, 404, 404, 404],
      viewer: [403, 403, 404, 404],
    },
  },
  {
    name: 'GET /memberships/export.xlsx (of a village)',
    target: villageAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/memberships/export.xlsx?villageId=${id}` }),
    expect: {
      admin: [200, 200, 200, 200],
      upper: [200, 200, 200, 404],
      standing: [200, 200, 404, 404],
      org_lead: [200, 200, 404, 404],
      village_lead: [200, 200, 404, 404],
      viewer: [200, 200, 404, 404],
    },
  },
  {
    name: 'GET /membership-transfers (of a commune)',
    target: communeAt,
    call: (id) => ({ method: 'GET', path: `/api/v1/membership-transfers?communeId=${id}` }),
    expect: {
      admin: [200, null, 200, 200],
      upper: [200, null, 200, 404],
      standing: [200, null, 404, 404],
      org_lead: [200, null, 404, 404],
      village_lead: [200, null, 404, 404],
      viewer: [200, null, 404, 404],
    },
  },
  ...(['GET', 'PUT roles', 'PUT email', 'POST disable', 'POST enable', 'POST password'] as const).map(
    (kind): Endpoint => ({
      name: `${kind} /users/{id}`,
      target: usersAt,
      call: (id) =>
        kind === 'GET'
          ? { method: 'GET', path: `/api/v1/users/${id}` }
          : kind === 'PUT roles'
            ? {
                method: 'PUT',
                path: `/api/v1/users/${id}/roles`,
                body: { roles: [{ role: 'village_lead', unitId: villageOfUser(world, id) }] },
              }
            : kind === 'PUT email'
              ? { method: 'PUT', path: `/api/v1/users/${id}/email`, body: { email: 'nguoi@example.vn' } }
              : kind === 'POST password'
                ? { method: 'POST', path: `/api/v1/users/${id}/password`, body: { newPassword: 'Reset-Password-1' } }
                : { method: 'POST', path: `/api/v1/users/${id}/${kind === 'POST disable' ? 'disable' : 'enable'}` },
      expect: {
        admin: [200, 200, 200, 200],
        upper: [200, 200, 200, 404],
        standing: [200, 200, 404, 404],
        org_lead: [404, 404, 404, 404],
        village_lead: [404, 404, 404, 404],
        viewer: [404, 404, 404, 404],
      },
    }),
  ),
];

let h: Harness;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  h = await createHarness();
  world = await seedWorld(h.db);
  for (const scope of SCOPES) {
    const board = await createFrontBody(systemContext(h.db), {
      unitId: villageAt(world, scope),
      kind: 'village_board',
      termFrom: 2024,
      termTo: 2029,
      members: [{ fullName: 'Trưởng ban', position: 'head' }],
    });
    boards[scope] = board.id;
    const person = await addPerson(systemContext(h.db), { fullName: 'Hội viên', villageId: villageAt(world, scope) });
    const m = await admitMember(systemContext(h.db), {
      personId: person.id,
      organizationId: orgAt(world, scope === 'sibling' ? 'own' : scope),
      joinedOn: '2024-01-01',
    });
    members[scope] = m.id;
    const commune = { own: world.C1, sibling: world.C1, otherCommune: world.C2, otherProvince: world.C3 }[scope];
    const asker = { ...systemContext(h.db).actor, id: world.users.target_own, username: 'target_own' };
    const job = await enqueueJob({ db: h.db, actor: asker, meta: systemMeta }, h.storageDir, {
      kind: 'members.import',
      communeId: commune.id,
      scopePath: commune.path,
      input: {},
    });
    jobsOf[scope] = job.id;
  }
  for (const [scope, unit] of [
    ['own', world.C1],
    ['otherCommune', world.C2],
    ['otherProvince', world.C3],
  ] as const)
    communeFunds[scope] = (await writeFund(h.db, systemMeta, unit, { name: 'Quỹ Cứu trợ' })).id;
  for (const [scope, unit] of [
    ['own', world.P1],
    ['otherProvince', world.P2],
  ] as const)
    provinceFunds[scope] = (await writeFund(h.db, systemMeta, unit, { name: 'Quỹ Cứu trợ tỉnh' })).id;
  for (const scope of SCOPES)
    festivalsAt[scope] = (
      await createFestival(systemContext(h.db), {
        villageId: villageAt(world, scope),
        date: '2025-11-15',
        place: 'Nhà văn hóa thôn',
      })
    ).id;
  templates.own = (await createTemplate(systemContext(h.db), { provinceId: world.P1.id, year: 2025 })).id;
  templates.otherProvince = (await createTemplate(systemContext(h.db), { provinceId: world.P2.id, year: 2025 })).id;
  for (const [c, tpl] of [
    [world.C1, templates.own],
    [world.C2, templates.own],
    [world.C3, templates.otherProvince],
  ] as const) {
    templateOfCommune.set(c.id, tpl);
    await adoptTemplate(systemContext(h.db), tpl, c.id);
  }
  for (const scope of SCOPES) {
    const rows = await h.db.execute<{ id: string }>(
      sql`select id from calendar_tasks where assignee_id = ${villageAt(world, scope)} and title like 'Ngày hội%'`,
    );
    villageTasks[scope] = String((rows as unknown as { rows: { id: string }[] }).rows[0]?.id);
  }
  const ctx = systemContext(h.db);
  const villageSets = {} as Record<'P1' | 'P2', string>;
  for (const p of ['P1', 'P2'] as const) {
    const base = { provinceId: world[p].id, year: 2025 };
    villageSets[p] = (await saveCriteriaSet(ctx, { ...base, target: 'village', ...EVAL_SET })).id;
    evalSets[p === 'P1' ? 'own' : 'otherProvince'] = (
      await saveCriteriaSet(ctx, { ...base, target: 'commune', ...EVAL_SET })
    ).id;
  }
  for (const scope of SCOPES) {
    const villageId = villageAt(world, scope);
    evalMeetings[scope] = (await saveMeeting(ctx, { villageId, year: 2025, ...EVAL_MEETING })).id;
    const setId = villageSets[scope === 'otherProvince' ? 'P2' : 'P1'];
    evalCards[scope] = (await openScorecard(ctx, { setId, unitId: villageId })).id;
  }
  for (const [scope, province] of [
    ['own', world.P1],
    ['otherProvince', world.P2],
  ] as const) {
    const form = await createForm(systemContext(h.db), {
      ownerUnitId: province.id,
      title: 'Báo cáo tuần',
      periodKind: 'week',
      fillers: ['village'],
      fields: [{ key: 'a', label: 'A', type: 'count' }],
    });
    rfForms[scope] = form.id;
  }
  for (const scope of SCOPES) {
    const formId = rfForms[scope === 'otherProvince' ? 'otherProvince' : 'own'];
    const unitId = villageAt(world, scope);
    const draft = await createSubmission(systemContext(h.db), { formId, unitId, period: '2024-W01', values: { a: 1 } });
    rfDrafts[scope] = draft.id;
    const sent = await createSubmission(systemContext(h.db), { formId, unitId, period: '2024-W02', values: { a: 2 } });
    await transitionSubmission(systemContext(h.db), sent.id, { to: 'submitted' });
    rfSubmitted[scope] = sent.id;
  }
  for (const r of ROLES) tokens[r] = await h.login(LOGIN[r], r === 'admin' ? ADMIN_PASSWORD : undefined);
});
afterAll(async () => h?.close());

describe('authorisation matrix', () => {
  let n = 0;
  for (const ep of ENDPOINTS) {
    for (const role of ROLES) {
      it(`${role} · ${ep.name}`, async () => {
        const got: (number | null)[] = [];
        for (const scope of SCOPES) {
          const id = ep.target(world, scope);
          if (id === undefined) {
            got.push(null);
            continue;
          }
          const call = ep.call(id, ++n);
          const res = await h.request(call.method, call.path, { token: tokens[role], body: call.body });
          got.push(res.status);
        }
        expect(got).toEqual(ep.expect[role]);
      });
    }
  }
});

describe('list endpoints return nothing from outside the caller’s scope', () => {
  const lists = ['/api/v1/units', '/api/v1/organizations', '/api/v1/users', '/api/v1/audit?limit=500'];
  for (const role of ROLES) {
    it(role, async () => {
      const w = world;
      // What each role must never see: another province always (except admin); another commune for commune-level roles.
      const foreignUnits =
        role === 'admin' ? [] : role === 'upper' ? [w.P2, w.C3, w.V4] : [w.P2, w.C3, w.V4, w.C2, w.V3, w.P1];
      const foreignOrgs = role === 'admin' ? [] : role === 'upper' ? [w.O3] : [w.O3, w.O4];
      const foreignUsers =
        role === 'admin'
          ? []
          : role === 'upper'
            ? [w.users.target_province]
            : [w.users.target_province, w.users.target_commune, w.users.upper1];
      const forbiddenIds = new Set<string>([
        ...foreignUnits.map((u) => u.id),
        ...foreignOrgs.map((o) => o.id),
        ...(foreignUsers as string[]),
      ]);
      for (const path of lists) {
        const res = await h.request('GET', path, { token: tokens[role] });
        if (path.startsWith('/api/v1/users') || path.startsWith('/api/v1/audit')) {
          if (['org_lead', 'village_lead', 'viewer'].includes(role)) {
            expect(res.status, path).toBe(403);
            continue;
          }
        }
        expect(res.status, path).toBe(200);
        const rows = (
          res.body as Items<{ id: string | number; entityId?: string; communeId?: string; unitId?: string }>
        ).items;
        expect(rows.length, path).toBeGreaterThan(0);
        for (const row of rows) {
          expect(forbiddenIds.has(String(row.id)), `${path} leaked ${row.id}`).toBe(false);
          if (row.entityId)
            expect(forbiddenIds.has(row.entityId), `${path} leaked audit of ${row.entityId}`).toBe(false);
          if (row.communeId)
            expect(forbiddenIds.has(row.communeId), `${path} leaked a row of commune ${row.communeId}`).toBe(false);
        }
      }
    });
  }

  it('a village head lists only their own village', async () => {
    const res = await h.request('GET', '/api/v1/units', { token: tokens.village_lead });
    expect((res.body as Items).items.map((u) => u.id)).toEqual([world.V1.id]);
  });

  it('a standing committee lists its commune and its villages, nothing else', async () => {
    const res = await h.request('GET', '/api/v1/units', { token: tokens.standing });
    const ids = (res.body as Items<{ id: string; communeId: string | null }>).items.map((u) => u.communeId);
    expect(new Set(ids)).toEqual(new Set([world.C1.id]));
  });
});

describe('managers manage only grants strictly below their own', () => {
  const peers = {} as Record<'upper2' | 'standing2' | 'viewer2', string>;
  beforeAll(async () => {
    const w = world;
    const at = (role: 'upper' | 'standing' | 'viewer', unit: World['P1']) => ({
      role,
      unitId: unit.id,
      organizationId: null,
      unitPath: unit.path,
      unitLevel: unit.level,
    });
    for (const [username, grant] of [
      ['upper2', at('upper', w.P1)],
      ['standing2', at('standing', w.C1)],
      ['viewer2', at('viewer', w.C1)],
    ] as const) {
      const u = await createUser(h.db, systemMeta, {
        username,
        password: PASSWORD,
        fullName: username,
        roles: [grant],
      });
      peers[username] = u.id;
    }
  });

  const attempts = (id: string, w: World): Call[] => [
    { method: 'POST', path: `/api/v1/users/${id}/password`, body: { newPassword: 'Chiem-Quyen-Peer-1' } },
    { method: 'POST', path: `/api/v1/users/${id}/disable` },
    { method: 'PUT', path: `/api/v1/users/${id}/roles`, body: { roles: [{ role: 'viewer', unitId: w.C2.id }] } },
  ];

  for (const [role, peer] of [
    ['upper', 'upper2'],
    ['standing', 'standing2'],
  ] as const) {
    it(`${role}: a peer of the same unit is seen, not managed (403, nothing written)`, async () => {
      const id = peers[peer];
      const seen = await h.request('GET', `/api/v1/users/${id}`, { token: tokens[role] });
      expect(seen.status).toBe(200);
      expect((seen.body as { can?: { manage: boolean } }).can).toEqual({ manage: false });
      const before = await h.counts();
      for (const call of attempts(id, world)) {
        const res = await h.request(call.method, call.path, { token: tokens[role], body: call.body });
        expect(res.status, `${call.method} ${call.path}`).toBe(403);
      }
      expect(await h.counts()).toEqual(before);
      await h.login(peer); // the peer's password still works, the account is not locked
    });
  }

  it('the upper level still manages a commune’s standing committee; the committee its commune’s viewer', async () => {
    const byUpper = await h.request('POST', `/api/v1/users/${peers.standing2}/password`, {
      token: tokens.upper,
      body: { newPassword: 'Reset-By-Upper-1' },
    });
    expect(byUpper.status).toBe(200);
    const byStanding = await h.request('POST', `/api/v1/users/${peers.viewer2}/disable`, { token: tokens.standing });
    expect(byStanding.status).toBe(200);
    const admin = await h.request('POST', `/api/v1/users/${peers.upper2}/disable`, { token: tokens.admin });
    expect(admin.status).toBe(200);
  });
});
