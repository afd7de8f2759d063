import type { ReportModel } from '../../../server/modules/reports/types';

export type { ReportModel, ReportParagraph, ReportTable, ReportCell } from '../../../server/modules/reports/types';

export type ListedReport = {
  id: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  type: 'half_year' | 'year' | 'custom';
  from: string;
  to: string;
  title: string;
  status: 'draft' | 'issued';
  number: string | null;
  issuedDate: string | null;
  submittedAt: string | null;
  canManage: boolean;
};

export type ViewedReport = ReportModel & {
  issuedAt: string | null;
  submittedAt: string | null;
  canEdit: boolean;
  canIssue: boolean;
  canSubmit: boolean;
};
