/** UI strings of "Giám sát, phản biện xã hội" and "Sổ văn bản đi". Keys start with "sv"/"rg" and a capital. */
export const supervisionVi = {
  svNav: 'Giám sát, phản biện',
  rgNav: 'Sổ văn bản đi',
};
export const supervisionEn: Record<keyof typeof supervisionVi, string> = {
  svNav: 'Supervision',
  rgNav: 'Outgoing documents',
};
