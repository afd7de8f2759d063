/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { PathsQuyUngHo } from './paths-quy-ung-ho';
import type { PathsQuyUngHo2 } from './paths-quy-ung-ho-2';
import type { PathsQuyUngHo3 } from './paths-quy-ung-ho-3';
import type { PathsQuyUngHo4 } from './paths-quy-ung-ho-4';
import type { PathsQuyUngHo5 } from './paths-quy-ung-ho-5';
import type { PathsQuyUngHo6 } from './paths-quy-ung-ho-6';
import type { PathsQuyUngHo7 } from './paths-quy-ung-ho-7';
import type { PathsNhatKy } from './paths-nhat-ky';
import type { PathsXacThuc } from './paths-xac-thuc';
import type { PathsToChucBoMay } from './paths-to-chuc-bo-may';
import type { PathsToChucBoMay2 } from './paths-to-chuc-bo-may-2';
import type { PathsHoiVien } from './paths-hoi-vien';
import type { PathsHoiVien2 } from './paths-hoi-vien-2';
import type { PathsHoiVien3 } from './paths-hoi-vien-3';
import type { PathsHoiVien4 } from './paths-hoi-vien-4';
import type { PathsHoiVien5 } from './paths-hoi-vien-5';
import type { PathsLichCongTacNam } from './paths-lich-cong-tac-nam';
import type { PathsLichCongTacNam2 } from './paths-lich-cong-tac-nam-2';
import type { PathsCuocVanDong } from './paths-cuoc-van-dong';
import type { PathsCuocVanDong2 } from './paths-cuoc-van-dong-2';
import type { PathsGopYDuThao } from './paths-gop-y-du-thao';
import type { PathsGopYDuThao2 } from './paths-gop-y-du-thao-2';
import type { PathsChiTieuKetQua } from './paths-chi-tieu-ket-qua';
import type { PathsChiTieuKetQua2 } from './paths-chi-tieu-ket-qua-2';
import type { PathsChiTieuKetQua3 } from './paths-chi-tieu-ket-qua-3';
import type { PathsChiTieuKetQua4 } from './paths-chi-tieu-ket-qua-4';
import type { PathsChamDiemThonXaVanHoa } from './paths-cham-diem-thon-xa-van-hoa';
import type { PathsChamDiemThonXaVanHoa2 } from './paths-cham-diem-thon-xa-van-hoa-2';
import type { PathsBinhXetGiaDinhVanHoa } from './paths-binh-xet-gia-dinh-van-hoa';
import type { PathsBinhXetGiaDinhVanHoa2 } from './paths-binh-xet-gia-dinh-van-hoa-2';
import type { PathsNgayHoiDaiDoanKet } from './paths-ngay-hoi-dai-doan-ket';
import type { PathsNgayHoiDaiDoanKet2 } from './paths-ngay-hoi-dai-doan-ket-2';
import type { PathsHangHoaHienVat } from './paths-hang-hoa-hien-vat';
import type { PathsHangHoaHienVat2 } from './paths-hang-hoa-hien-vat-2';
import type { PathsHangHoaHienVat3 } from './paths-hang-hoa-hien-vat-3';
import type { PathsHoGiaDinh } from './paths-ho-gia-dinh';
import type { PathsHoGiaDinh2 } from './paths-ho-gia-dinh-2';
import type { PathsHoGiaDinh3 } from './paths-ho-gia-dinh-3';
import type { PathsHoGiaDinhTroGiup } from './paths-ho-gia-dinh-tro-giup';
import type { PathsHoGiaDinhTroGiup2 } from './paths-ho-gia-dinh-tro-giup-2';
import type { PathsNhaDaiDoanKet } from './paths-nha-dai-doan-ket';
import type { PathsNhaDaiDoanKet2 } from './paths-nha-dai-doan-ket-2';
import type { PathsViecChayNen } from './paths-viec-chay-nen';
import type { PathsHoiNghi } from './paths-hoi-nghi';
import type { PathsHoiNghi2 } from './paths-hoi-nghi-2';
import type { PathsDonVi } from './paths-don-vi';
import type { PathsDonVi2 } from './paths-don-vi-2';
import type { PathsDonVi3 } from './paths-don-vi-3';
import type { PathsToChucThanhVien } from './paths-to-chuc-thanh-vien';
import type { PathsSoVanBanDi } from './paths-so-van-ban-di';
import type { PathsSoVanBanDi2 } from './paths-so-van-ban-di-2';
import type { PathsKienNghiCuTri } from './paths-kien-nghi-cu-tri';
import type { PathsKienNghiCuTri2 } from './paths-kien-nghi-cu-tri-2';
import type { PathsCongThongTin } from './paths-cong-thong-tin';
import type { PathsCongThongTin2 } from './paths-cong-thong-tin-2';
import type { PathsCongKhai } from './paths-cong-khai';
import type { PathsBaoCaoDinhKy } from './paths-bao-cao-dinh-ky';
import type { PathsBaoCaoDinhKy2 } from './paths-bao-cao-dinh-ky-2';
import type { PathsBaoCaoDinhKy3 } from './paths-bao-cao-dinh-ky-3';
import type { PathsBaoCaoDinhKy4 } from './paths-bao-cao-dinh-ky-4';
import type { PathsBaoCaoDinhKy5 } from './paths-bao-cao-dinh-ky-5';
import type { PathsBaoCao } from './paths-bao-cao';
import type { PathsBaoCao2 } from './paths-bao-cao-2';
import type { PathsBaoCao3 } from './paths-bao-cao-3';
import type { PathsKyBaoCao } from './paths-ky-bao-cao';
import type { PathsGiamSatPhanBienXaHoi } from './paths-giam-sat-phan-bien-xa-hoi';
import type { PathsGiamSatPhanBienXaHoi2 } from './paths-giam-sat-phan-bien-xa-hoi-2';
import type { PathsViecHomNay } from './paths-viec-hom-nay';
import type { PathsNguoiDung } from './paths-nguoi-dung';
import type { PathsNguoiDung2 } from './paths-nguoi-dung-2';

