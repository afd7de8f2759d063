import { describe, expect, it } from 'vitest';
import { modules } from '../modules';
import { defineModule } from '../modules/manifest';
import { demoSteps } from './load-demo';

const step = (name: string, demoAfter?: string[]) => defineModule({ name, loadDemo: async () => {}, demoAfter });

describe('the demo steps of the module list', () => {
  it('run in the order the demo was written in: each step finds what the earlier ones wrote', () => {
    expect(demoSteps(modules).map((m) => m.name)).toEqual([
      'targets',
      'funds',
      'goods',
      'members',
      'relief',
      'housing',
      'evaluation',
      'meetings',
      'bodies',
      'petitions',
      'consultations',
      'supervision',
      'reports',
      'report-forms',
      'calendar',
      'posts',
      'conference-news',
      'festival',
    ]);
  });

  it('keep list order except where a step waits for a later module, and refuse steps waiting for each other', () => {
    expect(demoSteps([step('a', ['c']), step('b'), step('c'), step('d')]).map((m) => m.name)).toEqual([
      'b',
      'c',
      'a',
      'd',
    ]);
    expect(() => demoSteps([step('a', ['b']), step('b', ['a'])])).toThrow(/wait for each other/);
  });
});
