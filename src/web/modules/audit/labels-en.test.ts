import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS_EN, ENTITIES_EN, FIELDS_EN } from './labels-en';

// The server's Vietnamese labels (read as text: the staff app does not import server code) and their
// English twins cover the same codes, so English mode never falls back to Vietnamese (issue 13.10).
const server = readFileSync('src/server/modules/audit/labels.ts', 'utf8');
const keysOf = (name: string) => {
  const start = server.indexOf(`export const ${name}`);
  const body = server.slice(start, server.indexOf('\n};', start));
  return [...body.matchAll(/^ {2}'?([\w.]+)'?: '/gm)].map((m) => m[1]).sort();
};

describe('the audit log in English', () => {
  it('names every action the server names', () => {
    const actions = keysOf('ACTION_LABELS');
    expect(actions.length).toBeGreaterThan(100);
    expect(actions.filter((a) => !ACTIONS_EN[a ?? ''])).toEqual([]);
  });
  it('names every kind of record and every field the server names', () => {
    expect(keysOf('ENTITY_LABELS').length).toBeGreaterThan(10);
    expect(keysOf('FIELD_LABELS').length).toBeGreaterThan(10);
    expect(keysOf('ENTITY_LABELS').filter((e) => !ENTITIES_EN[e ?? ''])).toEqual([]);
    expect(keysOf('FIELD_LABELS').filter((f) => !FIELDS_EN[f ?? ''])).toEqual([]);
  });
});
