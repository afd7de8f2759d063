/** UI strings of "Sổ văn bản đi". Keys start with "rg" and a capital so they never clash with other modules' keys. */
export const registerVi = {
  rgNav: 'Sổ văn bản đi',
};
export const registerEn: Record<keyof typeof registerVi, string> = {
  rgNav: 'Outgoing documents',
};
