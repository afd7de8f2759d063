import { describe, expect, it } from 'vitest';
import { applyMove, type CaseState, housesText, minutesAvailable } from './rules';

const at = (stage: CaseState['stage'], extra: Partial<CaseState> = {}): CaseState => ({
  stage,
  pausedFrom: null,
  requiredAmount: null,
  lastDate: '2025-03-01',
  ...extra,
});
const input = { date: '2025-03-10', funded: 0 };

describe('housing rules', () => {
  it('moves one step forward at a time', () => {
    expect(applyMove(at('surveyed'), 'approve', { ...input, requiredAmount: 50_000_000 })).toMatchObject({
      ok: true,
      stage: 'approved',
      requiredAmount: 50_000_000,
    });
    expect(applyMove(at('approved', { requiredAmount: 1 }), 'start', input)).toMatchObject({
      ok: true,
      stage: 'building',
    });
    expect(applyMove(at('surveyed'), 'start', input)).toMatchObject({ ok: false, refusal: { code: 'bad_transition' } });
    expect(applyMove(at('handed_over', { requiredAmount: 1 }), 'hand_over', input)).toMatchObject({ ok: false });
  });

  it('refuses approval without an amount, naming requiredAmount', () => {
    expect(applyMove(at('surveyed'), 'approve', input)).toMatchObject({
      ok: false,
      refusal: { code: 'validation_failed', field: 'requiredAmount' },
    });
  });

  it('hands over only when the funding covers the amount required', () => {
    const building = at('building', { requiredAmount: 60_000_000 });
    expect(applyMove(building, 'hand_over', { ...input, funded: 59_999_999 })).toMatchObject({
      ok: false,
      refusal: { field: 'fundings' },
    });
    expect(applyMove(building, 'hand_over', { ...input, funded: 60_000_000 })).toMatchObject({
      ok: true,
      stage: 'handed_over',
    });
  });

  it('pauses any open stage with a reason and resumes to it', () => {
    for (const stage of ['surveyed', 'approved', 'building'] as const) {
      const paused = applyMove(at(stage, { requiredAmount: 1 }), 'pause', { ...input, reason: 'Bão' });
      expect(paused).toMatchObject({ ok: true, stage: 'paused', pausedFrom: stage });
      expect(applyMove(at('paused', { pausedFrom: stage }), 'resume', input)).toMatchObject({ ok: true, stage });
    }
    expect(applyMove(at('building'), 'pause', input)).toMatchObject({ ok: false, refusal: { field: 'reason' } });
    expect(applyMove(at('handed_over'), 'pause', { ...input, reason: 'x' })).toMatchObject({ ok: false });
    expect(applyMove(at('building'), 'resume', input)).toMatchObject({ ok: false });
  });

  it('refuses a date before the previous step', () => {
    expect(applyMove(at('surveyed'), 'approve', { date: '2025-02-01', funded: 0, requiredAmount: 1 })).toMatchObject({
      ok: false,
      refusal: { field: 'date' },
    });
  });

  it('offers the acceptance and hand-over minutes from building on', () => {
    expect(minutesAvailable({ stage: 'surveyed', pausedFrom: null }, 'survey')).toBe(true);
    expect(minutesAvailable({ stage: 'approved', pausedFrom: null }, 'handover')).toBe(false);
    expect(minutesAvailable({ stage: 'paused', pausedFrom: 'building' }, 'acceptance')).toBe(true);
    expect(minutesAvailable({ stage: 'handed_over', pausedFrom: null }, 'handover')).toBe(true);
  });

  it('words the figures as a report does', () => {
    expect(housesText(12, 5)).toBe('xây mới 12 nhà, sửa chữa 5 nhà');
    expect(housesText(1200, 0)).toBe('xây mới 1.200 nhà, sửa chữa 0 nhà');
  });
});
