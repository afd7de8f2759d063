import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiTypesFile, generateApiTypes } from '../../../scripts/gen-api-types';

describe('generated API types', () => {
  it('src/web/lib/api-types.ts matches the OpenAPI document the server serves', async () => {
    const committed = readFileSync(apiTypesFile, 'utf8');
    const fresh = await generateApiTypes();
    // A failure here means a route's schema changed: run `npm run gen:api` and commit the result.
    expect(committed === fresh, 'src/web/lib/api-types.ts is stale — run npm run gen:api').toBe(true);
  });
});
