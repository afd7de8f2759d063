import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api, type ApiSchema } from '../../lib/api';

export type CalendarTemplate = ApiSchema<'CalendarTemplate'>;
export type CalendarItem = ApiSchema<'CalendarItem'>;
export type CalendarTask = ApiSchema<'CalendarTask'>;
export type TemplateRow = {
  id: string;
  provinceId: string;
  provinceName: string;
  year: number;
  title: string;
  itemCount: number;
};
export type TemplateList = { items: TemplateRow[]; can: { createFor: { id: string; name: string }[] } };
export type Audience = CalendarItem['audiences'][number];
export const AUDIENCES: Audience[] = ['commune', 'village', 'organization'];

export const calendarKeys = {
  all: ['calendar'] as const,
  templates: ['calendar', 'templates'] as const,
  template: (id: string) => ['calendar', 'template', id] as const,
  tasks: (from: string, to: string) => ['calendar', 'tasks', from, to] as const,
};

export const useTemplates = () =>
  useQuery({ queryKey: calendarKeys.templates, queryFn: () => api<TemplateList>('GET', '/calendar-templates') });
export const useTemplate = (id: string | undefined) =>
  useQuery({
    queryKey: calendarKeys.template(id ?? ''),
    queryFn: () => api<CalendarTemplate>('GET', `/calendar-templates/${id}`),
    enabled: Boolean(id),
  });
export const useTasks = (from: string, to: string) =>
  useQuery({
    queryKey: calendarKeys.tasks(from, to),
    queryFn: () => api<{ items: CalendarTask[] }>('GET', `/calendar-tasks?from=${from}&to=${to}`),
  });

export const createTemplate = (provinceId: string, year: number) =>
  api<CalendarTemplate>('POST', '/calendar-templates', { provinceId, year });
export const addItem = (
  id: string,
  body: { title: string; kind: CalendarItem['kind']; startDate: string; endDate: string; audiences: Audience[] },
) => api<CalendarItem>('POST', `/calendar-templates/${id}/items`, body);
export const removeItem = (id: string, itemId: string) =>
  api<null>('DELETE', `/calendar-templates/${id}/items/${itemId}`);
export const adopt = (id: string, communeId: string) =>
  api<{ created: number; existing: number; tasks: number }>('POST', `/calendar-templates/${id}/adoptions`, {
    communeId,
  });
export const markTask = (id: string, done: boolean) =>
  api<CalendarTask>('POST', `/calendar-tasks/${id}/done`, { done });

export const invalidateCalendar = (qc: QueryClient) => qc.invalidateQueries({ queryKey: calendarKeys.all });
