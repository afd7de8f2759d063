/** UI strings of "Kiến nghị cử tri". Keys start with "pt" and a capital so they never clash with other modules' keys. */
export const petitionsVi = {
  ptNav: 'Kiến nghị cử tri',
};
export const petitionsEn: Record<keyof typeof petitionsVi, string> = {
  ptNav: 'Voter petitions',
};
