/** UI strings of "Báo cáo". Keys start with "rp" and a capital so they never clash with other modules' keys. */
export const reportsVi = {
  rpNav: 'Báo cáo',
};
export const reportsEn: Record<keyof typeof reportsVi, string> = {
  rpNav: 'Reports',
};
