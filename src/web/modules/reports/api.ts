import { api, type ApiItem, type ApiResponse, type ApiSchema } from '../../lib/api';
import type { MeetingItem } from '../meetings/api';

/* ---------- Shapes (generated from the OpenAPI document) ---------- */

/** A report's header, with what the caller may do with it (`can`: edit, issue, submit). */
export type Report = ApiSchema<'Report'>;
/** A report in the list. */
export type ListedReport = ApiItem<'/api/v1/reports', 'get'>;
export type ReportType = ListedReport['type'];
/** The report model (GET /reports/{id}): sections, tables, indicators, with `can` (edit, issue, submit). */
export type ReportModel = ApiSchema<'ReportModel'>;
export type ReportSection = ReportModel['sections'][number];
export type ReportParagraph = ReportSection['paragraphs'][number];
export type ReportTable = ReportSection['tables'][number];
export type ReportCell = ReportTable['rows'][number][number];
export type ReportIndicator = ReportModel['indicators'][number];
export type Rollup = ApiResponse<'/api/v1/reports/rollup', 'get'>;
export type RollupRow = Rollup['rows'][number];
export type RollupCell = RollupRow['cells'][number];

/* ---------- Query keys ---------- */

export const reportKeys = {
  list: ['reports'] as const,
  detail: (id: string) => ['report', id] as const,
  rollup: (query: string) => ['rollup', query] as const,
  reviewMeetings: (unitId: string | undefined) => ['meetings', 'review', unitId] as const,
};

/* ---------- Fetchers ---------- */

export const fetchReports = () => api<{ items: ListedReport[] }>('GET', '/reports').then((r) => r.items);
export const fetchReport = (id: string) => api<ReportModel>('GET', `/reports/${id}`);
/** The roll-up of a province's communes for a period (`query`: provinceId, type, from, to). */
export const fetchRollup = (query: string) => api<Rollup>('GET', `/reports/rollup?${query}`);
/** The commune's review meetings (sơ kết, tổng kết), which a report may quote. */
export const fetchReviewMeetings = (communeId: string) =>
  api<{ items: MeetingItem[] }>('GET', `/meetings?communeId=${communeId}`).then((r) =>
    r.items.filter((m) => m.type === 'half_year_review' || m.type === 'year_review'),
  );

export const createReport = (body: unknown) => api<Report>('POST', '/reports', body);
export const updateReport = (id: string, body: unknown) => api<ReportModel>('PATCH', `/reports/${id}`, body);
export const issueReport = (id: string, body: { date: string; signerName?: string }) =>
  api<ReportModel>('POST', `/reports/${id}/issue`, body);
export const submitReport = (id: string) => api<Report>('POST', `/reports/${id}/submit`);

export const reportFileUrl = (id: string, file: 'document.docx' | 'document.pdf' | 'annex.xlsx') =>
  `/api/v1/reports/${id}/${file}`;
