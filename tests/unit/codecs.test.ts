import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/errors.js';
import { nameKey, slugify, statementId } from '../../src/domain/normalise.js';
import { decodeId, encodeId } from '../../src/schema/global-id.js';
import { encodeCursor, pageRequest } from '../../src/schema/pagination.js';

const seed = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`fast-check seed ${seed} (FC_SEED=${seed} reproduces)`);

describe('codecs', () => {
  it('a cursor round-trips any sort key; foreign cursors are refused with a path', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (key) => {
        expect(pageRequest({ after: encodeCursor(key) }).after).toBe(key);
      }),
      { seed },
    );
    expect(() => pageRequest({ after: 'bm90LWEtY3Vyc29y' })).toThrow(InputError);
    expect(() => pageRequest({ first: 101 })).toThrow(/between 0 and 100/);
    expect(pageRequest({}).first).toBe(20);
  });

  it('global ids round-trip; garbage decodes to nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Person', 'Statement', 'Article'),
        fc.string({ maxLength: 120 }),
        (t, id) => {
          expect(decodeId(encodeId(t, id))).toEqual({ typename: t, id });
        },
      ),
      { seed },
    );
    expect(decodeId('%%%')).toEqual({ typename: 'Unknown', id: '' });
  });

  it('names, slugs and statement ids normalise case, spacing and quote marks', () => {
    expect(nameKey('TU  München')).toBe(nameKey('tu münchen'));
    expect(slugify('Universität Leipzig')).toBe('universitat-leipzig');
    expect(statementId('x', '„Das braucht Zeit“')).toBe(statementId('x', '"das  braucht zeit"'));
  });
});
