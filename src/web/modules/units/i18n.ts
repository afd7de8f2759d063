/** UI strings of the official map. Keys start with "un" and a capital so they never clash with other modules' keys. */
export const unitsVi = {
  unFromOfficial: 'Thêm tỉnh theo danh mục chính thức',
  unOfficialProvince: 'Tỉnh, thành phố',
  unOfficialHint:
    'Tạo tỉnh cùng toàn bộ xã, phường, đặc khu theo danh mục từ 01/7/2025 (Nghị quyết 202/2025/QH15). Đơn vị đã có sẵn được gắn mã, không tạo trùng.',
  unOfficialCount: 'xã, phường, đặc khu',
  unOfficialDone: 'Đã có tỉnh với đủ xã, phường theo danh mục: tạo mới',
  unCode: 'Mã chính thức',
  unEnded: 'Đã sáp nhập',
  unEndedOn: 'Kết thúc ngày',
  unAddOne: 'Một đơn vị',
  unAddMany: 'Dán nhiều dòng',
  unPaste: 'Danh sách đơn vị (mỗi dòng một tên)',
  unPasteHint:
    'Dán từ Excel hoặc văn bản: mỗi dòng một tên; dòng bắt đầu bằng loại (“Tổ dân phố 3”) lấy loại đó; có thể dán hai cột “loại ⇥ tên”.',
  unPasteKind: 'Loại mặc định',
  unPasteKindHint: 'Cho các dòng không nêu loại.',
  unPasteEmpty: 'Chưa có dòng nào.',
  unLineError: 'Lỗi',
  unNoChildren: 'Cấp này không có đơn vị trực thuộc.',
};
