/** UI strings of "Giám sát, phản biện xã hội". Keys start with "sv" and a capital so they never clash with other modules' keys. */
export const supervisionVi = {
  svNav: 'Giám sát, phản biện',
};
export const supervisionEn: Record<keyof typeof supervisionVi, string> = {
  svNav: 'Supervision',
};
