import { api } from '../../lib/api';
import type { HouseholdHit, HouseholdYear, ReliefProgram, ReliefSummary, ReliefSupport, Suggestion } from './shared';

/** Query keys of the relief module; invalidateRelief (shared.tsx) refetches them after any support changes. */
export const reliefKeys = {
  programs: ['reliefPrograms'] as const,
  supports: (programId: string | undefined) => ['reliefSupports', programId ?? 'none'] as const,
  summary: (programId: string | undefined) => ['reliefSummary', programId ?? 'none'] as const,
  suggestions: (programId: string | undefined) => ['reliefSuggestions', programId ?? 'none'] as const,
  householdSearch: (programId: string, q: string) => ['reliefHouseholdSearch', programId, q] as const,
  householdYear: (householdId: string | undefined, year: number) =>
    ['reliefHouseholdYear', householdId ?? 'none', year] as const,
};

export const fetchPrograms = () => api<{ items: ReliefProgram[] }>('GET', '/relief-programs').then((r) => r.items);
export const fetchSupports = (programId: string) =>
  api<{ items: ReliefSupport[] }>('GET', `/relief-programs/${programId}/supports`).then((r) => r.items);
export const fetchSummary = (programId: string) => api<ReliefSummary>('GET', `/relief-programs/${programId}/summary`);
export const fetchSuggestions = (programId: string) =>
  api<{ items: Suggestion[] }>('GET', `/relief-programs/${programId}/suggestions`).then((r) => r.items);
export const searchHouseholds = (programId: string, q: string) =>
  api<{ items: HouseholdHit[] }>('GET', `/relief-programs/${programId}/households?q=${encodeURIComponent(q)}`);
export const fetchHouseholdYear = (householdId: string | undefined, year: number) =>
  api<HouseholdYear>('GET', `/households/${householdId}/supports?year=${year}`);

export const createProgram = (body: unknown) => api<ReliefProgram>('POST', '/relief-programs', body);
export const addSupport = (programId: string, body: unknown) =>
  api('POST', `/relief-programs/${programId}/supports`, body);
export const handOverSupport = (id: string, body: { date: string; by: string }) =>
  api('POST', `/relief-supports/${id}/hand-over`, body);