export type { components } from './components';

export interface paths
  extends PathsQuyUngHo,
    PathsQuyUngHo2,
    PathsQuyUngHo3,
    PathsQuyUngHo4,
    PathsQuyUngHo5,
    PathsQuyUngHo6,
    PathsQuyUngHo7,
    PathsNhatKy,
    PathsXacThuc,
    PathsToChucBoMay,
    PathsToChucBoMay2,
    PathsHoiVien,
    PathsHoiVien2,
    PathsHoiVien3,
    PathsHoiVien4,
    PathsHoiVien5,
    PathsLichCongTacNam,
    PathsLichCongTacNam2,
    PathsCuocVanDong,
    PathsCuocVanDong2,
    PathsGopYDuThao,
    PathsGopYDuThao2,
    PathsChiTieuKetQua,
    PathsChiTieuKetQua2,
    PathsChiTieuKetQua3,
    PathsChiTieuKetQua4,
    PathsChamDiemThonXaVanHoa,
    PathsChamDiemThonXaVanHoa2,
    PathsBinhXetGiaDinhVanHoa,
    PathsBinhXetGiaDinhVanHoa2,
    PathsNgayHoiDaiDoanKet,
    PathsNgayHoiDaiDoanKet2,
    PathsHangHoaHienVat,
    PathsHangHoaHienVat2,
    PathsHangHoaHienVat3,
    PathsHoGiaDinh,
    PathsHoGiaDinh2,
    PathsHoGiaDinh3,
    PathsHoGiaDinhTroGiup,
    PathsHoGiaDinhTroGiup2,
    PathsNhaDaiDoanKet,
    PathsNhaDaiDoanKet2,
    PathsViecChayNen,
    PathsHoiNghi,
    PathsHoiNghi2,
    PathsDonVi,
    PathsDonVi2,
    PathsDonVi3,
    PathsToChucThanhVien,
    PathsSoVanBanDi,
    PathsSoVanBanDi2,
    PathsKienNghiCuTri,
    PathsKienNghiCuTri2,
    PathsCongThongTin,
    PathsCongThongTin2,
    PathsCongKhai,
    PathsBaoCaoDinhKy,
    PathsBaoCaoDinhKy2,
    PathsBaoCaoDinhKy3,
    PathsBaoCaoDinhKy4,
    PathsBaoCaoDinhKy5,
    PathsBaoCao,
    PathsBaoCao2,
    PathsBaoCao3,
    PathsKyBaoCao,
    PathsGiamSatPhanBienXaHoi,
    PathsGiamSatPhanBienXaHoi2,
    PathsViecHomNay,
    PathsNguoiDung,
    PathsNguoiDung2 {}
export type webhooks = Record<string, never>;
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
