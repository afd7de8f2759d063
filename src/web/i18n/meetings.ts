/** UI strings of "Hội nghị". Keys start with "mt" and a capital so they never clash with other modules' keys. */
export const meetingsVi = {
  mtNav: 'Hội nghị',
};
export const meetingsEn: Record<keyof typeof meetingsVi, string> = {
  mtNav: 'Meetings',
};
