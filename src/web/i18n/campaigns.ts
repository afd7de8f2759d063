/** UI strings of the campaigns pages. */
export const campaignsVi = {
  campaignsTitle: 'Cuộc vận động',
};

export const campaignsEn: Record<keyof typeof campaignsVi, string> = {
  campaignsTitle: 'Campaigns',
};
