import type { ReportType } from './schema';

/**
 * The report model (the body of GET /api/v1/reports/{id}), plain JSON so an issued report is frozen
 * as it is in `snapshot` and renders again to the same files.
 */

/** A narrative paragraph: `text` is what prints — the staff's edit when there is one, else `generated`. */
export type ReportParagraph = { key: string; text: string; generated: string; edited: boolean };

export type ReportCell = string | number | null;
export type ReportColumn = { header: string; type?: 'text' | 'number' | 'index'; width?: number };
export type ReportTable = {
  key: string;
  caption: string;
  unit?: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  total?: ReportCell[];
};

/** Level 1 "I. KẾT QUẢ ĐẠT ĐƯỢC", level 2 "1. Công tác …". `list` holds the next period's tasks. */
export type ReportSection = {
  key: string;
  level: 1 | 2;
  heading: string;
  paragraphs: ReportParagraph[];
  tables: ReportTable[];
  list?: string[];
};

/** One number the report quotes, machine-readable: the province roll-up adds these up across communes. */
export type ReportFigure = {
  key: string;
  group: 'indicator' | 'relief' | 'funds' | 'meetings' | 'petitions' | 'consultations' | 'supervision';
  label: string;
  unitLabel: string;
  aggregation: 'sum' | 'count' | 'ratio';
  value: number;
  denominator?: number;
  target?: number;
  /** Exact percent of the target (ratio: the ratio itself); absent without a target/base. */
  percent?: number;
  text: string;
};

/** `by`: who set it ("Ủy ban MTTQ huyện"); `source`: how the report names it ("KH huyện giao"). */
export type IndicatorTarget = {
  value: number;
  by: string;
  source: string;
  percent: string | null;
  met: boolean;
  text: string;
};
export type IndicatorProgress = {
  code: string;
  name: string;
  unitLabel: string;
  aggregation: 'sum' | 'count' | 'ratio';
  actual: number;
  denominator?: number;
  text: string;
  targets: IndicatorTarget[];
  /** "5/8 thôn đạt chỉ tiêu", when sub-units have their own targets. */
  met?: { count: number; of: number; text: string };
};

export type ReportModel = {
  id: string;
  status: 'draft' | 'issued';
  type: ReportType;
  from: string;
  to: string;
  /** "6 tháng đầu năm 2023". */
  periodLabel: string;
  title: string;
  unit: { id: string; name: string; kind: string; level: string };
  /** The level above, for "Nơi nhận" (tỉnh Tuyên Quang). */
  parent: { name: string; kind: string } | null;
  /** "15/BC-MTTQ-BTT" once issued. */
  number: string | null;
  date: string | null;
  meeting: {
    id: string;
    title: string;
    date: string;
    place: string | null;
    chair: string | null;
    chairTitle: string | null;
    delegates: number;
  } | null;
  sections: ReportSection[];
  figures: ReportFigure[];
  indicators: IndicatorProgress[];
  tasks: string[];
  recipients: string[];
  signer: { name: string; position: string };
  /** When the figures were taken from the records. */
  builtAt: string;
};
