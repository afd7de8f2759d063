import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api, type ApiSchema } from '../../lib/api';
import type { Key } from '../../i18n';
import type { Job } from '../../lib/jobs';

export type ReportForm = ApiSchema<'ReportForm'>;
export type ReportField = ApiSchema<'ReportFormField'>;
export type Submission = ApiSchema<'ReportSubmission'>;
export type SubmissionDetail = ApiSchema<'ReportSubmissionDetail'>;
export type FieldType = ReportField['type'];
export type PeriodKind = ReportForm['periodKind'];
export type Filler = ReportForm['fillers'][number];
export type FormUnit = { unitId: string; name: string; kind: string; communeId: string; canFill: boolean };
export type Grid = {
  periods: { period: string; label: string; dueDate: string }[];
  units: { unitId: string; name: string; kind: Filler }[];
  cells: CellState[][];
  totals: { on_time: number; late: number; returned: number; missing: number };
  mail: boolean;
  can: { remind: boolean };
};
export type ReminderResult = {
  period: string;
  sent: { unitId: string; unitName: string; recipients: number }[];
  withoutEmail: { unitId: string; unitName: string }[];
};
export type CellState = 'on_time' | 'late' | 'returned' | 'missing' | 'draft' | 'open';
export type Completeness = {
  period: string;
  dueDate: string;
  items: {
    unitId: string;
    unitName: string;
    unitKind: Filler;
    status: 'missing' | 'draft' | 'submitted' | 'accepted' | 'returned';
    submissionId: string | null;
    submittedAt: string | null;
    late: boolean;
  }[];
};
export type Prefill = { values: Record<string, unknown>; sources: Record<string, { source: string; label: string }> };

export const FIELD_TYPES: FieldType[] = ['number', 'money', 'count', 'text', 'boolean', 'choice', 'table'];
export const PERIOD_KINDS: PeriodKind[] = ['week', 'month', 'quarter', 'half_year', 'year'];
export const FILLERS: Filler[] = ['commune', 'village', 'organization'];

export const typeKey = (t: FieldType) => `rfType_${t}` as Key;
export const periodKindKey = (k: PeriodKind) => `rfPeriod_${k}` as Key;
export const fillerKey = (f: Filler) => `rfFiller_${f}` as Key;
export const statusKey = (s: string) => `rfStatus_${s}` as Key;
export const cellKey = (s: CellState) => `rfCell_${s}` as Key;
export const cellColor: Record<CellState, string> = {
  on_time: 'green',
  late: 'orange',
  returned: 'red',
  missing: 'red',
  draft: 'default',
  open: 'default',
};
export const statusColor: Record<string, string> = {
  draft: 'default',
  submitted: 'blue',
  accepted: 'green',
  returned: 'red',
  missing: 'default',
};

export const rfKeys = {
  all: ['report-forms'] as const,
  list: () => ['report-forms', 'list'] as const,
  form: (id: string) => ['report-forms', 'form', id] as const,
  units: (id: string) => ['report-forms', 'units', id] as const,
  grid: (id: string, q: string) => ['report-forms', 'grid', id, q] as const,
  completeness: (id: string, period: string) => ['report-forms', 'completeness', id, period] as const,
  submission: (id: string) => ['report-forms', 'submission', id] as const,
  sources: () => ['report-forms', 'sources'] as const,
};

export const useReportForms = () =>
  useQuery({ queryKey: rfKeys.list(), queryFn: () => api<{ items: ReportForm[] }>('GET', '/report-forms') });
export const useReportForm = (id: string) =>
  useQuery({ queryKey: rfKeys.form(id), queryFn: () => api<ReportForm>('GET', `/report-forms/${id}`) });
export const useFormUnits = (id: string) =>
  useQuery({
    queryKey: rfKeys.units(id),
    queryFn: () => api<{ items: FormUnit[] }>('GET', `/report-forms/${id}/units`),
  });
export const useGrid = (id: string, q: string) =>
  useQuery({ queryKey: rfKeys.grid(id, q), queryFn: () => api<Grid>('GET', `/report-forms/${id}/grid?${q}`) });
export const useCompleteness = (id: string, period: string) =>
  useQuery({
    queryKey: rfKeys.completeness(id, period),
    queryFn: () => api<Completeness>('GET', `/report-forms/${id}/completeness?period=${encodeURIComponent(period)}`),
    enabled: period !== '',
  });
export const useSubmission = (id: string) =>
  useQuery({
    queryKey: rfKeys.submission(id),
    queryFn: () => api<SubmissionDetail>('GET', `/report-submissions/${id}`),
  });
export const useSources = () =>
  useQuery({
    queryKey: rfKeys.sources(),
    queryFn: () => api<{ items: { key: string; label: string }[] }>('GET', '/report-form-sources'),
    staleTime: 3_600_000,
  });

export const createForm = (body: unknown) => api<ReportForm>('POST', '/report-forms', body);
export const updateForm = (id: string, body: unknown) => api<ReportForm>('PATCH', `/report-forms/${id}`, body);
export const readTemplate = (file: File) => {
  const fd = new FormData();
  fd.set('file', file);
  return api<{ fields: ReportField[] }>('POST', '/report-forms/template', fd);
};
export const startSubmission = (body: unknown) => api<SubmissionDetail>('POST', '/report-submissions', body);
export const saveSubmission = (id: string, values: Record<string, unknown>, sources?: Record<string, string>) =>
  api<SubmissionDetail>('PATCH', `/report-submissions/${id}`, { values, sources });
export const moveSubmission = (id: string, to: string, comment?: string) =>
  api<SubmissionDetail>('POST', `/report-submissions/${id}/transitions`, { to, comment });
export const correctSubmission = (id: string, reason: string) =>
  api<SubmissionDetail>('POST', `/report-submissions/${id}/corrections`, { reason });
export const prefillOf = (formId: string, unitId: string, period: string) =>
  api<Prefill>('GET', `/report-forms/${formId}/prefill?unitId=${unitId}&period=${encodeURIComponent(period)}`);
export const rollupOf = (formId: string, unitId: string, period: string) =>
  api<{ values: Record<string, unknown>; from: { unitId: string; name: string; status: string }[] }>(
    'GET',
    `/report-forms/${formId}/rollup?unitId=${unitId}&period=${encodeURIComponent(period)}`,
  );
export const lateTextOf = (formId: string, period: string) =>
  api<{ text: string; late: number }>('GET', `/report-forms/${formId}/late-text?period=${encodeURIComponent(period)}`);
/** Asks for the e-mail reminders of a period: the server answers 202 with the job that sends them. */
export const remindByEmail = (formId: string, period: string) =>
  api<Job>('POST', `/report-forms/${formId}/reminders`, { period }).then((body) => ({ status: 202, body }));
export const submissionsOf = (formId: string, period: string) =>
  api<{ items: Submission[] }>('GET', `/report-submissions?formId=${formId}&period=${encodeURIComponent(period)}`);

export const invalidateReports = (qc: QueryClient) => qc.invalidateQueries({ queryKey: rfKeys.all });
