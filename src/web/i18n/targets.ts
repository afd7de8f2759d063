/** UI strings of the targets pages. */
export const targetsVi = {
  targetsTitle: 'Chỉ tiêu & kết quả',
};

export const targetsEn: Record<keyof typeof targetsVi, string> = {
  targetsTitle: 'Targets & results',
};
