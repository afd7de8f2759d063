import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { campaignsVi } from './modules/campaigns/i18n';
import { targetsVi } from './modules/targets/i18n';
import { fundsVi } from './modules/funds/i18n';
import { goodsVi } from './modules/goods/i18n';
import { reliefVi } from './modules/relief/i18n';
import { housingVi } from './modules/housing/i18n';
import { festivalVi } from './modules/festival/i18n';
import { calendarVi } from './modules/calendar/i18n';
import { evaluationVi } from './modules/evaluation/i18n';
import { reportFormsVi } from './modules/report-forms/i18n';
import { householdsVi } from './modules/households/i18n';
import { meetingsVi } from './modules/meetings/i18n';
import { petitionsVi } from './modules/petitions/i18n';
import { consultationsVi } from './modules/consultations/i18n';
import { supervisionVi } from './modules/supervision/i18n';
import { registerVi } from './modules/register/i18n';
import { reportsVi } from './modules/reports/i18n';
import { postsVi } from './modules/posts/i18n';
import { unitsVi } from './modules/units/i18n';
import { membersVi } from './modules/members/i18n';
import { bodiesVi } from './modules/bodies/i18n';
import { auditVi } from './modules/audit/i18n';
import { todayVi } from './modules/today/i18n';
import { setErrorWords } from './lib/api';

const vi = {
  appName: 'Mặt trận xã',
  appNameAdmin: 'Mặt trận — Quản trị hệ thống',
  appNameProvince: 'Mặt trận tỉnh',
  appNameNational: 'Mặt trận Trung ương',
  skipToContent: 'Bỏ qua đến nội dung chính',
  appSubtitle: 'Ứng dụng cán bộ Ủy ban MTTQ Việt Nam cấp xã',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  required: 'Bắt buộc nhập',
  home: 'Việc hôm nay',
  structure: 'Tổ chức bộ máy',
  units: 'Đơn vị',
  organizations: 'Tổ chức thành viên',
  users: 'Người dùng',
  audit: 'Nhật ký thao tác',
  comingSoon: 'Sắp có',
  targets: 'Chỉ tiêu & kết quả',
  campaigns: 'Cuộc vận động',
  funds: 'Quỹ & ủng hộ',
  relief: 'Hộ gia đình & trợ giúp',
  meetings: 'Hội nghị',
  petitions: 'Kiến nghị cử tri',
  consultations: 'Góp ý dự thảo',
  reports: 'Báo cáo',
  portal: 'Cổng thông tin',
  changePassword: 'Đổi mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  passwordRule: 'Ít nhất 10 ký tự',
  save: 'Lưu',
  cancel: 'Hủy',
  close: 'Đóng',
  downloadFailed: 'Không tải được tệp, thử lại sau.',
  create: 'Thêm mới',
  edit: 'Sửa',
  saved: 'Đã lưu',
  search: 'Tìm kiếm',
  searchHint: 'Gõ không dấu cũng được',
  name: 'Tên',
  kind: 'Loại',
  level: 'Cấp',
  national: 'Trung ương',
  province: 'Tỉnh/thành phố',
  district: 'Huyện (cũ)',
  commune: 'Xã/phường',
  village: 'Thôn/tổ dân phố',
  addChild: 'Thêm đơn vị trực thuộc',
  addProvince: 'Thêm tỉnh',
  addNational: 'Thêm đơn vị trung ương',
  contact: 'Thông tin liên hệ (hiện trên cổng thông tin)',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Email',
  chairName: 'Chủ tịch',
  selectUnit: 'Chọn một đơn vị trong cây để xem chi tiết',
  noUnits: 'Chưa có đơn vị nào trong phạm vi của bạn',
  shortName: 'Tên viết tắt',
  active: 'Đang hoạt động',
  inactive: 'Ngừng hoạt động',
  status: 'Trạng thái',
  fullName: 'Họ và tên',
  roles: 'Vai trò',
  role: 'Vai trò',
  unit: 'Đơn vị',
  organization: 'Tổ chức',
  addRole: 'Thêm vai trò',
  disable: 'Khóa',
  enable: 'Mở khóa',
  disabled: 'Đã khóa',
  resetPassword: 'Đặt lại mật khẩu',
  setEmail: 'E-mail nhận thư nhắc',
  confirmDisable: 'Khóa tài khoản này? Người dùng bị đăng xuất ngay.',
  editRoles: 'Sửa vai trò',
  role_admin: 'Quản trị hệ thống',
  role_upper: 'Cấp trên (tỉnh)',
  role_standing: 'Ban Thường trực xã',
  role_org_lead: 'Trưởng tổ chức thành viên',
  role_village_lead: 'Trưởng ban CTMT thôn',
  role_viewer: 'Chỉ xem',
  when: 'Thời gian',
  who: 'Người thực hiện',
  action: 'Thao tác',
  entity: 'Đối tượng',
  ip: 'Địa chỉ IP',
  before: 'Trước',
  after: 'Sau',
  dateRange: 'Khoảng ngày',
  noDataInYear: 'Năm {y} chưa có số liệu.',
  noDataInPeriod: 'Từ {from} đến {to} chưa có số liệu.',
  seeYear: 'Xem năm {y}',
  all: 'Tất cả',
  loadMore: 'Xem thêm',
  language: 'English',
  errorGeneric: 'Có lỗi xảy ra',
  notAllowed: 'Bạn không có quyền xem trang này',
  // A result against its target, composed in the app from the API's numbers (lib/figure-text.ts).
  figAchieved: 'đạt {p}',
  figTargetZero: 'chỉ tiêu 0',
  figMet: '{count}/{of} {what} đạt chỉ tiêu',
  figWhat_province: 'tỉnh',
  figWhat_district: 'huyện',
  figWhat_commune: 'xã',
  figWhat_village: 'thôn',
  figWhat_organization: 'tổ chức',
  figWhat_unit: 'đơn vị',
  jobQueued: 'Đang chờ xử lý',
  jobReading: 'Đang đọc tệp',
  jobChecking: 'Đang kiểm tra {done}/{total} dòng',
  jobWriting: 'Đang ghi',
  jobReceipts: 'Đang lập phiếu thu {done}/{total}',
  jobWorking: 'Đang xử lý',
};

