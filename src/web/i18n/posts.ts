/** UI strings of "Cổng thông tin" (posts). Keys start with "ps" and a capital so they never clash with other modules' keys. */
export const postsVi = {
  psNav: 'Tin bài cổng thông tin',
};
export const postsEn: Record<keyof typeof postsVi, string> = {
  psNav: 'Portal posts',
};
