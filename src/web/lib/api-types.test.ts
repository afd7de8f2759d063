import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiTypesDir, generateApiTypes, writtenApiTypeFiles } from '../../../scripts/gen-api-types';

describe('generated API types', () => {
  it('src/web/lib/api-types/ matches the OpenAPI document the server serves', async () => {
    const fresh = await generateApiTypes();
    // A failure here means a route's schema changed: run `npm run gen:api` and commit the result.
    const stale = 'src/web/lib/api-types/ is stale — run npm run gen:api';
    expect(writtenApiTypeFiles().sort(), stale).toEqual([...fresh.keys()].sort());
    for (const [name, text] of fresh)
      expect(readFileSync(join(apiTypesDir, name), 'utf8') === text, `${name}: ${stale}`).toBe(true);
  });
});
