import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { createTestDatabase } from '../../db/testing';
import { foldVietnamese } from '../../../lib/vi-text';
import { foldSql, NAME_WORDS_SQL, nameWords } from './name-words';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** Every Vietnamese letter with a mark, in both cases: what a search box folds, the stored column must fold alike. */
const VIETNAMESE = 'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ'.split('');
const NAMES = [
  'Nguyễn Trọng Nghĩa',
  'ĐẶNG  THỊ-HỒNG  ',
  'Trần Văn Ánh (Bố cháu Minh) 0912345678',
  'Lê Ngọc Ẩn'.normalize('NFD'), // typed on a keyboard that sends letters and marks apart
  'Muñoz Gómez Müller',
  ...VIETNAMESE.map((c) => `${c}${c.toLowerCase()}x ${c.toLowerCase()}`),
];

async function inDatabase(name: string, kind = 'person', anonymous = false) {
  const res = await database.db.execute(sql`
    select ${sql.raw(NAME_WORDS_SQL)} as words, ${sql.raw(foldSql('"donor_name"'))} as folded
    from (values (${name}::text, ${kind}::text, ${anonymous}::boolean)) as d(donor_name, donor_kind, public_anonymous)`);
  return (res as unknown as { rows: { words: string[] | null; folded: string }[] }).rows[0];
}

describe('a donor name folded by the database and by the search box', () => {
  it('gives the same words and the same folded text for every Vietnamese letter and the names banks carry', async () => {
    for (const name of NAMES) {
      const got = await inDatabase(name);
      expect(got?.words, name).toEqual(nameWords(name));
      expect(got?.folded.replace(/\s+/g, ' ').trim(), name).toBe(foldVietnamese(name));
    }
  });

  it('stores no words for a donor who chose to stay anonymous', async () => {
    expect((await inDatabase('Nguyễn Văn An', 'person', true))?.words).toBeNull();
    expect((await inDatabase('Nhà hảo tâm', 'anonymous'))?.words).toBeNull();
  });
});
