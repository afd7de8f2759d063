import { foldVietnamese } from './vi-text';

/** "thôn" + "Thôn Đông" → "Thôn Đông"; "xã" + "Hồng Sơn" → "xã Hồng Sơn". */
export function unitDisplayName(u: { kind: string; name: string }): string {
  return foldVietnamese(u.name).startsWith(`${foldVietnamese(u.kind)} `) ? u.name : `${u.kind} ${u.name}`;
}
