import type { ApiItem } from '../../lib/api';
import type { EntryCan } from './permissions';

/* ---------- Shapes (generated from the OpenAPI document where the server declares them) ---------- */

export type Indicator = ApiItem<'/api/v1/indicators', 'get'>;
export type Aggregation = Indicator['aggregation'];
// TODO(api-schema): GET /progress declares its items as open objects; AssignedBy … ProgressResponse stay by hand.
export type AssignedBy = { unitId: string; name: string } | { body: string };
export type ProgressTarget = {
  targetId: string;
  value: number;
  from: string;
  to: string;
  assignedBy: AssignedBy;
  percent: number | null;
  met: boolean;
  text: string;
};
export type ProgressChild = {
  unitId: string;
  name: string;
  actual: number;
  denominator?: number;
  target?: number;
  percent?: number | null;
  met?: boolean;
  text: string;
};
export type ProgressOrg = {
  organizationId: string;
  name: string;
  actual: number;
  denominator?: number;
  target?: number;
  percent?: number | null;
  met?: boolean;
};
export type MetCount = { count: number; of: number; text: string };
export type ProgressItem = {
  indicatorId: string;
  code: string;
  name: string;
  unitLabel: string;
  aggregation: Aggregation;
  source: string;
  actual: number;
  denominator?: number;
  text: string;
  targets: ProgressTarget[];
  allocated: number;
  children: ProgressChild[];
  met?: MetCount;
  organizations: ProgressOrg[];
  organizationsMet?: MetCount;
};
export type ProgressResponse = { unitId: string; from: string; to: string; items: ProgressItem[] };
export type Entry = ApiItem<'/api/v1/entries', 'get'> & {
  /** What the caller may do (the server is adding it to the Entry presenter). */
  can?: EntryCan;
};
export type Round = ApiItem<'/api/v1/rounds', 'get'>;

// TODO(api-schema): GET /entries/{id}/files answers without a declared schema.
export type EvidenceFile = { id: string; fileName: string; contentType: string; size: number };

// TODO(api-schema): GET /progress/overview answers anyJson; OverviewIndicator, Cell, OverviewRow and Overview below.
export type OverviewIndicator = { id: string; code: string; name: string; unitLabel: string; aggregation: Aggregation };
export type Cell = {
  indicatorId: string;
  actual: number;
  denominator?: number;
  target?: number;
  percent?: number | null;
  met?: boolean;
};
export type OverviewRow = { unitId: string; name: string; kind: string; cells: Cell[] };
export type Overview = { indicators: OverviewIndicator[]; rows: OverviewRow[] };

// TODO(api-schema): GET /rounds/{id}/board answers anyJson; Status, BoardItem and Board below.
export type Status = 'submitted' | 'late' | 'pending';
export type BoardItem = {
  assignmentId: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  organizationId: string | null;
  organizationName: string | null;
  indicatorIds: string[];
  reportedIndicators: string[];
  status: Status;
  submittedAt: string | null;
};
export type Board = { round: Round; summary: Record<Status, number>; items: BoardItem[]; reminder: string };
