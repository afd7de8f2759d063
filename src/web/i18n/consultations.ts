/** UI strings of "Góp ý dự thảo". Keys start with "cs" and a capital so they never clash with other modules' keys. */
export const consultationsVi = {
  csNav: 'Góp ý dự thảo',
};
export const consultationsEn: Record<keyof typeof consultationsVi, string> = {
  csNav: 'Consultations on drafts',
};
