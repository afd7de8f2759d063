import type { ReportModel } from '../../../server/modules/reports/types';

export type { ReportModel, ReportParagraph, ReportTable, ReportCell } from '../../../server/modules/reports/types';

// TODO(api-schema): the server answers anyJson here; derive from lib/api-types.ts once it declares the schema.
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

// TODO(api-schema)
export type ViewedReport = ReportModel & {
  issuedAt: string | null;
  submittedAt: string | null;
  canEdit: boolean;
  canIssue: boolean;
  canSubmit: boolean;
};