// Each module keeps its own strings; they are merged here.
const viAll = {
  ...vi,
  ...campaignsVi,
  ...targetsVi,
  ...fundsVi,
  ...goodsVi,
  ...reliefVi,
  ...housingVi,
  ...festivalVi,
  ...calendarVi,
  ...evaluationVi,
  ...reportFormsVi,
  ...householdsVi,
  ...meetingsVi,
  ...petitionsVi,
  ...consultationsVi,
  ...supervisionVi,
  ...registerVi,
  ...reportsVi,
  ...postsVi,
  ...unitsVi,
  ...membersVi,
  ...bodiesVi,
  ...auditVi,
  ...todayVi,
};
/** Every Vietnamese string of the staff app (the dictionary test compares the English with it). */
export const viDictionary: Record<Key, string> = viAll;
export type Key = keyof typeof viAll;
export type CoreKey = keyof typeof vi;

export type Lang = 'vi' | 'en';

// English is a chunk of its own (i18n-en.ts), fetched when it is chosen: most users never download it.
let enAll: Record<Key, string> | null = null;
let enErrors: Record<string, string> | null = null;
let enLoading: Promise<Record<Key, string>> | null = null;
function loadEnglish(): Promise<Record<Key, string>> {
  enLoading ??= import('./i18n-en').then((m) => {
    enAll = m.enAll;
    enErrors = m.errorsEn;
    return m.enAll;
  });
  return enLoading;
}
const storedLang = (): Lang => (localStorage.getItem('lang') === 'en' ? 'en' : 'vi');
if (storedLang() === 'en') void loadEnglish();

type I18n = { lang: Lang; t: (k: Key) => string; setLang: (l: Lang) => void };
const I18nContext = createContext<I18n>({ lang: 'vi', t: (k) => viAll[k], setLang: () => {} });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const [en, setEn] = useState(enAll);
  useEffect(() => {
    if (lang === 'en' && !en) void loadEnglish().then(setEn);
  }, [lang, en]);
  // Until English has arrived, the page stays in Vietnamese rather than blank.
  const dictionary = lang === 'en' && en ? en : viAll;
  // The API's errors follow the language (lib/api.ts words them by code).
  setErrorWords(dictionary === viAll ? null : enErrors);
  const value = useMemo<I18n>(
    () => ({
      lang: dictionary === viAll ? 'vi' : 'en',
      t: (k) => dictionary[k],
      setLang: (l) => {
        localStorage.setItem('lang', l);
        document.documentElement.lang = l;
        setLangState(l);
      },
    }),
    [dictionary],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
