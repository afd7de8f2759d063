import { unitDisplayName } from '../../../lib/units';

/**
 * "Nơi nhận" as Decree 30 lists it: the Front committee above, the local Party committee and authorities, the archive.
 */
export function defaultRecipients(
  unit: { level: string; kind: string; name: string },
  parent: { kind: string; name: string } | null,
): string[] {
  if (unit.level === 'province')
    return [
      'Ban Thường trực UBTƯ MTTQ Việt Nam (để b/c);',
      `Tỉnh ủy, HĐND, UBND ${unitDisplayName(unit)} (để b/c);`,
      'Lưu: VT.',
    ];
  const above = parent ? `BTT UBMTTQ ${unitDisplayName(parent)} (để b/c);` : 'BTT UBMTTQ cấp trên (để b/c);';
  return [above, `Đảng ủy, HĐND, UBND ${unit.kind} (để b/c);`, `Các thành viên UBMTTQ ${unit.kind};`, 'Lưu: VT.'];
}
