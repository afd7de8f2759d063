import { formatDateVi } from '../../../lib/dates';
import { neutraliseFormula } from '../../../lib/formula-text';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';
import { MEMBER_HEADERS } from './import-file';
import type { Membership, Person } from './schema';

/** At most this many rows in one file: a commune's whole list, well below a spreadsheet's limits. */
export const MAX_EXPORT_ROWS = 50_000;

type Row = { m: Membership; p: Person; villageName: string };

/**
 * A member list as the organisations keep it in Excel: the import template's columns first (so a list exported,
 * corrected and imported again lines up), then the organisation and the leave date and reason. Text a spreadsheet
 * would run as a formula is neutralised.
 */
export async function membersXlsx(
  rows: Row[],
  names: { organizations: Map<string, string>; branches: Map<string, string> },
) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Hội viên');
  ws.addRow([...Object.values(MEMBER_HEADERS), 'Tổ chức', 'Ngày ra', 'Lý do ra']).font = { bold: true };
  const text = (s: string | null | undefined) => (s ? neutraliseFormula(s) : '');
  for (const { m, p, villageName } of rows)
    ws.addRow([
      text(p.fullName),
      p.birthYear ?? '',
      p.sex === 'female' ? 'Nữ' : p.sex === 'male' ? 'Nam' : '',
      text(villageName),
      text(m.branchId ? names.branches.get(m.branchId) : ''),
      formatDateVi(m.joinedOn),
      text(m.cardNo),
      text(m.duesCategory),
      text(p.phone),
      text(names.organizations.get(m.organizationId)),
      m.leftOn ? formatDateVi(m.leftOn) : '',
      text(m.leaveReason),
    ]);
  ws.columns.forEach((c, i) => {
    c.width = i === 0 ? 26 : 16;
  });
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  return workbookBytes(wb);
}
