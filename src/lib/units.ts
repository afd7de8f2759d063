import { foldVietnamese } from './vi-text';

/** "thôn" + "Thôn Đông" → "Thôn Đông"; "xã" + "Hồng Sơn" → "xã Hồng Sơn". */
export function unitDisplayName(u: { kind: string; name: string }): string {
  // The central committee is named in full ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"), never prefixed by its kind.
  if (u.kind === 'trung ương') return u.name;
  return foldVietnamese(u.name).startsWith(`${foldVietnamese(u.kind)} `) ? u.name : `${u.kind} ${u.name}`;
}
