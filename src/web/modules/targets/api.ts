import type { ApiItem, ApiResponse, ApiSchema } from '../../lib/api';

/* ---------- Shapes (generated from the OpenAPI document) ---------- */

export type Indicator = ApiItem<'/api/v1/indicators', 'get'>;
export type Aggregation = Indicator['aggregation'];
/** A unit's indicators, with what the caller may do at that unit (`can`: define, assignTargets). */
export type IndicatorList = ApiResponse<'/api/v1/indicators', 'get'>;

export type ProgressResponse = ApiSchema<'Progress'>;
export type ProgressItem = ProgressResponse['items'][number];
export type ProgressTarget = ProgressItem['targets'][number];
export type AssignedBy = ProgressTarget['assignedBy'];
export type ProgressChild = ProgressItem['children'][number];
export type ProgressOrg = ProgressItem['organizations'][number];
export type MetCount = NonNullable<ProgressItem['met']>;

/** A result entry with what the caller may do with it (`can`: void, attachEvidence). */
export type Entry = ApiItem<'/api/v1/entries', 'get'>;
export type EntryCan = Entry['can'];
/** A reporting round; `can.manage` (reopen, remind) where the server says. */
export type Round = ApiItem<'/api/v1/rounds', 'get'>;
/** The rounds of a commune, with whether the caller may open one (`can.open`). */
export type RoundList = ApiResponse<'/api/v1/rounds', 'get'>;

export type EvidenceFile = ApiSchema<'Evidence'>;

export type Overview = ApiSchema<'ProgressOverview'>;
export type OverviewIndicator = Overview['indicators'][number];
export type OverviewRow = Overview['rows'][number];
export type Cell = OverviewRow['cells'][number];

export type Board = ApiSchema<'RoundBoard'>;
export type BoardItem = Board['items'][number];
export type Status = BoardItem['status'];
