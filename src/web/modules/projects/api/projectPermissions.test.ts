import { describe, expect, it } from 'vitest';
import type { MeDto, MandateDto } from '../../../../contracts/auth';
import { mayReverse, organisationCountriesOf } from './projectPermissions';

function me(...mandates: Pick<MandateDto, 'role' | 'state'>[]): MeDto {
  return {
    id: 'u1',
    email: 'user@example.org',
    displayName: 'User',
    csrfToken: null,
    mandates: mandates.map((m, i) => ({ id: `m${i}`, validFrom: '2026-01-01', validTo: null, ...m })),
  };
}

const secretariat = me({ role: 'secretariat_officer', state: null });
const kzCoordinator = me({ role: 'national_coordinator', state: 'KZ' });
const kzDelegate = me({ role: 'delegate', state: 'KZ' });
const entry = { funder: 'KZ', reverses: null, reversedBy: null };

describe('mayReverse', () => {
  it('lets the Secretariat reverse any standing entry', () => {
    expect(mayReverse(secretariat, { ...entry, funder: '01a21874-61cd-72bb-a0b3-acafdb7160b9' })).toBe(true);
  });

  it("lets a state's coordinator or delegate reverse only their own state's entries", () => {
    expect(mayReverse(kzCoordinator, entry)).toBe(true);
    expect(mayReverse(kzDelegate, entry)).toBe(true);
    expect(mayReverse(kzCoordinator, { ...entry, funder: 'CN' })).toBe(false);
    expect(mayReverse(null, entry)).toBe(false);
  });

  it('offers no reversal of a reversing entry, nor of an entry already reversed', () => {
    expect(mayReverse(secretariat, { ...entry, reverses: 'e1' })).toBe(false);
    expect(mayReverse(secretariat, { ...entry, reversedBy: 'e2' })).toBe(false);
  });
});

describe('organisationCountriesOf', () => {
  it('gives the Secretariat any country and a coordinator their own; a delegate none', () => {
    expect(organisationCountriesOf(secretariat)).toBe('any');
    expect(organisationCountriesOf(kzCoordinator)).toEqual(['KZ']);
    expect(organisationCountriesOf(kzDelegate)).toEqual([]);
    expect(organisationCountriesOf(undefined)).toEqual([]);
  });
});
