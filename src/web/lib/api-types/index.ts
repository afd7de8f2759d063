/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { PathsQuyUngHo } from './paths-quy-ung-ho';
import type { PathsQuyUngHo2 } from './paths-quy-ung-ho-2';
import type { PathsQuyUngHo3 } from './paths-quy-ung-ho-3';
import type { PathsQuyUngHo4 } from './paths-quy-ung-ho-4';
import type { PathsNhatKy } from './paths-nhat-ky';
import type { PathsXacThuc } from './paths-xac-thuc';
import type { PathsToChucBoMay } from './paths-to-chuc-bo-may';
import type { PathsHoiVien } from './paths-hoi-vien';
import type { PathsHoiVien2 } from './paths-hoi-vien-2';
import type { PathsHoiVien3 } from './paths-hoi-vien-3';
import type { PathsLichCongTacNam } from './paths-lich-cong-tac-nam';
import type { PathsCuocVanDong } from './paths-cuoc-van-dong';
import type { PathsGopYDuThao } from './paths-gop-y-du-thao';
import type { PathsChiTieuKetQua } from './paths-chi-tieu-ket-qua';
import type { PathsChiTieuKetQua2 } from './paths-chi-tieu-ket-qua-2';
import type { PathsChamDiemThonXaVanHoa } from './paths-cham-diem-thon-xa-van-hoa';
import type { PathsBinhXetGiaDinhVanHoa } from './paths-binh-xet-gia-dinh-van-hoa';
import type { PathsNgayHoiDaiDoanKet } from './paths-ngay-hoi-dai-doan-ket';
import type { PathsHangHoaHienVat } from './paths-hang-hoa-hien-vat';
import type { PathsHoGiaDinh } from './paths-ho-gia-dinh';
import type { PathsHoGiaDinh2 } from './paths-ho-gia-dinh-2';
import type { PathsHoGiaDinhTroGiup } from './paths-ho-gia-dinh-tro-giup';
import type { PathsNhaDaiDoanKet } from './paths-nha-dai-doan-ket';
import type { PathsViecChayNen } from './paths-viec-chay-nen';
import type { PathsHoiNghi } from './paths-hoi-nghi';
import type { PathsDonVi } from './paths-don-vi';
import type { PathsDonVi2 } from './paths-don-vi-2';
import type { PathsToChucThanhVien } from './paths-to-chuc-thanh-vien';
import type { PathsSoVanBanDi } from './paths-so-van-ban-di';
import type { PathsKienNghiCuTri } from './paths-kien-nghi-cu-tri';
import type { PathsCongThongTin } from './paths-cong-thong-tin';
import type { PathsCongKhai } from './paths-cong-khai';
import type { PathsBaoCaoDinhKy } from './paths-bao-cao-dinh-ky';
import type { PathsBaoCaoDinhKy2 } from './paths-bao-cao-dinh-ky-2';
import type { PathsBaoCao } from './paths-bao-cao';
import type { PathsKyBaoCao } from './paths-ky-bao-cao';
import type { PathsGiamSatPhanBienXaHoi } from './paths-giam-sat-phan-bien-xa-hoi';
import type { PathsViecHomNay } from './paths-viec-hom-nay';
import type { PathsNguoiDung } from './paths-nguoi-dung';

export type { components } from './components';

export interface paths
  extends PathsQuyUngHo,
    PathsQuyUngHo2,
    PathsQuyUngHo3,
    PathsQuyUngHo4,
    PathsNhatKy,
    PathsXacThuc,
    PathsToChucBoMay,
    PathsHoiVien,
    PathsHoiVien2,
    PathsHoiVien3,
    PathsLichCongTacNam,
    PathsCuocVanDong,
    PathsGopYDuThao,
    PathsChiTieuKetQua,
    PathsChiTieuKetQua2,
    PathsChamDiemThonXaVanHoa,
    PathsBinhXetGiaDinhVanHoa,
    PathsNgayHoiDaiDoanKet,
    PathsHangHoaHienVat,
    PathsHoGiaDinh,
    PathsHoGiaDinh2,
    PathsHoGiaDinhTroGiup,
    PathsNhaDaiDoanKet,
    PathsViecChayNen,
    PathsHoiNghi,
    PathsDonVi,
    PathsDonVi2,
    PathsToChucThanhVien,
    PathsSoVanBanDi,
    PathsKienNghiCuTri,
    PathsCongThongTin,
    PathsCongKhai,
    PathsBaoCaoDinhKy,
    PathsBaoCaoDinhKy2,
    PathsBaoCao,
    PathsKyBaoCao,
    PathsGiamSatPhanBienXaHoi,
    PathsViecHomNay,
    PathsNguoiDung {}
export type webhooks = Record<string, never>;
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
