import { useQuery } from '@tanstack/react-query';
import { api, type ApiSchema } from '../../lib/api';

export type Today = ApiSchema<'Today'>;
export type AgendaGroup = ApiSchema<'AgendaGroup'>;
export type AgendaItem = ApiSchema<'AgendaItem'>;
export type QuickAction = Today['actions'][number];

export const useToday = () =>
  useQuery({ queryKey: ['today'], queryFn: () => api<Today>('GET', '/today'), staleTime: 30_000 });
