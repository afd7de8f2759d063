import { api } from '../../lib/api';
import type { ApiItem, ApiResponse } from '../../lib/api';

/* ---------- Shapes (generated from the OpenAPI document) ---------- */

/** A household with what the caller may do with it (`can`: edit, erase, exportPersonalData). */
export type Household = ApiItem<'/api/v1/households', 'get'>;
export type HouseholdCan = Household['can'];
export type HouseholdCategoryRow = Household['categories'][number];
export type HouseholdCategory = HouseholdCategoryRow['category'];
/** One page of the registry, with whether the caller may add or import households (`can.add`). */
export type HouseholdPage = ApiResponse<'/api/v1/households', 'get'>;
/** The import's answer (sent with XMLHttpRequest for the upload progress, typed from the document all the same). */
export type ImportResult = ApiResponse<'/api/v1/households/import', 'post'>;
export type ImportRowError = ImportResult['errors'][number];

export type Filters = {
  villageId?: string;
  year?: number;
  category?: HouseholdCategory;
  q: string;
  includeErased: boolean;
};

/* ---------- Query keys and fetchers ---------- */

export const householdKeys = {
  all: ['households'] as const,
  list: (filters: Filters, page: { current: number; pageSize: number }) => ['households', filters, page] as const,
};

/**
 * Where the list's year filter has nothing, the latest year with categories in the same village and category: the
 * empty list offers it (issue 13.1). Null when no year is picked (the list then shows every year).
 */
export function latestYearPath(f: Filters): string | null {
  if (f.year === undefined) return null;
  const p = new URLSearchParams();
  if (f.villageId) p.set('villageId', f.villageId);
  if (f.category) p.set('category', f.category);
  if (f.includeErased) p.set('includeErased', 'true');
  return `/households/latest-year?${p.toString()}`;
}

export function queryString(f: Filters, page?: { limit: number; offset: number }): string {
  const p = new URLSearchParams();
  if (f.villageId) p.set('villageId', f.villageId);
  if (f.year) p.set('year', String(f.year));
  if (f.category) p.set('category', f.category);
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.includeErased) p.set('includeErased', 'true');
  if (page) {
    p.set('limit', String(page.limit));
    p.set('offset', String(page.offset));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const fetchHouseholds = (filters: Filters, page: { current: number; pageSize: number }) =>
  api<HouseholdPage>(
    'GET',
    `/households${queryString(filters, { limit: page.pageSize, offset: (page.current - 1) * page.pageSize })}`,
  );
export const householdExportPath = (filters: Filters) => `/households/export.xlsx${queryString(filters)}`;
export const householdTemplatePath = '/households/template.xlsx';
export const fetchPersonalData = (id: string) => api<unknown>('GET', `/households/${id}/personal-data`);
export const createHousehold = (body: unknown) => api<Household>('POST', '/households', body);
export const updateHousehold = (id: string, body: unknown) => api<Household>('PATCH', `/households/${id}`, body);
export const setHouseholdCategories = (id: string, body: unknown) =>
  api<Household>('PUT', `/households/${id}/categories`, body);
export const eraseHousehold = (id: string, reason: string) => api('POST', `/households/${id}/erase`, { reason });
