import { describe, expect, it } from 'vitest';
import { sectionsFor } from './nav';

describe('the sections a role leads to', () => {
  it('a village head sees their own work, not funds, the register or the reports', () => {
    const shown = sectionsFor([{ role: 'village_lead' }], false);
    expect(shown?.has('/petitions')).toBe(true);
    expect(shown?.has('/households')).toBe(true);
    for (const hidden of ['/funds', '/register', '/reports', '/users']) expect(shown?.has(hidden)).toBe(false);
  });

  it('a village head who also heads an organisation sees both; a wider role sees everything', () => {
    const both = sectionsFor([{ role: 'village_lead' }, { role: 'org_lead' }], false);
    expect(both?.has('/households')).toBe(true);
    expect(both?.has('/funds')).toBe(true);
    expect(sectionsFor([{ role: 'village_lead' }, { role: 'standing' }], false)).toBeNull();
    expect(sectionsFor([{ role: 'upper' }], false)).toBeNull();
    expect(sectionsFor([], true)).toBeNull();
  });

  it('a central committee officer sees the work with the provinces, not a commune’s desk work', () => {
    const shown = sectionsFor([{ role: 'upper', unitLevel: 'national' }], false);
    for (const kept of ['/funds', '/overview', '/reports', '/report-forms', '/consultations'])
      expect(shown?.has(kept), kept).toBe(true);
    for (const hidden of ['/households', '/members', '/festivals', '/petitions', '/meetings', '/relief'])
      expect(shown?.has(hidden), hidden).toBe(false);
    // A province officer keeps every section, and so does a national officer who also holds another role.
    expect(sectionsFor([{ role: 'upper', unitLevel: 'province' }], false)).toBeNull();
    expect(
      sectionsFor(
        [
          { role: 'upper', unitLevel: 'national' },
          { role: 'upper', unitLevel: 'province' },
        ],
        false,
      ),
    ).toBeNull();
  });
});
