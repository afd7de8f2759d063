/** UI strings of the audit log. Keys start with "au" and a capital so they never clash with other modules' keys. */
export const auditVi = {
  auChanges: 'Thay đổi',
  auRecord: 'Bản ghi',
  auRecordId: 'Mã bản ghi',
  auHistory: 'Lịch sử bản ghi này',
  auExport: 'Xuất Excel',
  auNoChange: 'Không có thay đổi trường nào',
  auClearRecord: 'Bỏ lọc bản ghi',
  auFrom: 'Từ ngày',
  auTo: 'Đến ngày',
};
