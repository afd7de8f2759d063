import { describe, expect, it } from 'vitest';
import { checkScores, keyGroups, nextStage } from './rules';

const groups = keyGroups([
  {
    title: 'A',
    maxPoints: 10,
    criteria: [
      { title: 'a1', maxPoints: 6, maxBonus: 2 },
      { title: 'a2', maxPoints: 6 },
    ],
  },
]);

describe('evaluation rules', () => {
  it('a group caps its criteria together, bonus included', () => {
    expect(checkScores(groups, [{ key: '1.1', points: 6, bonus: 2 }])).toEqual({ ok: true, total: 8 });
    const over = checkScores(groups, [
      { key: '1.1', points: 6, bonus: 2 },
      { key: '1.2', points: 3, bonus: 0 },
    ]);
    expect(over.ok ? null : over.refusal.field).toBe('scores.1.points');
  });

  it('the chain: a village card goes village → commune → province → approved → published', () => {
    expect(nextStage('village', 'village', 'submit')).toBe('commune');
    expect(nextStage('village', 'commune', 'approve')).toBe('province');
    expect(nextStage('village', 'province', 'return')).toBe('village');
    expect(nextStage('commune', 'commune', 'submit')).toBe('province');
    expect(nextStage('commune', 'commune', 'approve')).toBeNull();
    expect(nextStage('village', 'approved', 'publish')).toBe('published');
    expect(nextStage('village', 'published', 'return')).toBeNull();
  });
});
