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

export const unitsEn: Record<keyof typeof unitsVi, string> = {
  unFromOfficial: 'Add a province from the official list',
  unOfficialProvince: 'Province',
  unOfficialHint:
    'Creates the province with all its communes, wards and special zones as listed since 1 July 2025. Units already there get their code instead of a duplicate.',
  unOfficialCount: 'communes and wards',
  unOfficialDone: 'The province has all its official communes; newly created',
  unCode: 'Official code',
  unEnded: 'Merged',
  unEndedOn: 'Ended on',
  unAddOne: 'One unit',
  unAddMany: 'Paste many lines',
  unPaste: 'Units (one name a line)',
  unPasteHint:
    'Paste from Excel or a document: one name a line; a line starting with a kind (“Tổ dân phố 3”) takes that kind; two columns “kind ⇥ name” work too.',
  unPasteKind: 'Default kind',
  unPasteKindHint: 'For lines that name no kind.',
  unPasteEmpty: 'No lines yet.',
  unLineError: 'Error',
  unNoChildren: 'This level has no units below it.',
};
